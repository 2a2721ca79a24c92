package safetyconsole.cloud.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Ec2State;
import safetyconsole.cloud.GroupRef;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.LayerType;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.TrailEvent;

class DemoWorldRulesTest {

    private DemoWorld world;
    private Stack stack;
    private SecurityGroup appGroup;
    private SecurityGroup addedLater;
    private Layer rails;

    @BeforeEach
    void setUp() {
        world = new DemoWorld(1L, Instant.parse("2026-01-01T00:00:00Z"), "111122223333", "us-east-1");
        stack = world.addStack("s", "eu-west-1", "vpc-1", Map.of(), null, true, null);
        appGroup = world.ec2().addSecurityGroup(stack, "app", "");
        addedLater = world.ec2().addSecurityGroup(stack, "later", "");
        rails = world.addLayer(stack.id(), "Rails", "rails", LayerType.RAILS_APP, List.of(appGroup.id()));
    }

    @Test
    void createdInstanceIsStoppedWithoutEc2Instance() {
        Instance created = create("a", RootDeviceType.EBS);

        assertThat(created.status()).isEqualTo(InstanceStatus.STOPPED);
        assertThat(created.ec2Id()).isEmpty();
    }

    @Test
    void launchedInstanceGetsCustomBuiltInAndDefaultGroupsOfItsLayers() {
        Instance online = world.startInstance(create("a", RootDeviceType.EBS).id(), null);

        assertThat(groupNames(online)).containsExactlyInAnyOrder(
                "app", "AWS-OpsWorks-Rails-App-Server", "AWS-OpsWorks-Default-Server");
        assertThat(online.securityGroupIds()).hasSize(3);
    }

    @Test
    void instanceInSeveralLayersGetsTheUnionOfTheirGroups() {
        Layer custom = world.addLayer(stack.id(), "Custom", "custom", LayerType.CUSTOM, List.of(addedLater.id()));
        Instance created = world.createInstance(stack.id(), "multi", List.of(rails.id(), custom.id()),
                RootDeviceType.EBS, "t3.small", "eu-west-1a");

        Instance online = world.startInstance(created.id(), null);

        assertThat(groupNames(online)).contains("app", "later", "AWS-OpsWorks-Rails-App-Server",
                "AWS-OpsWorks-Custom-Server");
    }

    @Test
    void stackWithoutOpsworksGroupsGetsOnlyCustomGroups() {
        Stack own = world.addStack("own", "eu-west-1", "vpc-2", Map.of(), null, false, null);
        SecurityGroup group = world.ec2().addSecurityGroup(own, "mine", "");
        Layer layer = world.addLayer(own.id(), "Rails", "rails", LayerType.RAILS_APP, List.of(group.id()));
        Instance created = world.createInstance(own.id(), "x", List.of(layer.id()), RootDeviceType.EBS, "t3", "a");

        Instance online = world.startInstance(created.id(), null);

        assertThat(layer.defaultSecurityGroupNames()).isEmpty();
        assertThat(groupNames(online)).containsExactly("mine");
    }

    @Test
    void layerGroupChangeDoesNotReachOnlineInstances() {
        Instance online = world.startInstance(create("a", RootDeviceType.EBS).id(), null);

        world.updateLayerSecurityGroups(rails.id(), List.of(appGroup.id(), addedLater.id()));

        assertThat(groupNames(online.ec2Id().orElseThrow())).doesNotContain("later");
    }

    @Test
    void layerGroupChangeReachesNewInstances() {
        world.updateLayerSecurityGroups(rails.id(), List.of(appGroup.id(), addedLater.id()));

        Instance online = world.startInstance(create("new", RootDeviceType.EBS).id(), null);

        assertThat(groupNames(online)).contains("later");
    }

    @Test
    void instanceStoreStopEndsEc2InstanceAndStartLaunchesNewOneWithCurrentGroups() {
        Instance online = world.startInstance(create("a", RootDeviceType.INSTANCE_STORE).id(), null);
        String firstEc2 = online.ec2Id().orElseThrow();
        world.updateLayerSecurityGroups(rails.id(), List.of(appGroup.id(), addedLater.id()));

        Instance stopped = world.stopInstance(online.id(), null);
        assertThat(stopped.ec2Id()).isEmpty();
        assertThat(world.ec2().instances("eu-west-1", List.of(firstEc2))).isEmpty();

        Instance restarted = world.startInstance(online.id(), null);
        assertThat(restarted.ec2Id().orElseThrow()).isNotEqualTo(firstEc2);
        assertThat(groupNames(restarted)).contains("later");
    }

