package safetyconsole.migrated;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import safetyconsole.cloud.OpsWorksOrigin;

/**
 * Recovers the OpsWorks stack and layer of migrated CloudFormation stacks from their names alone, the only trace
 * the migration leaves: a layer became {@code <stack>-<layer>-<id6>}, an Application Manager application
 * {@code app-<stack>-<id6>} groups the layers, {@code id6} being the first six characters of the OpsWorks stack
 * id (a lowercase UUID). Without an application, the names sharing an id6 share the old stack name as their
 * common leading words; a lone layer cannot be told from its stack, so its whole name is the stack name and the
 * layer stays empty (decision 0024).
 */
final class OpsWorksNames {

    private static final Pattern MIGRATED = Pattern.compile("(.+)-([0-9a-f]{6})");
    private static final Pattern APPLICATION = Pattern.compile("app-(.+)-([0-9a-f]{6})");

    private record Application(String name, String stackName, String id6) {
    }

    /** A name split before its id6: {@code prefix} is {@code <stack>-<layer>}. */
    private record Split(String name, String prefix, String id6) {
    }

    private OpsWorksNames() {
    }

    /** Whether {@code name} ends like a migrated layer's ({@code -<id6>}): only then can an application group it. */
    static boolean mayBeMigrated(String name) {
        return MIGRATED.matcher(name).matches();
    }

    /**
     * The origin of each name that has the migration's shape, by name; other names are absent.
     *
     * @param names        CloudFormation stack names of one region
     * @param applications Resource Groups group names of that region (Application Manager applications among them)
     */
    static Map<String, OpsWorksOrigin> origins(Collection<String> names, Collection<String> applications) {
        List<Application> apps = applications.stream().map(APPLICATION::matcher).filter(Matcher::matches)
                .map(m -> new Application(m.group(0), m.group(1), m.group(2)))
                // The longest stack name first: "app-shop-prod-…" must win over "app-shop-…" for "shop-prod-web".
                .sorted(Comparator.comparing((Application app) -> app.stackName().length()).reversed()).toList();
        Map<String, OpsWorksOrigin> origins = new LinkedHashMap<>();
        Map<String, List<Split>> ungrouped = new LinkedHashMap<>();
        for (String name : names) {
            Matcher matcher = MIGRATED.matcher(name);
            if (!matcher.matches()) {
                continue;
            }
            Split split = new Split(name, matcher.group(1), matcher.group(2));
            Optional<Application> app = apps.stream().filter(a -> a.id6().equals(split.id6())
                    && split.prefix().startsWith(a.stackName() + "-")).findFirst();
            if (app.isPresent()) {
                origins.put(name, new OpsWorksOrigin(app.get().stackName(),
                        Optional.of(split.prefix().substring(app.get().stackName().length() + 1)), split.id6(),
                        Optional.of(app.get().name())));
            } else {
                ungrouped.computeIfAbsent(split.id6(), id6 -> new ArrayList<>()).add(split);
            }
        }
        ungrouped.values().forEach(splits -> origins.putAll(byCommonWords(splits)));
        return origins;
    }

    /** One id6's layers: the old stack name is the words they all start with, leaving each a layer word. */
    private static Map<String, OpsWorksOrigin> byCommonWords(List<Split> splits) {
        List<String[]> words = splits.stream().map(split -> split.prefix().split("-", -1)).toList();
        int common = words.stream().mapToInt(w -> w.length - 1).min().orElse(0);
        for (String[] other : words) {
            common = Math.min(common, sharedLeadingWords(words.get(0), other));
        }
        Map<String, OpsWorksOrigin> origins = new HashMap<>();
        for (int i = 0; i < splits.size(); i++) {
            Split split = splits.get(i);
            boolean told = splits.size() > 1 && common > 0;
            String stackName = told ? String.join("-", Arrays.copyOf(words.get(i), common)) : split.prefix();
            Optional<String> layer = told ? Optional.of(split.prefix().substring(stackName.length() + 1))
                    : Optional.empty();
            origins.put(split.name(), new OpsWorksOrigin(stackName, layer, split.id6(), Optional.empty()));
        }
        return origins;
    }

    private static int sharedLeadingWords(String[] a, String[] b) {
        int shared = 0;
        while (shared < a.length && shared < b.length && a[shared].equals(b[shared])) {
            shared++;
        }
        return shared;
    }
}
