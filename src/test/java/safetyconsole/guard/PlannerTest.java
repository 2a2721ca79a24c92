package safetyconsole.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.App;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Layer;
import safetyconsole.inventory.StackInventory;

class PlannerTest {

    @TempDir
    Path dir;
    private GuardFixture f;

    @BeforeEach
    void setUp() {
        f = new GuardFixture(dir);
    }

    @Test
    void planListsEveryTargetWithIdsStatusAndLayers() {
        Plan plan = f.planInstances("shop-prod", InstanceOperation.STOP_INSTANCE, InstanceOptions.NONE, "rails-app1",
                "rails-app3");

        assertThat(plan.title()).isEqualTo("Stop 2 instances in shop-prod");
        assertThat(plan.targets()).extracting(PlanTarget::name).containsExactly("rails-app1", "rails-app3");
        PlanTarget app3 = plan.targets().get(1);
        assertThat(app3.ec2Id()).startsWith("i-");
        assertThat(app3.status()).isEqualTo(InstanceStatus.ONLINE);
        assertThat(app3.layers()).isEqualTo("Rails App Server, Sidekiq workers");
        assertThat(plan.requiresArming()).isTrue();
    }

    @Test
    void selectionAcrossStacksIsRefused() {
        StackInventory prod = f.inventory("shop-prod");
        List<safetyconsole.cloud.Instance> mixed = List.of(f.instance("shop-prod", "rails-app5"),
                f.instance("shop-prod-v2", "rails-app7"));

        assertThatThrownBy(() -> f.planner.instances(prod, f.classification("shop-prod"), mixed,
                InstanceOperation.DELETE_INSTANCE, InstanceOptions.NONE))
                .isInstanceOf(PlanRefusedException.class).hasMessageContaining("one stack at a time");
    }

    @Test
    void deletingAnOnlineInstanceIsRefusedWithTheFix() {
        assertThatThrownBy(() -> f.planInstances("shop-prod", InstanceOperation.DELETE_INSTANCE,
                InstanceOptions.NONE, "rails-app1"))
                .isInstanceOf(PlanRefusedException.class)
                .hasMessage("rails-app1 is online; OpsWorks deletes only stopped instances. Stop it first.");
    }

    @Test
    void impossibleStatesAreRefusedForEveryInstanceOperation() {
        assertThatThrownBy(() -> f.planInstances("shop-prod", InstanceOperation.START_INSTANCE,
                InstanceOptions.NONE, "rails-app1"))
                .hasMessageContaining("only a stopped instance can be started");
        assertThatThrownBy(() -> f.planInstances("shop-prod", InstanceOperation.STOP_INSTANCE,
                InstanceOptions.NONE, "rails-app5"))
                .hasMessageContaining("nothing to stop");
        assertThatThrownBy(() -> f.planInstances("shop-prod", InstanceOperation.REBOOT_INSTANCE,
                InstanceOptions.NONE, "rails-app5"))
                .hasMessageContaining("only an online instance");
    }

    @Test
    void emptySelectionIsRefused() {
        assertThatThrownBy(() -> f.planner.instances(f.inventory("shop-dev"), f.classification("shop-dev"), List.of(),
                InstanceOperation.STOP_INSTANCE, InstanceOptions.NONE)).hasMessage("Select at least one instance.");
    }

    @Test
    void stoppingInstanceStoreWarnsOfDataLoss() {
        Plan plan = f.planInstances("shop-prod", InstanceOperation.STOP_INSTANCE, InstanceOptions.NONE, "rails-app2");

        assertThat(plan.consequences()).anySatisfy(c -> assertThat(c).contains("instance-store", "lost"));
    }

    @Test
    void forceOnEbsExplainsTheOrphanedEc2Instance() {
        Plan plan = f.planInstances("shop-prod", InstanceOperation.STOP_INSTANCE,
                new InstanceOptions(true, false, false),
                "rails-app1");

        assertThat(plan.consequences()).anySatisfy(c -> assertThat(c)
                .contains("Force", "leaves EC2 instance", "running", "terminate it in EC2 yourself"));
    }