    @Test
    void ebsStopStartKeepsSameEc2InstanceAndItsOldGroups() {
        Instance online = world.startInstance(create("a", RootDeviceType.EBS).id(), null);
        world.updateLayerSecurityGroups(rails.id(), List.of(appGroup.id(), addedLater.id()));

        Instance stopped = world.stopInstance(online.id(), null);
        assertThat(ec2(stopped.ec2Id().orElseThrow()).state()).isEqualTo(Ec2State.STOPPED);
        Instance restarted = world.startInstance(online.id(), null);

        assertThat(restarted.ec2Id()).isEqualTo(online.ec2Id());
        assertThat(groupNames(restarted)).doesNotContain("later");
    }

    @Test
    void deleteRequiresStoppedInstance() {
        Instance online = world.startInstance(create("a", RootDeviceType.EBS).id(), null);

        assertThatThrownBy(() -> world.deleteInstance(online.id(), null))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.CONFLICT));
        assertThat(world.opsworks().findInstance(online.id())).isPresent();
    }

    @Test
    void deleteTerminatesTheStoppedEbsEc2Instance() {
        Instance online = world.startInstance(create("a", RootDeviceType.EBS).id(), null);
        world.stopInstance(online.id(), null);

        world.deleteInstance(online.id(), null);

        assertThat(world.opsworks().findInstance(online.id())).isEmpty();
        assertThat(world.ec2().instances("eu-west-1", List.of(online.ec2Id().orElseThrow()))).isEmpty();
    }

    @Test
    void startingAnOnlineInstanceIsAConflict() {
        Instance online = world.startInstance(create("a", RootDeviceType.EBS).id(), null);

        assertThatThrownBy(() -> world.startInstance(online.id(), null))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.CONFLICT));
    }

    @Test
    void instanceNeedsLayersOfItsOwnStack() {
        Stack other = world.addStack("other", "eu-west-1", "vpc-1", Map.of(), null, true, null);

        assertThatThrownBy(() -> world.createInstance(other.id(), "x", List.of(rails.id()), RootDeviceType.EBS,
                "t3", "a")).isInstanceOf(CloudException.class);
    }

    @Test
    void deletedGroupStaysInLayerButIsNotAttachedAtLaunch() {
        world.updateLayerSecurityGroups(rails.id(), List.of(appGroup.id(), addedLater.id()));
        world.ec2().deleteSecurityGroup(addedLater.id());

        Instance online = world.startInstance(create("a", RootDeviceType.EBS).id(), null);

        assertThat(world.opsworks().layersOf(stack.id()).get(0).customSecurityGroupIds()).contains(addedLater.id());
        assertThat(groupNames(online)).doesNotContain("later");
    }

    @Test
    void ec2LookupsAreScopedToTheStackRegion() {
        Instance online = world.startInstance(create("a", RootDeviceType.EBS).id(), null);

        assertThat(world.ec2().instances("us-east-1", List.of(online.ec2Id().orElseThrow()))).isEmpty();
        assertThat(world.ec2().instances("eu-west-1", List.of(online.ec2Id().orElseThrow()))).hasSize(1);
    }

    @Test
    void userDeletionLeavesOpsworksCallWithPersonAndEc2CallInvokedByOpsworks() {
        Instance online = world.startInstance(create("a", RootDeviceType.EBS).id(), null);
        world.stopInstance(online.id(), null);
        world.startRecordingTrail();
        Actor carol = new Actor("arn:aws:iam::111122223333:user/carol", "carol", "192.0.2.1", false);

        world.deleteInstance(online.id(), carol);

        List<TrailEvent> events = world.trailEvents();
        assertThat(events).extracting(TrailEvent::eventName).containsExactly("DeleteInstance", "TerminateInstances");
        TrailEvent opsworks = events.get(0);
        assertThat(opsworks.region()).isEqualTo("us-east-1");
        assertThat(opsworks.userName()).isEqualTo("carol");
        assertThat(opsworks.requestParameters()).containsEntry("instanceId", online.id());
        TrailEvent ec2 = events.get(1);
        assertThat(ec2.region()).isEqualTo("eu-west-1");
        assertThat(ec2.invokedBy()).isEqualTo("opsworks.amazonaws.com");
        assertThat(ec2.principalArn()).doesNotContain("carol");
        assertThat(ec2.resourceIds()).containsExactly(online.ec2Id().orElseThrow());
        assertThat(ec2.eventTime()).isAfter(opsworks.eventTime());
    }

    private Instance create(String hostname, RootDeviceType root) {
        return world.createInstance(stack.id(), hostname, List.of(rails.id()), root, "t3.small", "eu-west-1a");
    }

    private Ec2Instance ec2(String ec2Id) {
        return world.ec2().instances("eu-west-1", List.of(ec2Id)).get(0);
    }

    private List<String> groupNames(Instance instance) {
        return groupNames(instance.ec2Id().orElseThrow());
    }

    private List<String> groupNames(String ec2Id) {
        return ec2(ec2Id).securityGroups().stream().map(GroupRef::name).toList();
    }
}
