package safetyconsole.cloud;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Ids cut into batches for APIs that take at most so many per call (EC2's instance ids and filter values). */
public final class Batches {

    private Batches() {
    }

    /** {@code items} in order, in batches of {@code size} (the last one smaller); none for no items. */
    public static <T> List<List<T>> of(Collection<T> items, int size) {
        List<T> list = List.copyOf(items);
        List<List<T>> batches = new ArrayList<>();
        for (int start = 0; start < list.size(); start += size) {
            batches.add(list.subList(start, Math.min(list.size(), start + size)));
        }
        return batches;
    }
}
