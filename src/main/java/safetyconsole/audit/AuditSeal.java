package safetyconsole.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The log's head as a few lines of text the operator pastes into a ticket or keeps elsewhere: a checkpoint the
 * log must still hold later. Its last line is the SHA-256 of the others, so a seal changed in transit (or typed
 * wrong) is refused; it is not a signature: anyone can compute a seal, so it proves only what is kept out of reach.
 */
public record AuditSeal(long entries, String headHash, Instant time, String operator) {

    private static final String TITLE = "OpsWorks Safety Console audit seal";
    private static final int MAX_CHARS = 4096;
    private static final Pattern ENTRIES = Pattern.compile("entries: ([0-9]{1,18})");
    private static final Pattern HEAD = Pattern.compile("head: ([0-9a-f]{64})");
    private static final Pattern SEALED = Pattern.compile("sealed: (\\S+)");
    private static final Pattern BY = Pattern.compile("by: (\\S+)");
    private static final Pattern CHECK = Pattern.compile("check: ([0-9a-f]{64})");

    /** The operator as one word of printable characters: the seal stays one line per field. */
    static AuditSeal of(Checkpoint head, Instant time, Operator operator) {
        String who = (operator.osUser() + "@" + operator.host()).replaceAll("[^\\x21-\\x7e]", "?");
        return new AuditSeal(head.entries(), head.headHash(), time, who);
    }

    public String text() {
        String body = body();
        return body + "check: " + Sha256.hex(body) + "\n";
    }

    /**
     * Reads a seal as pasted back: surrounding blank lines, indentation and Windows line ends are forgiven, any
     * other difference is not.
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong
     */
    public static AuditSeal parse(String pasted) {
        if (pasted.length() > MAX_CHARS) {
            throw new IllegalArgumentException("This is not an audit seal: a seal is 6 short lines.");
        }
        List<String> lines = Arrays.stream(pasted.split("\r?\n")).map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.toList());
        if (lines.size() != 6 || !lines.get(0).equals(TITLE)) {
            throw new IllegalArgumentException("This is not an audit seal: it must be the 6 lines starting with \""
                    + TITLE + "\".");
        }
        AuditSeal seal;
        try {
            seal = new AuditSeal(Long.parseLong(field(ENTRIES, lines.get(1))), field(HEAD, lines.get(2)),
                    Instant.parse(field(SEALED, lines.get(3))), field(BY, lines.get(4)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The seal's \"sealed:\" line is not a time the console wrote.", e);
        }
        if (!field(CHECK, lines.get(5)).equals(Sha256.hex(seal.body()))) {
            throw new IllegalArgumentException("The seal was changed after it was made: its \"check:\" line does not"
                    + " match the lines above it.");
        }
        return seal;
    }

    /** How a problem names it. */
    String source() {
        return "the seal of " + time + " by " + operator;
    }

    Checkpoint checkpoint() {
        return new Checkpoint(entries, headHash);
    }

    private String body() {
        return TITLE + "\nentries: " + entries + "\nhead: " + headHash + "\nsealed: " + time + "\nby: " + operator
                + "\n";
    }

    private static String field(Pattern pattern, String line) {
        Matcher matcher = pattern.matcher(line);
        if (!matcher.matches()) {
            String shown = line.length() > 70 ? line.substring(0, 70) + "..." : line;
            throw new IllegalArgumentException("The seal's line \"" + shown.replaceAll("[^\\x20-\\x7e]", "?")
                    + "\" is not as the console wrote it.");
        }
        return matcher.group(1);
    }
}
