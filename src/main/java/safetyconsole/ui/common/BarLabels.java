package safetyconsole.ui.common;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words under a chart's bars: a name too long for its bar (an Auto Scaling group's name made by CloudFormation
 * runs to 50 characters) keeps its start and its end around an ellipsis. Names that would read the same shortened
 * stay whole, so two bars never share a label.
 */
final class BarLabels {

    static final int MOST_CHARACTERS = 28;
    private static final String ELLIPSIS = "\u2026";

    private BarLabels() {
    }

    /** Each of {@code names} (distinct) with its label, in their order. */
    static Map<String, String> of(Collection<String> names) {
        Map<String, Integer> uses = new HashMap<>();
        names.forEach(name -> uses.merge(shortened(name), 1, Integer::sum));
        Map<String, String> labels = new LinkedHashMap<>();
        for (String name : names) {
            String label = shortened(name);
            labels.put(name, uses.get(label) == 1 ? label : name);
        }
        return labels;
    }

    private static String shortened(String name) {
        if (name.length() <= MOST_CHARACTERS) {
            return name;
        }
        int kept = MOST_CHARACTERS - ELLIPSIS.length();
        int head = kept / 2;
        return name.substring(0, head) + ELLIPSIS + name.substring(name.length() - (kept - head));
    }
}
