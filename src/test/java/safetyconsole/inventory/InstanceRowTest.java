package safetyconsole.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.testing.TestClocks;

class InstanceRowTest {

    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());

    @Test
    void aRowMatchesTextInAnyOfItsColumnsIgnoringCase() {
        InstanceRow app3 = row(InstanceRow.of(load("shop-prod")), "rails-app3");

        assertThat(app3.matches("Rails-App3")).isTrue();
        assertThat(app3.matches("sidekiq")).isTrue();
        assertThat(app3.matches(app3.ec2Id().substring(2, 9).toUpperCase(Locale.ROOT))).isTrue();
        assertThat(app3.matches(app3.privateIp())).isTrue();
        assertThat(app3.matches("  online ")).isTrue();
        assertThat(app3.matches("")).isTrue();
        assertThat(app3.matches("db-master")).isFalse();
    }

    @Test
    void matchingKeepsTheRowsInTheirOrder() {
        List<InstanceRow> rows = InstanceRow.of(load("shop-prod"));

        List<InstanceRow> kept = InstanceRow.matching(rows, "rails-app");

        assertThat(kept).isNotEmpty().isSubsetOf(rows)
                .isEqualTo(rows.stream().filter(r -> r.hostname().startsWith("rails-app")).toList());
    }

    @Test
    void onlineInstanceShowsEc2GroupsLayersAndAddresses() {
        List<InstanceRow> rows = InstanceRow.of(load("shop-prod"));

        InstanceRow app3 = row(rows, "rails-app3");
        assertThat(app3.status()).isEqualTo(InstanceStatus.ONLINE);
        assertThat(app3.layers()).isEqualTo("Rails App Server, Sidekiq workers");
        assertThat(app3.ec2Id()).startsWith("i-");
        assertThat(app3.rootDevice()).isEqualTo(RootDeviceType.EBS);
        assertThat(app3.securityGroups()).contains("shop-prod-app", "AWS-OpsWorks-Rails-App-Server")
                .doesNotContain("shop-prod-metrics-scrape");
        assertThat(app3.privateIp()).startsWith("10.0.");
    }

    @Test
    void stoppedInstanceStoreInstanceHasNoEc2AndSaysSo() {
        InstanceRow app4 = row(InstanceRow.of(load("shop-prod")), "rails-app4");

        assertThat(app4.ec2Id()).isEqualTo(InstanceRow.NONE);
        assertThat(app4.rootDevice()).isEqualTo(RootDeviceType.INSTANCE_STORE);
        assertThat(app4.securityGroups()).contains("shop-prod-app").endsWith("(OpsWorks)");
        assertThat(app4.publicIp()).isEqualTo(InstanceRow.NONE);
    }

    @Test
    void neverStartedInstanceShowsNoGroups() {
        InstanceRow tools = row(InstanceRow.of(load("shop-dev")), "dev-tools1");

        assertThat(tools.securityGroups()).isEqualTo(InstanceRow.NONE);
    }

    @Test
    void layerRowCountsOnlineInstancesAndNamesGroups() {
        LayerRow rails = LayerRow.of(load("shop-prod")).stream()
                .filter(r -> r.shortname().equals("rails-app")).findFirst().orElseThrow();

        assertThat(rails.type().displayName()).isEqualTo("Rails App Server");
        assertThat(rails.instances()).isEqualTo("4 online of 6");
        assertThat(rails.customGroups()).contains("shop-prod-metrics-scrape").doesNotContain("sg-");
        assertThat(rails.builtInGroups()).isEqualTo("AWS-OpsWorks-Rails-App-Server");
    }

    private StackInventory load(String name) {
        Stack stack = account.describeStacks().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        return new InventoryLoader(account, TestClocks.fixed()).load(stack);
    }

    private static InstanceRow row(List<InstanceRow> rows, String hostname) {
        return rows.stream().filter(r -> r.hostname().equals(hostname)).findFirst().orElseThrow();
    }
}
