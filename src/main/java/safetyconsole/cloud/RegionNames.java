package safetyconsole.cloud;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule for a list of regions the user chooses (the migrated stacks of each are read): comma-separated names
 * such as {@code eu-west-1}, in the order given, each once. Shared by the command line and the connect dialog,
 * which name the list differently.
 */
public final class RegionNames {

    /** Two letters, one or more words, a number: us-east-1, us-gov-west-1, ap-southeast-2. Lower case only. */
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]{1,2}");

    private RegionNames() {
    }

    /**
     * The regions of {@code text}, duplicates removed; blank text is none.
     *
     * @param name how the user knows the value, e.g. "--regions" or "Also read regions"
     * @throws IllegalArgumentException with one sentence for the user, naming the first name that is not a region
     */
    public static List<String> parse(String text, String name) {
        if (text.isBlank()) {
            return List.of();
        }
        Set<String> regions = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            String region = part.strip();
            if (!REGION.matcher(region).matches()) {
                throw new IllegalArgumentException(name + " takes region names separated by commas, such as"
                        + " us-east-1,eu-west-1; \"" + region + "\" is not one.");
            }
            regions.add(region);
        }
        return new ArrayList<>(regions);
    }

    /** Whether {@code name} has a region's shape, such as eu-west-1. */
    public static boolean isRegion(String name) {
        return REGION.matcher(name).matches();
    }

    /** The regions as {@link #parse} reads them back. */
    public static String join(List<String> regions) {
        return String.join(", ", regions);
    }
}
