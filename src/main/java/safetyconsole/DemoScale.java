package safetyconsole;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which demo account {@code --demo-scale} opens: the seeded one that tells the console's stories (the default), or
 * the account scale of the benchmarks (40 OpsWorks stacks and 500 Auto Scaling groups, 40,000 instances).
 */
public enum DemoScale {
    STORIES("stories"),
    ACCOUNT("account");

    public static final String OPTION = "--demo-scale";

    private final String word;

    DemoScale(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    static DemoScale parse(String text) throws CommandLine.InvalidOptionsException {
        return Arrays.stream(values()).filter(scale -> scale.word.equals(text)).findFirst()
                .orElseThrow(() -> new CommandLine.InvalidOptionsException(OPTION + " takes "
                        + Arrays.stream(values()).map(DemoScale::word).collect(Collectors.joining(" or "))
                        + ", not \"" + text + "\"."));
    }
}