    @Test
    void anInstanceWithoutAnEc2InstanceYetIsNeverCalledEc2InstanceNull() {
        Instance ebs = f.inventory("shop-prod").instances().stream().filter(i -> i.hostname().equals("rails-app1"))
                .findFirst().orElseThrow().withStatus(InstanceStatus.BOOTING).withoutEc2();
        Instance store = f.inventory("shop-prod").instances().stream()
                .filter(i -> i.hostname().equals("rails-app2")).findFirst().orElseThrow()
                .withStatus(InstanceStatus.BOOTING).withoutEc2();

        List<String> said = new ArrayList<>();
        said.addAll(InstanceOperation.STOP_INSTANCE.consequences(ebs, InstanceOptions.NONE));
        said.addAll(InstanceOperation.STOP_INSTANCE.consequences(ebs, new InstanceOptions(true, false, false)));
        said.addAll(InstanceOperation.STOP_INSTANCE.consequences(store, InstanceOptions.NONE));

        assertThat(said).hasSize(3).noneSatisfy(c -> assertThat(c).contains("null"));
        assertThat(said).containsExactly("rails-app1 stops; its EBS disks are kept for a later start.",
                "Force on EBS-backed rails-app1: OpsWorks deletes only its own instance; it has no EC2 instance yet,"
                        + " so none is left behind.",
                "rails-app2 is instance-store: stopping ends it and everything on its instance-store disks is lost.");
    }

    @Test
    void deletePlanSpellsOutElasticIpAndVolumeChoicesAndIrreversibility() {
        Plan keep = f.planInstances("shop-prod-v2", InstanceOperation.DELETE_INSTANCE,
                InstanceOptions.NONE, "rails-app7");
        Plan release = f.planInstances("shop-prod-v2", InstanceOperation.DELETE_INSTANCE,
                new InstanceOptions(false, true, true),
                "rails-app7");

        assertThat(keep.consequences()).anySatisfy(c -> assertThat(c).contains("Elastic IP", "stays allocated"))
                .anySatisfy(c -> assertThat(c).contains("EBS volumes are kept"))
                .anySatisfy(c -> assertThat(c).contains("is terminated"))
                .contains("This cannot be undone.");
        assertThat(release.consequences()).anySatisfy(c -> assertThat(c).contains("is released"))
                .anySatisfy(c -> assertThat(c).contains("volumes are deleted"));
        assertThat(keep.title()).isEqualTo("Delete instance rails-app7 from shop-prod-v2");
    }

    @Test
    void startOfEbsInstanceSaysItsGroupsStayAsTheyAre() {
        Plan plan = f.planInstances("shop-prod", InstanceOperation.START_INSTANCE,
                InstanceOptions.NONE, "rails-app5", "rails-app4");

        assertThat(plan.consequences()).anySatisfy(c -> assertThat(c).contains("rails-app5", "stay as they are"))
                .anySatisfy(c -> assertThat(c).contains("rails-app4", "new EC2 instance"));
    }

    @Test
    void layerWithInstancesIsRefusedNamingThem() {
        StackInventory dev = f.inventory("shop-dev");
        Layer tools = dev.layers().stream().filter(l -> l.shortname().equals("tools")).findFirst().orElseThrow();

        assertThatThrownBy(() -> f.planner.deleteLayer(dev, f.classification("shop-dev"), tools))
                .hasMessage("Layer Tools still has 1 instance (dev-tools1); delete them first.");
    }

    @Test
    void nonEmptyStackIsRefusedListingWhatBlocksIt() {
        assertThatThrownBy(() -> f.planner.deleteStack(f.inventory("ops-tools"), f.classification("ops-tools")))
                .hasMessage("Stack ops-tools is not empty. Delete first: 1 instance (jenkins1); 1 layer (Jenkins).");
    }

    @Test
    void appDeletionIsPlannedWithItsConsequence() {
        StackInventory prod = f.inventory("shop-prod");
        App admin = prod.apps().stream().filter(a -> a.shortname().equals("admin")).findFirst().orElseThrow();

        Plan plan = f.planner.deleteApp(prod, f.classification("shop-prod"), admin);

        assertThat(plan.title()).isEqualTo("Delete app Admin from shop-prod");
        assertThat(plan.consequences()).contains("This cannot be undone.");
    }
}
