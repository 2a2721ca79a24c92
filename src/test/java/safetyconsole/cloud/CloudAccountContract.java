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
 * What every read side of an account promises, whatever it talks to: the demo, a snapshot, and (when it
 * lands) the AWS adapter run these same tests, so the screens and checks never depend on which one it is.
 */
public interface CloudAccountContract {

    /** The account under test: at least one stack with layers, EC2 instances, groups and CloudTrail history. */
    CloudAccount account();

    private Stack firstStackWithInstances() {
        return account().describeStacks().stream()
                .filter(s -> account().describeInstances(s.id()).stream().anyMatch(i -> i.ec2Id().isPresent()))
                .findFirst().orElseThrow(() -> new AssertionError("the contract needs a stack with an EC2 instance"));
    }

    @Test
    default void namesItselfAndTheCaller() {
        assertThat(account().description()).isNotBlank();
        assertThat(account().callerIdentity().accountId()).matches("\\d{12}");
        assertThat(account().callerIdentity().arn()).startsWith("arn:aws:");
        assertThat(account().endpointRegion()).matches("[a-z]{2}(-[a-z]+)+-\\d");
    }

    @Test
    default void stacksHaveDistinctIdsAndARegion() {
        List<Stack> stacks = account().describeStacks();

        assertThat(stacks).isNotEmpty();
        assertThat(stacks).extracting(Stack::id).doesNotHaveDuplicates();
        assertThat(stacks).allSatisfy(s -> assertThat(s.region()).isNotBlank());
    }

    @Test
    default void aStacksLayersInstancesAndAppsBelongToIt() {
        for (Stack stack : account().describeStacks()) {
            List<Layer> layers = account().describeLayers(stack.id());
            Set<String> layerIds = layers.stream().map(Layer::id).collect(Collectors.toSet());

            assertThat(layers).allSatisfy(l -> assertThat(l.stackId()).isEqualTo(stack.id()));
            assertThat(account().describeApps(stack.id()))
                    .allSatisfy(a -> assertThat(a.stackId()).isEqualTo(stack.id()));
            assertThat(account().describeInstances(stack.id())).allSatisfy(i -> {
                assertThat(i.stackId()).isEqualTo(stack.id());
                assertThat(layerIds).containsAll(i.layerIds());
            });
        }
    }

    @Test
    default void anUnknownStackIsNotFound() {
        assertThatThrownBy(() -> account().describeInstances("00000000-0000-4000-8000-000000000000"))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.NOT_FOUND));
    }

    @Test
    default void ec2InstancesComeBackByIdAndUnknownIdsAreLeftOut() {
        Stack stack = firstStackWithInstances();
        List<String> ids = account().describeInstances(stack.id()).stream()
                .flatMap(i -> i.ec2Id().stream()).collect(Collectors.toList());
        List<String> asked = new ArrayList<>(ids);
        asked.add("i-0000000000000dead");

        List<Ec2Instance> found = account().describeEc2Instances(stack.region(), asked);

        assertThat(found).extracting(Ec2Instance::id).doesNotContain("i-0000000000000dead").isSubsetOf(ids);
        assertThat(found).allSatisfy(e -> assertThat(e.securityGroups()).isNotNull());
    }

    @Test
    default void securityGroupsAreThoseOfTheVpcAsked() {
        Stack stack = firstStackWithInstances();
        String vpc = stack.vpc().orElse(null);

        assertThat(account().describeSecurityGroups(stack.region(), vpc))
                .isNotEmpty().allSatisfy(g -> assertThat(g.vpcId()).isEqualTo(vpc));
    }

    @Test
    default void trailLookupsReturnOnlyWhatTheQueryAsks() {
        Stack stack = firstStackWithInstances();
        TrailQuery query = new TrailQuery(stack.region(), TrailQuery.Attribute.EVENT_SOURCE, "ec2.amazonaws.com",
                Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"));

        assertThat(account().lookupTrailEvents(query)).isNotEmpty()
                .allSatisfy(e -> assertThat(query.matches(e)).isTrue());
    }
}
