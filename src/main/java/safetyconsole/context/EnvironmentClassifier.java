package safetyconsole.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import safetyconsole.cloud.Stack;

/**
 * Decides a stack's environment. Precedence: the user's override (by stack id, then by name), then
 * environment tags, then words in the stack name; otherwise UNCLASSIFIED, which is protected like
 * production. When tags (or name words) disagree, the more protective reading wins.
 */
public final class EnvironmentClassifier {

    /** Tag keys read, compared without case. */
    static final Set<String> ENVIRONMENT_TAG_KEYS = Set.of("environment", "env", "stage", "tier");

    private static final Map<String, Environment> WORDS = Map.ofEntries(
            Map.entry("prod", Environment.PRODUCTION),
            Map.entry("production", Environment.PRODUCTION),
            Map.entry("prd", Environment.PRODUCTION),
            Map.entry("live", Environment.PRODUCTION),
            Map.entry("staging", Environment.STAGING),
            Map.entry("stage", Environment.STAGING),
            Map.entry("stg", Environment.STAGING),
            Map.entry("uat", Environment.STAGING),
            Map.entry("preprod", Environment.STAGING),
            Map.entry("test", Environment.TEST),
            Map.entry("testing", Environment.TEST),
            Map.entry("qa", Environment.TEST),
            Map.entry("dev", Environment.DEVELOPMENT),
            Map.entry("development", Environment.DEVELOPMENT),
            Map.entry("sandbox", Environment.DEVELOPMENT));

    private final Map<String, Environment> overrides;

    /** @param overrides the user's settings, keyed by stack id or stack name (exact). */
    public EnvironmentClassifier(Map<String, Environment> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    public Classification classify(Stack stack) {
        Environment byId = overrides.get(stack.id());
        if (byId != null) {
            return new Classification(byId, Classification.Source.OVERRIDE,
                    "Set in your settings for stack id " + stack.id());
        }
        Environment byName = overrides.get(stack.name());
        if (byName != null) {
            return new Classification(byName, Classification.Source.OVERRIDE,
                    "Set in your settings for stack name " + stack.name());
        }
        List<String> ignoredTags = new ArrayList<>();
        Optional<Classification> byTag = fromTags(stack.tags(), ignoredTags);
        if (byTag.isPresent()) {
            return byTag.get();
        }
        Optional<Classification> byNameWords = fromName(stack.name());
        if (byNameWords.isPresent()) {
            return byNameWords.get();
        }
        String reason = ignoredTags.isEmpty()
                ? "No environment tag and no environment word in the name; protected like production"
                : "Tag " + String.join(", ", ignoredTags) + " is not a known environment; protected like production";
        return new Classification(Environment.UNCLASSIFIED, Classification.Source.NONE, reason);
    }

    private static Optional<Classification> fromTags(Map<String, String> tags, List<String> ignoredTags) {
        Environment found = null;
        List<String> used = new ArrayList<>();
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            if (!ENVIRONMENT_TAG_KEYS.contains(tag.getKey().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Environment environment = WORDS.get(normalise(tag.getValue()));
            String shown = tag.getKey() + "=" + tag.getValue();
            if (environment == null) {
                ignoredTags.add(shown);
                continue;
            }
            used.add(shown);
            found = found == null ? environment : Environment.moreProtective(found, environment);
        }
        if (found == null) {
            return Optional.empty();
        }
        used.sort(String::compareTo);
        return Optional.of(new Classification(found, Classification.Source.TAG, "Tag " + String.join(", ", used)));
    }

    private static Optional<Classification> fromName(String name) {
        Environment found = null;
        String word = null;
        for (String token : name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            Environment environment = WORDS.get(token.replaceAll("\\d+$", ""));
            if (environment != null && (found == null || Environment.moreProtective(found, environment) != found)) {
                found = environment;
                word = token;
            }
        }
        if (found == null) {
            return Optional.empty();
        }
        return Optional.of(new Classification(found, Classification.Source.NAME,
                "Name contains \"" + word + "\""));
    }

    private static String normalise(String value) {
        return value.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}
