package safetyconsole.migrated;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.Batches;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.InstanceRefresh;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.LaunchTemplateVersion;
import safetyconsole.cloud.ScalingActivity;
import safetyconsole.cloud.ScalingGroupReads;
import safetyconsole.cloud.StackResource;
import safetyconsole.cloud.TaggedEc2Instance;

/**
 * The reads of one refresh of many migrated stacks (the check's every stack), so that the calls grow with pages and
 * templates, not with stacks: a region's groups and CloudFormation stacks are listed once (paged) and each stack's
 * picked from the lists; at the first EC2 ask of a region, the instances of all its groups are described in batches
 * of {@value CloudAccount#MAX_EC2_IDS_PER_CALL}; each launch template and template version is read once. A list that
 * cannot be read falls back to the one-item reads, so one failure still costs only the stacks it touches.
 * What it answers is what it read: it serves one refresh and is dropped (re-verification before a change never goes
 * through it). Serialised: one refresh at a time.
 */
final class OneRefreshReads implements ScalingGroupReads {

    private static final Logger LOG = LoggerFactory.getLogger(OneRefreshReads.class);

    private final ScalingGroupReads reads;
    /** Per region; empty when the list could not be read. */
    private final Map<String, Optional<Map<String, AutoScalingGroup>>> groups = new HashMap<>();
    /** Per region, each stack under its id and under its name; empty when the list could not be read. */
    private final Map<String, Optional<Map<String, CloudFormationStack>>> cloudFormationStacks = new HashMap<>();
    /** The regions whose groups' instances were asked of EC2 in advance (whether that worked or not). */
    private final Set<String> ec2InAdvance = new HashSet<>();
    /** Per region, the instances EC2 was asked about (found or not) and those it answered. */
    private final Map<String, Set<String>> ec2Asked = new HashMap<>();
    private final Map<String, Map<String, TaggedEc2Instance>> ec2Found = new HashMap<>();
    private final Map<String, LaunchTemplate> templates = new HashMap<>();
    private final Map<String, LaunchTemplateVersion> versions = new HashMap<>();

    OneRefreshReads(ScalingGroupReads reads) {
        this.reads = Objects.requireNonNull(reads, "reads");
    }

    @Override
    public synchronized Optional<AutoScalingGroup> describeAutoScalingGroup(String region, String groupName) {
        Optional<Map<String, AutoScalingGroup>> listed = groupsOf(region);
        return listed.isPresent() ? Optional.ofNullable(listed.get().get(groupName))
                : reads.describeAutoScalingGroup(region, groupName);
    }

    @Override
    public synchronized Optional<CloudFormationStack> describeCloudFormationStack(String region,
                                                                                 String stackNameOrId) {
        // Looked up, not scanned: a refresh asks for every one of hundreds of stacks.
        Optional<Map<String, CloudFormationStack>> listed = cloudFormationStacks.computeIfAbsent(region,
                r -> whole("the CloudFormation stacks of " + r, () -> reads.describeCloudFormationStacks(r))
                        .map(OneRefreshReads::byIdAndName));
        return listed.isPresent() ? Optional.ofNullable(listed.get().get(stackNameOrId))
                : reads.describeCloudFormationStack(region, stackNameOrId);
    }

