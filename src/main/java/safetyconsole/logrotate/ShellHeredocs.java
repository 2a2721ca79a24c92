package safetyconsole.logrotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a shell script writes with a here-document: {@code cat > /etc/logrotate.d/shop <<'EOF'},
 * {@code cat <<EOF > …}, {@code tee [-a] … <<-EOF}. Every here-document's body is consumed, so lines inside one are
 * never read as commands; one that is not closed runs to the end of the script, as the shell reads it.
 */
final class ShellHeredocs {

    private static final Pattern HEREDOC = Pattern.compile("<<(-?)[ \\t]*(['\"]?)([A-Za-z_][A-Za-z0-9_]*)\\2");
    private static final Pattern TEE = Pattern.compile("\\btee[ \\t]+(?:-a[ \\t]+)?([^\\s;&|<>]+)");
    private static final Pattern REDIRECT = Pattern.compile("(?<![0-9<])>>?[ \\t]*([^\\s;&|<>]+)");

    private ShellHeredocs() {
    }

    static List<WrittenFile> written(String script, String origin) {
        List<String> lines = script.lines().toList();
        List<WrittenFile> files = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher heredoc = HEREDOC.matcher(line);
            i++;
            if (!heredoc.find()) {
                continue;
            }
            boolean stripTabs = !heredoc.group(1).isEmpty();
            String delimiter = heredoc.group(3);
            int start = i;
            List<String> body = new ArrayList<>();
            while (i < lines.size()) {
                String bodyLine = stripTabs ? lines.get(i).replaceFirst("^\\t+", "") : lines.get(i);
                i++;
                if (bodyLine.equals(delimiter)) {
                    break;
                }
                body.add(bodyLine);
            }
            int firstLine = start + 1;
            target(line).ifPresent(path -> files.add(new WrittenFile(path, String.join("\n", body),
                    origin + ", here-document at line " + firstLine)));
        }
        return files;
    }

    /** Where the command on {@code line} writes: {@code tee}'s file first (its {@code >} may go to /dev/null). */
    private static Optional<String> target(String line) {
        Matcher tee = TEE.matcher(line);
        if (tee.find()) {
            return Optional.of(unquote(tee.group(1)));
        }
        Matcher redirect = REDIRECT.matcher(line);
        while (redirect.find()) {
            String path = unquote(redirect.group(1));
            if (!path.equals("/dev/null")) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private static String unquote(String word) {
        if (word.length() >= 2 && (word.startsWith("'") && word.endsWith("'")
                || word.startsWith("\"") && word.endsWith("\""))) {
            return word.substring(1, word.length() - 1);
        }
        return word;
    }
}
