package safetyconsole.logrotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fixed, read-only shell script the guarded look runs on one instance (as root, through Systems Manager's
 * {@code AWS-RunShellScript}): {@code look-on-instance.sh} beside this class, with the Rails log directory put in.
 * The directory is the only thing that varies, and only a plain absolute path is accepted, so nothing typed can
 * reach the shell as code.
 */
public final class LookScript {

    /** Absolute, segments of letters, digits, {@code . _ -}, none starting with a dot (so no {@code ..}). */
    private static final Pattern PLAIN_DIRECTORY = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");
    private static final int MAX_DIRECTORY = 200;
    private static final String PLACEHOLDER = "@LOG_DIR@";
    private static final String TEMPLATE = load();

    private LookScript() {
    }

    /** Why {@code directory} cannot go into the script, or empty when it can. */
    public static Optional<String> refusal(String directory) {
        if (directory.length() > MAX_DIRECTORY) {
            return Optional.of("The log directory is longer than " + MAX_DIRECTORY + " characters.");
        }
        if (!PLAIN_DIRECTORY.matcher(directory).matches()) {
            return Optional.of("The log directory must be an absolute path of letters, digits, '.', '_'"
                    + " and '-', with no part starting with a dot and no '/' at the end.");
        }
        return Optional.empty();
    }

    /** The script exactly as it will run; refused with the reason when the directory is not a plain path. */
    public static String forLogDirectory(String directory) {
        refusal(directory).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        return TEMPLATE.replace(PLACEHOLDER, directory);
    }

    private static String load() {
        try (InputStream in = LookScript.class.getResourceAsStream("look-on-instance.sh")) {
            if (in == null) {
                throw new IllegalStateException("look-on-instance.sh is missing beside " + LookScript.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