    /** The instances of every group of the region at the first ask; what that left out, asked as given. */
    @Override
    public synchronized List<TaggedEc2Instance> describeTaggedEc2Instances(String region,
                                                                        Collection<String> instanceIds) {
        Set<String> asked = ec2Asked.computeIfAbsent(region, r -> new HashSet<>());
        Map<String, TaggedEc2Instance> found = ec2Found.computeIfAbsent(region, r -> new HashMap<>());
        if (ec2InAdvance.add(region)) {
            Set<String> everyGroupsInstances = groupsOf(region).map(Map::values).stream().flatMap(Collection::stream)
                    .flatMap(group -> group.instances().stream()).map(AutoScalingInstance::instanceId)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            for (List<String> batch : Batches.of(everyGroupsInstances, CloudAccount.MAX_EC2_IDS_PER_CALL)) {
                try {
                    reads.describeTaggedEc2Instances(region, batch)
                            .forEach(tagged -> found.put(tagged.instance().id(), tagged));
                    asked.addAll(batch);
                } catch (CloudException e) {
                    LOG.warn("EC2 instances {}\u2026 of {} not read in advance", batch.get(0), region, e);
                }
            }
        }
        List<String> notAsked = instanceIds.stream().filter(id -> !asked.contains(id)).toList();
        if (!notAsked.isEmpty()) {
            reads.describeTaggedEc2Instances(region, notAsked).forEach(tagged -> found.put(tagged.instance().id(),
                    tagged));
            asked.addAll(notAsked);
        }
        return instanceIds.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public synchronized LaunchTemplate describeLaunchTemplate(String region, LaunchTemplateSpec spec) {
        String key = region + " " + spec.templateId().map(id -> "id " + id)
                .orElseGet(() -> "name " + spec.templateName().orElseThrow());
        LaunchTemplate known = templates.get(key);
        if (known == null) {
            known = reads.describeLaunchTemplate(region, spec);
            templates.put(key, known);
        }
        return known;
    }

    @Override
    public synchronized LaunchTemplateVersion describeLaunchTemplateVersion(String region, String templateId,
                                                                         long versionNumber) {
        String key = versionKey(region, templateId, versionNumber);
        LaunchTemplateVersion known = versions.get(key);
        if (known == null) {
            known = reads.describeLaunchTemplateVersion(region, templateId, versionNumber);
            versions.put(key, known);
        }
        return known;
    }

    /** Only the versions not read yet are asked, in one request. */
    @Override
    public synchronized List<LaunchTemplateVersion> describeLaunchTemplateVersions(String region, String templateId,
                                                                                Collection<Long> versionNumbers) {
        List<Long> missing = versionNumbers.stream().distinct()
                .filter(number -> !versions.containsKey(versionKey(region, templateId, number))).toList();
        if (!missing.isEmpty()) {
            List<LaunchTemplateVersion> read = reads.describeLaunchTemplateVersions(region, templateId, missing);
            read.forEach(version -> versions.put(versionKey(region, templateId, version.versionNumber()), version));
        }
        return versionNumbers.stream().map(number -> describeLaunchTemplateVersion(region, templateId, number))
                .toList();
    }

    @Override
    public List<AutoScalingGroup> describeAutoScalingGroups(String region) {
        return reads.describeAutoScalingGroups(region);
    }

    @Override
    public List<InstanceRefresh> describeInstanceRefreshes(String region, String groupName) {
        return reads.describeInstanceRefreshes(region, groupName);
    }

    @Override
    public List<ScalingActivity> describeScalingActivities(String region, String groupName) {
        return reads.describeScalingActivities(region, groupName);
    }

    @Override
    public List<CloudFormationStack> describeCloudFormationStacks(String region) {
        return reads.describeCloudFormationStacks(region);
    }

    @Override
    public List<StackResource> describeStackResources(String region, String stackName) {
        return reads.describeStackResources(region, stackName);
    }

    @Override
    public List<String> listResourceGroupNames(String region) {
        return reads.listResourceGroupNames(region);
    }

    private static String versionKey(String region, String templateId, long versionNumber) {
        return region + " " + templateId + "#" + versionNumber;
    }

    private Optional<Map<String, AutoScalingGroup>> groupsOf(String region) {
        return groups.computeIfAbsent(region, r -> whole("the Auto Scaling groups of " + r,
                () -> reads.describeAutoScalingGroups(r)).map(list -> list.stream()
                .collect(Collectors.toMap(AutoScalingGroup::name, Function.identity(), (a, b) -> a))));
    }

    /** Each stack under its id (an ARN) and its name, the first in the list kept: what a scan of it would find. */
    private static Map<String, CloudFormationStack> byIdAndName(List<CloudFormationStack> stacks) {
        Map<String, CloudFormationStack> found = new HashMap<>();
        for (CloudFormationStack stack : stacks) {
            found.putIfAbsent(stack.id(), stack);
            found.putIfAbsent(stack.name(), stack);
        }
        return found;
    }

    private static <T> Optional<List<T>> whole(String what, Supplier<List<T>> read) {
        return WholeList.read(read, e -> LOG.warn("{} not listed; read one by one", what, e));
    }
}
