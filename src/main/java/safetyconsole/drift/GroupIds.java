package safetyconsole.drift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The security group ids of one analysis, each given a small number once, so that comparing an instance's
 * groups with its layers' is comparing a few ints, and a set of ids is an int array ({@link GroupIdSet}).
 * Filled while one thread analyses, then only read.
 */
final class GroupIds {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> ids = new ArrayList<>();

    int numberOf(String id) {
        return numbers.computeIfAbsent(id, unseen -> {
            ids.add(unseen);
            return ids.size() - 1;
        });
    }

    String idOf(int number) {
        return ids.get(number);
    }

    /** How many distinct ids this analysis met. */
    int size() {
        return ids.size();
    }
}
