package safetyconsole.logrotate;

import java.util.Locale;

/**
 * Text an instance wrote, made safe to show: control characters and the invisible formatting ones (bidi overrides,
 * zero-width characters) become visible escapes, so a compromised instance cannot move the cursor of a terminal,
 * hide a line or make one path look like another.
 */
public final class ShownText {

    private ShownText() {
    }

    /** Each control or format character as an escape (a backslash and n, t, r, or u and four hex digits). */
    public static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
