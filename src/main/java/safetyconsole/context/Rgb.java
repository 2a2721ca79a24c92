package safetyconsole.context;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An sRGB color, with the WCAG 2 contrast arithmetic the banner needs. */
public record Rgb(int red, int green, int blue) {

    public static final Rgb BLACK = new Rgb(0, 0, 0);
    public static final Rgb WHITE = new Rgb(255, 255, 255);

    /** WCAG AA for normal text. */
    public static final double MIN_TEXT_CONTRAST = 4.5;

    private static final Pattern RGB_FUNCTION =
            Pattern.compile("\\s*rgb\\s*\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)\\s*",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern HEX = Pattern.compile("\\s*#([0-9a-fA-F]{6})\\s*");

    public Rgb {
        if (!inRange(red) || !inRange(green) || !inRange(blue)) {
            throw new IllegalArgumentException("Color channels must be 0-255: " + red + ", " + green + ", " + blue);
        }
    }

    /**
     * Reads an OpsWorks stack {@code Color} attribute ({@code rgb(45, 114, 184)}) or a {@code #rrggbb} value.
     * Anything else, including channels above 255, is empty: the caller falls back to another color.
     */
    public static Optional<Rgb> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher function = RGB_FUNCTION.matcher(text);
        if (function.matches()) {
            int r = Integer.parseInt(function.group(1));
            int g = Integer.parseInt(function.group(2));
            int b = Integer.parseInt(function.group(3));
            return inRange(r) && inRange(g) && inRange(b) ? Optional.of(new Rgb(r, g, b)) : Optional.empty();
        }
        Matcher hex = HEX.matcher(text);
        if (hex.matches()) {
            int value = Integer.parseInt(hex.group(1), 16);
            return Optional.of(new Rgb((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF));
        }
        return Optional.empty();
    }

    /** WCAG 2 relative luminance. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** WCAG 2 contrast ratio, from 1 to 21. */
    public double contrastWith(Rgb other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /**
     * Black or white, whichever contrasts more. For any background one of them reaches at least 4.58:1,
     * so text on a banner always meets WCAG AA.
     */
    public Rgb readableText() {
        return contrastWith(BLACK) >= contrastWith(WHITE) ? BLACK : WHITE;
    }

    /** A darker shade, for the stripes of the production pattern. */
    public Rgb darker(double factor) {
        return new Rgb(scale(red, factor), scale(green, factor), scale(blue, factor));
    }

    public String toHex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    private static int scale(int channel, double factor) {
        return (int) Math.round(channel * factor);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static boolean inRange(int channel) {
        return channel >= 0 && channel <= 255;
    }
}
