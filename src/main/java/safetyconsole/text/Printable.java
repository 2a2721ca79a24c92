package safetyconsole.text;

import java.util.Locale;

/**
 * Text from elsewhere (a stack's name, a file's content, a setting) made safe to print or show: control and
 * format characters become visible escapes, so a name holding a newline cannot forge a line of a report, an
 * escape sequence cannot drive the terminal, and a right-to-left override cannot reverse what a person reads.
 */
public final class Printable {

    /** How much of a value a message quotes: enough for an ARN, never a whole file. */
    public static final int QUOTE_LIMIT = 160;

    private Printable() {
    }

    /** {@code text} with each control or format character written as {@code \n}, {@code \t} or {@code \u001b}. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(escape == null ? String.valueOf(c) : escape);
            }
        }
        return out == null ? text : out.toString();
    }

    /** A cell of a Markdown table: printable, its pipes escaped, a dash when empty. */
    public static String markdownCell(String text) {
        return text.isEmpty() ? "\u2014" : of(text).replace("|", "\\|");
    }

    /** Every line of {@code text} kept (a report's own line breaks), with what each line holds made printable. */
    public static String ofLines(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 ? "" : "\n").append(of(lines[i]));
        }
        return out.toString();
    }

    /** A value quoted in a message: printable, in double quotes, cut short after {@link #QUOTE_LIMIT} characters. */
    public static String quoted(String text) {
        String printable = of(text);
        if (printable.length() <= QUOTE_LIMIT) {
            return "\"" + printable + "\"";
        }
        return "\"" + printable.substring(0, QUOTE_LIMIT) + "\u2026\" (" + text.length() + " characters)";
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                    ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null;
        };
    }
}
