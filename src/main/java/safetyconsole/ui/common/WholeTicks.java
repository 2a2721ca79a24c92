package safetyconsole.ui.common;

/** An axis of whole counts: at most about ten ticks, each 1, 2 or 5 times a power of ten, never less than one. */
final class WholeTicks {

    private static final int MOST_TICKS = 10;

    private WholeTicks() {
    }

    /** The distance between ticks for counts up to {@code tallest}. */
    static long step(long tallest) {
        long step = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                if (tallest <= step * factor * MOST_TICKS) {
                    return step * factor;
                }
            }
            step *= 10;
        }
    }

    /** The axis's end: the first tick at or above {@code tallest}, and at least one tick above zero. */
    static long upperBound(long tallest, long step) {
        return Math.max(step, (tallest + step - 1) / step * step);
    }
}
