package safetyconsole;

import java.util.List;
import java.util.Optional;

import safetyconsole.cloud.RegionNames;

/**
 * {@code --regions a,b,c}, shared by the window's and the check's command lines: the regions whose migrated stacks
 * are read. Not an AWS option: the demo has regions too. Left out, the region the account opens in is read.
 */
public final class RegionsOption {

    public static final String NAME = "--regions";

    private RegionsOption() {
    }

    /** The regions of the last {@code --regions} given; empty when none was (then the account's own region). */
    public static List<String> from(CommandLine line) throws CommandLine.InvalidOptionsException {
        Optional<String> text = line.value(NAME);
        if (text.isEmpty()) {
            return List.of();
        }
        try {
            List<String> regions = RegionNames.parse(text.get(), NAME);
            if (regions.isEmpty()) {
                throw new IllegalArgumentException(NAME + " needs at least one region, such as us-east-1.");
            }
            return regions;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.InvalidOptionsException(e.getMessage());
        }
    }
}
