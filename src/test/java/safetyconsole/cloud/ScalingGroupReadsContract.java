package safetyconsole.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * What every provider's {@link ScalingGroupReads} promises, whatever it talks to: the demo and the AWS adapter run
 * these same tests, so the analysis and the guard never depend on which one it is.
 */
public interface ScalingGroupReadsContract {

    /**
     * The reads under test. Their {@link #region()} holds at least one Auto Scaling group with instances on a launch
     * template, and one CloudFormation stack holding a group.
     */
    ScalingGroupReads reads();

    String region();

    private List<AutoScalingGroup> groups() {
        List<AutoScalingGroup> groups = reads().describeAutoScalingGroups(region());
        assertThat(groups).as("the contract needs Auto Scaling groups").isNotEmpty();
        return groups;
    }

    private AutoScalingGroup groupWithInstances() {
        return groups().stream().filter(group -> !group.instances().isEmpty())
                .filter(group -> !group.launchTemplateSpecs().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the contract needs a group with instances on a template"));
    }

    private static void assertKind(Throwable thrown, CloudException.Kind kind) {
        assertThat(thrown).isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }

    @Test
    default void groupsHaveDistinctNamesAndArnsAndAreOfTheRegion() {
        List<AutoScalingGroup> groups = groups();

        assertThat(groups).extracting(AutoScalingGroup::name).doesNotHaveDuplicates();
        assertThat(groups).extracting(AutoScalingGroup::arn).doesNotHaveDuplicates();
        assertThat(groups).allSatisfy(group -> {
            assertThat(group.arn()).startsWith("arn:aws:autoscaling:" + region() + ":")
                    .endsWith(":autoScalingGroupName/" + group.name());
            assertThat(group.region()).isEqualTo(region());
            assertThat(group.minSize()).isLessThanOrEqualTo(group.maxSize());
        });
    }

    @Test
    default void oneGroupByNameIsTheListedOneAndAnUnknownNameIsEmpty() {
        for (AutoScalingGroup listed : groups()) {
            assertThat(reads().describeAutoScalingGroup(region(), listed.name())).contains(listed);
        }
        assertThat(reads().describeAutoScalingGroup(region(), "no-such-group-0000")).isEmpty();
    }

    @Test
    default void instancesOfGroupsAreFoundWithTheLaunchTemplateTheyCameFrom() {
        AutoScalingGroup group = groupWithInstances();
        List<String> ids = group.instances().stream().map(AutoScalingInstance::instanceId)
                .collect(Collectors.toList());
        List<String> asked = new ArrayList<>(ids);
        asked.add("i-0000000000000dead");

        List<TaggedEc2Instance> found = reads().describeTaggedEc2Instances(region(), asked);

        assertThat(found).extracting(tagged -> tagged.instance().id()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(found).allSatisfy(tagged -> {
            assertThat(tagged.launchTemplateId()).hasValueSatisfying(id -> assertThat(id).startsWith("lt-"));
            assertThat(tagged.launchTemplateVersion()).hasValueSatisfying(v -> assertThat(v).matches("[1-9][0-9]*"));
            assertThat(tagged.instance().securityGroups()).isNotEmpty();
        });
    }

    @Test
    default void everySpecAGroupNamesHasItsTemplateAndItsDefaultAndLatestVersions() {
        for (AutoScalingGroup group : groups()) {
            for (LaunchTemplateSpec spec : group.launchTemplateSpecs()) {
                LaunchTemplate template = reads().describeLaunchTemplate(region(), spec);

                assertThat(spec.names(template)).as("%s names %s", spec, template).isTrue();
                assertThat(template.defaultVersionNumber()).isBetween(1L, template.latestVersionNumber());
                for (long number : List.of(template.defaultVersionNumber(), template.latestVersionNumber())) {
                    LaunchTemplateVersion version = reads().describeLaunchTemplateVersion(region(), template.id(),
                            number);
                    assertThat(version.templateId()).isEqualTo(template.id());
                    assertThat(version.versionNumber()).isEqualTo(number);
                }
            }
        }
    }

    @Test
    default void severalVersionsOfATemplateReadTogetherAreThoseReadOneByOneInTheOrderAsked() {
        LaunchTemplate template = reads().describeLaunchTemplate(region(),
                groupWithInstances().launchTemplateSpecs().get(0));
        List<Long> asked = new ArrayList<>();
        for (long number = template.latestVersionNumber(); number >= 1; number--) {
            asked.add(number);
        }

        List<LaunchTemplateVersion> together = reads().describeLaunchTemplateVersions(region(), template.id(), asked);

        assertThat(together).isEqualTo(asked.stream().map(number -> reads().describeLaunchTemplateVersion(region(),
                template.id(), number)).toList());
        assertThatThrownBy(() -> reads().describeLaunchTemplateVersions(region(), template.id(),
                List.of(1L, template.latestVersionNumber() + 1)))
                .satisfies(thrown -> assertKind(thrown, CloudException.Kind.NOT_FOUND));
    }

    @Test
    default void anUnknownTemplateOrVersionIsNotFound() {
        LaunchTemplateSpec spec = groupWithInstances().launchTemplateSpecs().get(0);
        LaunchTemplate template = reads().describeLaunchTemplate(region(), spec);

        assertThatThrownBy(() -> reads().describeLaunchTemplate(region(),
                LaunchTemplateSpec.byName("no-such-template-0000", null)))
                .satisfies(thrown -> assertKind(thrown, CloudException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> reads().describeLaunchTemplateVersion(region(), template.id(),
                template.latestVersionNumber() + 1))
                .satisfies(thrown -> assertKind(thrown, CloudException.Kind.NOT_FOUND));
    }

    @Test
    default void refreshesAreOfTheirGroupNewestFirst() {
        for (AutoScalingGroup group : groups()) {
            List<InstanceRefresh> refreshes = reads().describeInstanceRefreshes(region(), group.name());

            assertThat(refreshes).allSatisfy(refresh -> {
                assertThat(refresh.groupName()).isEqualTo(group.name());
                refresh.percentageComplete().ifPresent(percent -> assertThat(percent).isBetween(0, 100));
            });
            List<Instant> starts = refreshes.stream().flatMap(refresh -> refresh.startTime().stream())
                    .collect(Collectors.toList());
            assertThat(starts).isSortedAccordingTo((a, b) -> b.compareTo(a));
            assertThat(refreshes.stream().filter(refresh -> refresh.status().isActive())).hasSizeLessThan(2);
        }
    }

    @Test
    default void oneCloudFormationStackIsFoundByArnOrNameAndAnUnknownOneIsEmpty() {
        for (CloudFormationStack stack : reads().describeCloudFormationStacks(region())) {
            assertThat(reads().describeCloudFormationStack(region(), stack.id())).contains(stack);
            assertThat(reads().describeCloudFormationStack(region(), stack.name())).contains(stack);
        }
        assertThat(reads().describeCloudFormationStack(region(), "no-such-stack-0000")).isEmpty();
    }

    @Test
    default void cloudFormationStacksHaveArnsAndNoneIsDeleted() {
        List<CloudFormationStack> stacks = reads().describeCloudFormationStacks(region());

        assertThat(stacks).as("the contract needs a CloudFormation stack").isNotEmpty();
        assertThat(stacks).extracting(CloudFormationStack::id).doesNotHaveDuplicates();
        assertThat(stacks).extracting(CloudFormationStack::name).doesNotHaveDuplicates();
        assertThat(stacks).allSatisfy(stack -> {
            assertThat(stack.id()).startsWith("arn:aws:cloudformation:" + region() + ":")
                    .contains(":stack/" + stack.name() + "/");
            assertThat(stack.isDeleted()).isFalse();
            assertThat(stack.region()).isEqualTo(region());
        });
    }

    @Test
    default void aStacksAutoScalingGroupResourceNamesAnExistingGroup() {
        Set<String> groupNames = groups().stream().map(AutoScalingGroup::name).collect(Collectors.toSet());
        List<StackResource> groupResources = new ArrayList<>();
        for (CloudFormationStack stack : reads().describeCloudFormationStacks(region())) {
            List<StackResource> resources = reads().describeStackResources(region(), stack.name());

            assertThat(resources).extracting(StackResource::logicalId).doesNotHaveDuplicates();
            assertThat(reads().describeStackResources(region(), stack.id())).isEqualTo(resources);
            resources.stream().filter(StackResource::isAutoScalingGroup).forEach(groupResources::add);
        }

        assertThat(groupResources).as("the contract needs a stack holding a group").isNotEmpty();
        assertThat(groupResources).allSatisfy(resource -> assertThat(groupNames).contains(resource.physicalId()));
    }

    /** An account without Resource Groups says so in its one way; one with it lists each name once. */
    @Test
    default void resourceGroupNamesAreDistinctOrTheServiceIsNotOffered() {
        List<String> names;
        try {
            names = reads().listResourceGroupNames(region());
        } catch (CloudException e) {
            assertThat(e.kind()).isEqualTo(CloudException.Kind.SERVICE_UNAVAILABLE_HERE);
            assertThat(e.unavailableService()).contains(OptionalService.RESOURCE_GROUPS);
            return;
        }
        assertThat(names).doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).isNotBlank());
    }
}
