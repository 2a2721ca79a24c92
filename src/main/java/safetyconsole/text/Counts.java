package safetyconsole.text;

import java.util.Locale;

/** A count and its noun for a sentence: "1 entry", "100,000 entries", the same on every machine's locale. */
public final class Counts {

    private Counts() {
    }

    /** {@code n} with thousands separated by commas, then {@code one} when it is 1, else {@code many}. */
    public static String of(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
