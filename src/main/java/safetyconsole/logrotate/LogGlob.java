package safetyconsole.logrotate;

/**
 * Whether a logrotate path pattern (glob(3): {@code *}, {@code ?}, {@code [...]}, none crossing a {@code /})
 * names a file. Matched segment by segment without regular expressions, in time bounded by the lengths' product:
 * the patterns come from user data.
 */
final class LogGlob {

    private LogGlob() {
    }

    static boolean matches(String pattern, String path) {
        String[] patternSegments = pattern.split("/", -1);
        String[] pathSegments = path.split("/", -1);
        if (patternSegments.length != pathSegments.length) {
            return false;
        }
        for (int i = 0; i < patternSegments.length; i++) {
            if (!segment(patternSegments[i], pathSegments[i])) {
                return false;
            }
        }
        return true;
    }

    /** The classic greedy match: on a mismatch, the last {@code *} takes one more character. */
    private static boolean segment(String pattern, String name) {
        int p = 0;
        int n = 0;
        int star = -1;
        int starName = 0;
        while (n < name.length()) {
            int step = p < pattern.length() ? single(pattern, p, name.charAt(n)) : -1;
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                starName = n;
            } else if (step > 0) {
                p += step;
                n++;
            } else if (star >= 0) {
                p = star + 1;
                n = ++starName;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    /** How many pattern characters match {@code c} at {@code p} ({@code ?}, a literal, a class); 0 when none. */
    private static int single(String pattern, int p, char c) {
        char first = pattern.charAt(p);
        if (first == '*') {
            return 0;
        }
        if (first == '?') {
            return 1;
        }
        if (first == '[') {
            int close = pattern.indexOf(']', p + 2);
            if (close > 0) {
                return inClass(pattern.substring(p + 1, close), c) ? close - p + 1 : 0;
            }
        }
        return first == c ? 1 : 0;
    }

    private static boolean inClass(String members, char c) {
        boolean negated = members.startsWith("!") || members.startsWith("^");
        String set = negated ? members.substring(1) : members;
        boolean found = false;
        for (int i = 0; i < set.length(); i++) {
            if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                found |= set.charAt(i) <= c && c <= set.charAt(i + 2);
                i += 2;
            } else {
                found |= set.charAt(i) == c;
            }
        }
        return found != negated;
    }
}
