package safetyconsole.asgdrift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.Batches;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.LaunchTemplateVersion;
import safetyconsole.cloud.ScalingGroupReads;
import safetyconsole.cloud.TaggedEc2Instance;

/**
 * Reads the {@link ScalingGroupFacts} of every Auto Scaling group of a region, or of given ones. Each launch
 * template and each (template, version) is described once per read, however many groups and instances use it; EC2 is
 * asked once per {@value CloudAccount#MAX_EC2_IDS_PER_CALL} instances. One item that cannot be read never
 * stops the others: the analysis says NOT CHECKED where it is missing. Only the list of groups itself is needed.
 */
public final class ScalingGroupFactsReader {

    private static final Logger LOG = LoggerFactory.getLogger(ScalingGroupFactsReader.class);

    private final ScalingGroupReads reads;

    public ScalingGroupFactsReader(ScalingGroupReads reads) {
        this.reads = Objects.requireNonNull(reads, "reads");
    }

    /** @throws CloudException when the groups themselves cannot be listed */
    public List<ScalingGroupFacts> read(String region) {
        return read(region, reads.describeAutoScalingGroups(region));
    }

    /** The facts of {@code groups}, already read, all of {@code region} (one stack's, say). */
    public List<ScalingGroupFacts> read(String region, List<AutoScalingGroup> groups) {
        Map<String, Optional<LaunchTemplate>> templates = new HashMap<>();
        Map<String, Optional<LaunchTemplateVersion>> versions = new HashMap<>();
        for (AutoScalingGroup group : groups) {
            for (LaunchTemplateSpec spec : group.launchTemplateSpecs()) {
                Optional<LaunchTemplate> template = templates.computeIfAbsent(templateKey(spec),
                        key -> attempt("launch template " + key, () -> reads.describeLaunchTemplate(region, spec)));
                template.ifPresent(read -> readVersions(region, read, versionsOf(read, spec), versions));
            }
        }
        Map<String, TaggedEc2Instance> ec2 = ec2Instances(region, groups);
        // Grouped once: scanning every version read for each group is quadratic in an account of hundreds.
        Map<String, List<LaunchTemplateVersion>> versionsByTemplate = versions.values().stream()
                .flatMap(Optional::stream)
                .collect(Collectors.groupingBy(LaunchTemplateVersion::templateId, Collectors.toList()));
        List<ScalingGroupFacts> facts = new ArrayList<>();
        for (AutoScalingGroup group : groups) {
            List<LaunchTemplate> named = group.launchTemplateSpecs().stream()
                    .map(spec -> templates.get(templateKey(spec))).flatMap(Optional::stream).distinct()
                    .collect(Collectors.toList());
            List<LaunchTemplateVersion> namedVersions = named.stream()
                    .flatMap(template -> versionsByTemplate.getOrDefault(template.id(), List.of()).stream())
                    .collect(Collectors.toList());
            List<TaggedEc2Instance> instances = group.instances().stream()
                    .map(instance -> ec2.get(instance.instanceId())).filter(Objects::nonNull)
                    .collect(Collectors.toList());
            List<InstanceRefresh> refreshes = List.of();
            Optional<String> refreshesUnread = Optional.empty();
            try {
                refreshes = reads.describeInstanceRefreshes(region, group.name());
            } catch (CloudException e) {
                LOG.warn("Instance refreshes of {} not read", group.name(), e);
                refreshesUnread = Optional.of("they could not be read (" + e.getMessage() + ")");
            }
            // Names in SecurityGroups (default VPC only) are not resolved yet: such a version is NOT CHECKED.
            facts.add(new ScalingGroupFacts(group, named, namedVersions, List.of(), instances, refreshes,
                    refreshesUnread));
        }
        return facts;
    }

    /**
     * The versions not read yet, in one request; if that fails, each on its own, so that one version that cannot be
     * read leaves only itself NOT CHECKED.
     */
    private void readVersions(String region, LaunchTemplate template, Set<Long> numbers,
                              Map<String, Optional<LaunchTemplateVersion>> versions) {
        List<Long> missing = numbers.stream().filter(number -> !versions.containsKey(template.id() + "#" + number))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        Optional<List<LaunchTemplateVersion>> together = missing.size() == 1 ? Optional.empty()
                : attempt("launch template versions " + template.id() + "#" + missing,
                        () -> reads.describeLaunchTemplateVersions(region, template.id(), missing));
        if (together.isPresent()) {
            together.get().forEach(version -> versions.put(template.id() + "#" + version.versionNumber(),
                    Optional.of(version)));
            return;
        }
        for (long number : missing) {
            versions.put(template.id() + "#" + number, attempt("launch template version " + template.id() + "#"
                    + number, () -> reads.describeLaunchTemplateVersion(region, template.id(), number)));
        }
    }

    /** The version the spec uses and the template's latest (which NOT_USED compares with). */
    private static Set<Long> versionsOf(LaunchTemplate template, LaunchTemplateSpec spec) {
        Set<Long> numbers = new LinkedHashSet<>();
        LaunchTemplateResolver.versionNumber(template, spec.version().orElse(LaunchTemplateSpec.DEFAULT))
                .ifPresent(numbers::add);
        numbers.add(template.latestVersionNumber());
        return numbers;
    }

    private Map<String, TaggedEc2Instance> ec2Instances(String region, List<AutoScalingGroup> groups) {
        Set<String> ids = groups.stream().flatMap(group -> group.instances().stream())
                .map(AutoScalingInstance::instanceId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, TaggedEc2Instance> byId = new LinkedHashMap<>();
        for (List<String> batch : Batches.of(ids, CloudAccount.MAX_EC2_IDS_PER_CALL)) {
            attempt("EC2 instances " + batch.get(0) + "\u2026", () -> reads.describeTaggedEc2Instances(region, batch))
                    .ifPresent(found -> found.forEach(tagged -> byId.put(tagged.instance().id(), tagged)));
        }
        return byId;
    }

    private static String templateKey(LaunchTemplateSpec spec) {
        return spec.templateId().map(id -> "id " + id).orElseGet(() -> "name " + spec.templateName().orElseThrow());
    }

    /** What could not be read is left out: the analysis then says which item it could not check. */
    private static <T> Optional<T> attempt(String what, Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (CloudException e) {
            LOG.warn("{} not read", what, e);
            return Optional.empty();
        }
    }
}
