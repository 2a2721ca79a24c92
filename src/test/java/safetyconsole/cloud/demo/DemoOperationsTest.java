package safetyconsole.cloud.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Ec2State;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;
import safetyconsole.cloud.UnconfirmedMutationException;
import safetyconsole.testing.TestClocks;

class DemoOperationsTest {

    private static final Instant NOW = TestClocks.NOW;
    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());

    @Test
    void mutationWithCoveringConfirmationChangesState() {
        Instance app5 = instance("shop-prod", "rails-app5");

        account.startInstance(app5.id(), confirm(Operation.START_INSTANCE, app5));

        assertThat(instance("shop-prod", "rails-app5").status()).isEqualTo(InstanceStatus.ONLINE);
    }

    @Test
    void confirmationForAnotherOperationIsRefusedAndNothingChanges() {
        Instance app5 = instance("shop-prod", "rails-app5");

        assertThatThrownBy(() -> account.deleteInstance(app5.id(), false, false,
                confirm(Operation.START_INSTANCE, app5)))
                .isInstanceOf(UnconfirmedMutationException.class);
        assertThat(instance("shop-prod", "rails-app5").status()).isEqualTo(InstanceStatus.STOPPED);
    }

    @Test
    void confirmationForAnotherStackIsRefused() {
        Instance v2App7 = instance("shop-prod-v2", "rails-app7");
        Confirmation forProd = new Confirmation("p", stack("shop-prod").id(), Operation.DELETE_INSTANCE,
                Set.of(v2App7.id()), NOW.plusSeconds(60));

        assertThatThrownBy(() -> account.deleteInstance(v2App7.id(), false, false, forProd))
                .isInstanceOf(UnconfirmedMutationException.class).hasMessageContaining("is in stack");
        assertThat(account.describeInstances(stack("shop-prod-v2").id())).contains(v2App7);
    }

    @Test
    void confirmationForOtherTargetsIsRefused() {
        Instance app4 = instance("shop-prod", "rails-app4");
        Instance app5 = instance("shop-prod", "rails-app5");

        assertThatThrownBy(() -> account.startInstance(app5.id(), confirm(Operation.START_INSTANCE, app4)))
                .isInstanceOf(UnconfirmedMutationException.class);
    }

    @Test
    void expiredConfirmationIsRefused() {
        Instance app5 = instance("shop-prod", "rails-app5");
        Confirmation expired = new Confirmation("p", app5.stackId(), Operation.START_INSTANCE, Set.of(app5.id()), NOW);

        assertThatThrownBy(() -> account.startInstance(app5.id(), expired))
                .isInstanceOf(UnconfirmedMutationException.class).hasMessageContaining("expired");
    }

    @Test
    void mutationOfUnknownTargetIsNotFound() {
        Confirmation any = new Confirmation("p", "s", Operation.DELETE_APP, Set.of("nope"), NOW.plusSeconds(9));

        assertThatThrownBy(() -> account.deleteApp("nope", any)).isInstanceOfSatisfying(CloudException.class,
                e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.NOT_FOUND));
    }

    @Test
    void deleteKeepsElasticIpAndVolumesUnlessAskedAndTerminatesEc2() {
        Instance v2App7 = instance("shop-prod-v2", "rails-app7");
        String address = v2App7.elasticIpAddress().orElse(null);
        assertThat(address).isNotNull();

        account.deleteInstance(v2App7.id(), false, false, confirm(Operation.DELETE_INSTANCE, v2App7));

        assertThat(account.world().ec2().elasticIps()).containsEntry(address, null);
        assertThat(account.world().ec2().volumes()).containsValue(null).doesNotContainValue(v2App7.id());
        assertThat(account.describeEc2Instances("us-east-1", List.of(v2App7.ec2Id().orElseThrow()))).isEmpty();
    }

    @Test
    void deleteWithElasticIpAndVolumesReleasesBoth() {
        Instance v2App7 = instance("shop-prod-v2", "rails-app7");
        int volumesBefore = account.world().ec2().volumes().size();
        long detachedBefore = detachedVolumes();

        account.deleteInstance(v2App7.id(), true, true, confirm(Operation.DELETE_INSTANCE, v2App7));

        assertThat(account.world().ec2().elasticIps()).doesNotContainKey(v2App7.elasticIpAddress().orElseThrow());
        assertThat(account.world().ec2().volumes()).hasSize(volumesBefore - 1).doesNotContainValue(v2App7.id());
        assertThat(detachedVolumes()).isEqualTo(detachedBefore);
    }

    private long detachedVolumes() {
        return account.world().ec2().volumes().values().stream().filter(Objects::isNull).count();
    }

    @Test
    void deleteOfOnlineInstanceIsAConflict() {
        Instance app1 = instance("shop-prod", "rails-app1");

        assertThatThrownBy(() -> account.deleteInstance(app1.id(), false, false,
                confirm(Operation.DELETE_INSTANCE, app1)))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.CONFLICT));
    }

    @Test
    void forcedStopOfEbsInstanceDropsOnlyTheOpsworksInstance() {
        Instance app1 = instance("shop-prod", "rails-app1");

        account.stopInstance(app1.id(), true, confirm(Operation.STOP_INSTANCE, app1));

        assertThat(account.describeInstances(app1.stackId())).noneMatch(i -> i.id().equals(app1.id()));
        assertThat(account.describeEc2Instances("us-east-1", List.of(app1.ec2Id().orElseThrow())))
                .singleElement().satisfies(ec2 -> assertThat(ec2.state()).isEqualTo(Ec2State.RUNNING));
    }

    @Test
    void forcedStopOfInstanceStoreInstanceIsANormalStop() {
        Instance app2 = instance("shop-prod", "rails-app2");
        assertThat(app2.rootDeviceType()).isEqualTo(RootDeviceType.INSTANCE_STORE);

        account.stopInstance(app2.id(), true, confirm(Operation.STOP_INSTANCE, app2));

        assertThat(instance("shop-prod", "rails-app2").status()).isEqualTo(InstanceStatus.STOPPED);
        assertThat(instance("shop-prod", "rails-app2").ec2Id()).isEmpty();
    }

    @Test
    void rebootNeedsAnOnlineInstance() {
        Instance app5 = instance("shop-prod", "rails-app5");
        Instance app1 = instance("shop-prod", "rails-app1");

        assertThatThrownBy(() -> account.rebootInstance(app5.id(), confirm(Operation.REBOOT_INSTANCE, app5)))
                .isInstanceOf(CloudException.class);
        assertThat(account.rebootInstance(app1.id(), confirm(Operation.REBOOT_INSTANCE, app1)).requestId())
                .isNotBlank();
    }

    @Test
    void layerWithInstancesCannotBeDeletedButAnEmptyOneCan() {
        Stack dev = stack("shop-dev");
        Layer tools = account.describeLayers(dev.id()).stream().filter(l -> l.shortname().equals("tools"))
                .findFirst().orElseThrow();
        Instance devTools = instance("shop-dev", "dev-tools1");
        Confirmation deleteLayer = new Confirmation("p", dev.id(), Operation.DELETE_LAYER, Set.of(tools.id()),
                NOW.plusSeconds(60));

        assertThatThrownBy(() -> account.deleteLayer(tools.id(), deleteLayer)).isInstanceOf(CloudException.class);
        account.deleteInstance(devTools.id(), false, false, confirm(Operation.DELETE_INSTANCE, devTools));
        account.deleteLayer(tools.id(), deleteLayer);

        assertThat(account.describeLayers(dev.id())).extracting(Layer::id).doesNotContain(tools.id());
    }

    @Test
    void nonEmptyStackCannotBeDeleted() {
        Stack tools = stack("ops-tools");
        Confirmation deleteStack = new Confirmation("p", tools.id(), Operation.DELETE_STACK, Set.of(tools.id()),
                NOW.plusSeconds(60));

        assertThatThrownBy(() -> account.deleteStack(tools.id(), deleteStack))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.CONFLICT));
    }

    @Test
    void consoleMutationsLeaveTrailEventsNamingTheOperatorAtLiveTime() {
        Instance app5 = instance("shop-prod", "rails-app5");

        account.startInstance(app5.id(), confirm(Operation.START_INSTANCE, app5));

        List<TrailEvent> events = account.lookupTrailEvents(new TrailQuery("us-east-1",
                TrailQuery.Attribute.EVENT_NAME, "StartInstance", NOW.minus(Duration.ofMinutes(1)),
                NOW.plusSeconds(60)));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.userName()).isEqualTo("demo-operator");
            assertThat(e.eventTime()).isEqualTo(NOW);
        });
    }

    @Test
    void mutationsAreCountedAndCanBeFailed() {
        Instance app5 = instance("shop-prod", "rails-app5");
        account.faults().failNext(DemoOperation.START_INSTANCE, CloudException.Kind.THROTTLED);

        assertThatThrownBy(() -> account.startInstance(app5.id(), confirm(Operation.START_INSTANCE, app5)))
                .isInstanceOf(CloudException.class);
        assertThat(account.faults().callCount(DemoOperation.START_INSTANCE)).isEqualTo(1);
        assertThat(instance("shop-prod", "rails-app5").status()).isEqualTo(InstanceStatus.STOPPED);
    }

    private Confirmation confirm(Operation operation, Instance instance) {
        return new Confirmation("plan", instance.stackId(), operation, Set.of(instance.id()), NOW.plusSeconds(60));
    }

    private Stack stack(String name) {
        return account.describeStacks().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private Instance instance(String stackName, String hostname) {
        return account.describeInstances(stack(stackName).id()).stream()
                .filter(i -> i.hostname().equals(hostname)).findFirst().orElseThrow();
    }
}
