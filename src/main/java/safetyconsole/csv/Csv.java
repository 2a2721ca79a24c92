package safetyconsole.csv;

import java.util.Arrays;
import java.util.stream.Collectors;

import safetyconsole.text.Printable;

/** RFC 4180 rows that are also safe to open in a spreadsheet. */
public final class Csv {

    public static final String LINE_END = "\r\n";

    private Csv() {
    }

    /** One row, without the line end. */
    public static String row(String... cells) {
        return Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(","));
    }

    /**
     * Quotes when needed (a line break stays inside its quoted cell); other control characters are written as
     * visible escapes, so a value from elsewhere cannot drive a terminal or hide what it says; a leading =, +, - or @
     * is defused so a spreadsheet shows text, not a formula.
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String printable = Printable.ofLines(value);
        String text = !printable.isEmpty() && "=+-@".indexOf(printable.charAt(0)) >= 0 ? "'" + printable : printable;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
