package safetyconsole.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.Operation;

class GuardedOperationTest {

    private static final List<GuardedOperation<?>> ALL = GuardFixture.allOperations();

    @TempDir
    Path dir;
    private GuardFixture f;

    @BeforeEach
    void setUp() {
        f = new GuardFixture(dir);
    }

    @Test
    void auditNamesStayWhatEarlierLogsSay() {
        assertThat(ALL).extracting(GuardedOperation::name).containsExactlyInAnyOrder("START_INSTANCE",
                "STOP_INSTANCE", "REBOOT_INSTANCE", "DELETE_INSTANCE", "DELETE_LAYER", "DELETE_APP", "DELETE_STACK",
                "MODIFY_INSTANCE_GROUPS", "UPDATE_LAYER_GROUPS", "RESTART_INSTANCE_STORE", "START_INSTANCE_REFRESH",
                "CANCEL_INSTANCE_REFRESH", "SET_DESIRED_CAPACITY", "TERMINATE_INSTANCE_IN_GROUP",
                "HOTFIX_INSTANCE_GROUPS", "DELETE_AUTO_SCALING_GROUP", "DELETE_CLOUDFORMATION_STACK",
                "LOOK_ON_INSTANCE");
    }

    @Test
    void everyPortCallIsMadeBySomeOperationAndNamesItsIamAction() {
        assertThat(ALL.stream().flatMap(o -> o.calls().stream()).distinct())
                .containsExactlyInAnyOrder(Operation.values());
        assertThat(Operation.values()).allSatisfy(call -> assertThat(call.iamAction())
                .matches("(opsworks|ec2|autoscaling|cloudformation|ssm):[A-Z][A-Za-z]+"));
    }

    @Test
    void stopAndStartConfirmsBothCallsForLongEnoughToWaitForEveryStop() {
        assertThat(RestartInstanceStore.RESTART_INSTANCE_STORE.calls())
                .containsExactly(Operation.STOP_INSTANCE, Operation.START_INSTANCE);
        assertThat(RestartInstanceStore.RESTART_INSTANCE_STORE.confirmationLifetime(3))
                .isEqualTo(Guard.CONFIRMATION_LIFETIME.plus(Guard.STOP_TIMEOUT.multipliedBy(3)));
        assertThat(DeleteApp.DELETE_APP.confirmationLifetime(3)).isEqualTo(Guard.CONFIRMATION_LIFETIME);
    }

    @Test
    void buttonsSayTheVerbOrApply() {
        assertThat(InstanceOperation.DELETE_INSTANCE.buttonLabel()).isEqualTo("Delete");
        assertThat(UpdateLayerGroups.UPDATE_LAYER_GROUPS.buttonLabel()).isEqualTo("Apply");
        assertThat(RestartInstanceStore.RESTART_INSTANCE_STORE.buttonLabel()).isEqualTo("Stop and start");
    }

    @Test
    void onlyDeletionsRemoveTheirTargets() {
        assertThat(ALL.stream().filter(GuardedOperation::removes)).containsExactlyInAnyOrder(
                InstanceOperation.DELETE_INSTANCE, DeleteLayer.DELETE_LAYER, DeleteApp.DELETE_APP,
                DeleteStack.DELETE_STACK, TerminateInstanceInGroup.TERMINATE_INSTANCE_IN_GROUP,
                DeleteAutoScalingGroup.DELETE_AUTO_SCALING_GROUP,
                DeleteCloudFormationStack.DELETE_CLOUDFORMATION_STACK);
    }

    @Test
    void optionsAreOfferedOnlyWhereTheyMeanSomethingForATarget() {
        assertThat(f.planInstances("shop-prod-v2", InstanceOperation.DELETE_INSTANCE, InstanceOptions.NONE,
                "rails-app7").offeredOptions())
                .containsExactlyInAnyOrder(InstanceOption.DELETE_ELASTIC_IP, InstanceOption.DELETE_VOLUMES);
        assertThat(f.planInstances("shop-prod", InstanceOperation.STOP_INSTANCE, InstanceOptions.NONE,
                "rails-app1").offeredOptions()).containsExactly(InstanceOption.FORCE);
        assertThat(f.planInstances("shop-prod", InstanceOperation.STOP_INSTANCE, InstanceOptions.NONE,
                "rails-app2").offeredOptions()).as("instance-store: Force changes nothing").isEmpty();
        assertThat(f.planInstances("shop-prod", InstanceOperation.START_INSTANCE, InstanceOptions.NONE,
                "rails-app5").offeredOptions()).isEmpty();
    }
}
