package safetyconsole.cloud.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.LayerType;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;
import safetyconsole.testing.TestClocks;

class DemoAccountTest {

    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());

    @Test
    void seededAccountHasProductionLookAlikeStagingDevAndUntaggedStacksWithDistinctColors() {
        List<Stack> stacks = account.describeStacks();

        assertThat(stacks).extracting(Stack::name)
                .containsExactly("shop-prod", "shop-prod-v2", "shop-staging", "shop-dev", "ops-tools");
        List<String> colors = stacks.stream().flatMap(s -> s.color().stream()).toList();
        assertThat(colors).doesNotHaveDuplicates().hasSize(4);
        assertThat(stack("ops-tools").tags()).doesNotContainKeys("Environment", "env", "stage");
    }

    @Test
    void seededAccountIsDeterministic() {
        DemoAccount again = DemoAccount.seeded(TestClocks.fixed());

        assertThat(again.describeStacks()).isEqualTo(account.describeStacks());
        String prodId = stack("shop-prod").id();
        assertThat(again.describeInstances(prodId)).isEqualTo(account.describeInstances(prodId));
    }

    @Test
    void productionHasRailsDatabaseLoadBalancerAndCustomLayers() {
        List<Layer> layers = account.describeLayers(stack("shop-prod").id());

        assertThat(layers).extracting(Layer::type)
                .contains(LayerType.RAILS_APP, LayerType.DB_MASTER, LayerType.LB, LayerType.CUSTOM);
    }

    @Test
    void productionHasOnlineAndStoppedInstancesOfBothRootDeviceTypes() {
        List<Instance> instances = account.describeInstances(stack("shop-prod").id());

        assertThat(instances).anySatisfy(i -> assertOnline(i, RootDeviceType.EBS));
        assertThat(instances).anySatisfy(i -> assertOnline(i, RootDeviceType.INSTANCE_STORE));
        assertThat(instances).anySatisfy(i -> assertStopped(i, RootDeviceType.EBS));
        assertThat(instances).anySatisfy(i -> assertStopped(i, RootDeviceType.INSTANCE_STORE));
    }

    @Test
    void metricsGroupAddedToRailsLayerIsMissingOnOlderOnlineInstancesButPresentOnTheNewest() {
        Stack prod = stack("shop-prod");
        Layer rails = account.describeLayers(prod.id()).stream()
                .filter(l -> l.type() == LayerType.RAILS_APP).findFirst().orElseThrow();
        String metrics = account.describeSecurityGroups(prod.region(), prod.vpc().orElseThrow()).stream()
                .filter(g -> g.name().equals("shop-prod-metrics-scrape")).findFirst().orElseThrow().id();
        assertThat(rails.customSecurityGroupIds()).contains(metrics);

        List<Instance> online = account.describeInstances(prod.id()).stream()
                .filter(i -> i.layerIds().contains(rails.id()) && i.status() == InstanceStatus.ONLINE).toList();
        List<String> ec2Ids = online.stream().map(i -> i.ec2Id().orElseThrow()).toList();
        var withMetrics = account.describeEc2Instances(prod.region(), ec2Ids).stream()
                .filter(e -> e.securityGroups().stream().map(GroupRef::id).anyMatch(metrics::equals))
                .map(e -> e.id()).collect(Collectors.toSet());

        assertThat(online).filteredOn(i -> i.ec2Id().filter(withMetrics::contains).isPresent())
                .extracting(Instance::hostname).containsExactly("rails-app6");
        assertThat(online).filteredOn(i -> i.ec2Id().filter(withMetrics::contains).isEmpty())
                .extracting(Instance::rootDeviceType)
                .contains(RootDeviceType.EBS, RootDeviceType.INSTANCE_STORE);
    }

    @Test
    void productionHasRailsApps() {
        assertThat(account.describeApps(stack("shop-prod").id()))
                .extracting(a -> a.type() + ":" + a.shortname() + ":" + a.environment().get("RAILS_ENV"))
                .contains("rails:shop:production", "rails:admin:production");
    }

    @Test
    void trailTellsTheWrongStackDeletion() {
        Instant from = TestClocks.NOW.minus(Duration.ofDays(90));
        Instant to = from.plus(Duration.ofDays(90));
        List<TrailEvent> deletions = account.lookupTrailEvents(
                new TrailQuery("us-east-1", TrailQuery.Attribute.EVENT_NAME, "DeleteInstance", from, to));

        assertThat(deletions).hasSize(1);
        TrailEvent delete = deletions.get(0);
        assertThat(delete.userName()).isEqualTo("alice");
        assertThat(delete.requestParameters().get("stackId")).isEqualTo(stack("shop-prod").id());
        assertThat(account.describeInstances(stack("shop-prod").id()))
                .noneMatch(i -> i.id().equals(delete.requestParameters().get("instanceId")));
        assertThat(account.describeInstances(stack("shop-prod-v2").id()))
                .anyMatch(i -> i.hostname().equals("rails-app7") && i.status() == InstanceStatus.STOPPED);

        List<TrailEvent> terminations = account.lookupTrailEvents(
                new TrailQuery("us-east-1", TrailQuery.Attribute.EVENT_NAME, "TerminateInstances", from, to));
        assertThat(terminations).anySatisfy(t -> {
            assertThat(t.invokedBy()).isEqualTo("opsworks.amazonaws.com");
            assertThat(t.userName()).isNotEqualTo("alice");
            assertThat(t.eventTime()).isAfter(delete.eventTime());
        });
    }

    @Test
    void autoHealingLeavesEc2EventsWithNoUserCall() {
        Instant from = TestClocks.NOW.minus(Duration.ofDays(90));
        List<TrailEvent> runs = account.lookupTrailEvents(new TrailQuery("us-east-1",
                TrailQuery.Attribute.EVENT_NAME, "RunInstances", from, from.plus(Duration.ofDays(90))));

        assertThat(runs).isNotEmpty().allSatisfy(e -> assertThat(e.invokedBy()).isEqualTo("opsworks.amazonaws.com"));
        assertThat(account.lookupTrailEvents(new TrailQuery("us-east-1", TrailQuery.Attribute.EVENT_NAME,
                "StartInstance", from, from.plus(Duration.ofDays(90))))).isEmpty();
    }

    @Test
    void countsCallsPerOperation() {
        account.describeStacks();
        account.describeStacks();
        account.describeLayers(stack("shop-dev").id());

        assertThat(account.faults().callCount(DemoOperation.DESCRIBE_STACKS)).isEqualTo(3);
        assertThat(account.faults().callCount(DemoOperation.DESCRIBE_LAYERS)).isEqualTo(1);
        assertThat(account.faults().callCount(DemoOperation.DESCRIBE_INSTANCES)).isZero();
    }

    @Test
    void injectedFailureHitsOnlyTheNextCall() {
        account.faults().failNext(DemoOperation.DESCRIBE_STACKS, CloudException.Kind.THROTTLED);

        assertThatThrownBy(account::describeStacks).isInstanceOfSatisfying(CloudException.class,
                e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.THROTTLED));
        assertThat(account.describeStacks()).isNotEmpty();
    }

    @Test
    void standingFailureLastsUntilCleared() {
        account.faults().failAlways(DemoOperation.DESCRIBE_APPS, CloudException.Kind.ACCESS_DENIED);
        String id = stack("shop-prod").id();

        assertThatThrownBy(() -> account.describeApps(id)).isInstanceOf(CloudException.class);
        assertThatThrownBy(() -> account.describeApps(id)).isInstanceOf(CloudException.class);
        account.faults().clearFailures();
        assertThat(account.describeApps(id)).isNotEmpty();
    }

    @Test
    void injectedLatencySlowsCalls() {
        account.faults().setLatency(DemoOperation.DESCRIBE_STACKS, Duration.ofMillis(120));
        long start = System.nanoTime();

        account.describeStacks();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(120));
    }

    @Test
    void unknownStackIsNotFound() {
        assertThatThrownBy(() -> account.describeLayers("no-such-stack")).isInstanceOfSatisfying(CloudException.class,
                e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.NOT_FOUND));
    }

    @Test
    void ec2DescribeRefusesMoreThanAThousandIdsLikeEc2() {
        List<String> ids = IntStream.range(0, CloudAccount.MAX_EC2_IDS_PER_CALL + 1)
                .mapToObj(i -> "i-" + i).toList();

        assertThatThrownBy(() -> account.describeEc2Instances("us-east-1", ids))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.INVALID_INPUT));
    }

    @Test
    void largeAccountHasRequestedSize() {
        DemoAccount large = DemoAccount.large(2, 1500, TestClocks.fixed());

        assertThat(large.describeStacks()).hasSize(2);
        assertThat(large.describeInstances(large.describeStacks().get(1).id())).hasSize(1500);
    }

    private Stack stack(String name) {
        return account.describeStacks().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static void assertOnline(Instance instance, RootDeviceType root) {
        assertThat(instance.status()).isEqualTo(InstanceStatus.ONLINE);
        assertThat(instance.rootDeviceType()).isEqualTo(root);
    }

    private static void assertStopped(Instance instance, RootDeviceType root) {
        assertThat(instance.status()).isEqualTo(InstanceStatus.STOPPED);
        assertThat(instance.rootDeviceType()).isEqualTo(root);
    }
}
