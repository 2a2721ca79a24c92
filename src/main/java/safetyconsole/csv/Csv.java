package safetyconsole.csv;

import java.util.Arrays;
import java.util.stream.Collectors;

/** RFC 4180 rows that are also safe to open in a spreadsheet. */
public final class Csv {

    public static final String LINE_END = "\r\n";

    private Csv() {
    }

    /** One row, without the line end. */
    public static String row(String... cells) {
        return Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(","));
    }

    /** Quotes when needed; a leading =, +, - or @ is defused so a spreadsheet shows text, not a formula. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
