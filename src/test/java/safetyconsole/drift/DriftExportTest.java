package safetyconsole.drift;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.testing.TestClocks;

class DriftExportTest {

    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
    private final Stack prod = account.describeStacks().stream().filter(s -> s.name().equals("shop-prod")).findFirst()
            .orElseThrow();
    private final DriftReport report = DriftAnalyzer.analyze(
            new InventoryLoader(account, TestClocks.fixed()).load(prod));

    @Test
    void csvHasARowPerInstanceAndLayer() {
        String[] rows = DriftExport.csv(report).split("\r\n");

        // 9 instances, rails-app3 is in two layers.
        assertThat(rows).hasSize(1 + 10);
        assertThat(rows[0]).startsWith("layer,instance,opsworks_id,ec2_id,status");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Rails App Server,rails-app1,")
                .contains(",PENDING,").contains("shop-prod-metrics-scrape (sg-"));
    }

    @Test
    void markdownListsOnlyProblemsByLayerWithTheRuleAndSummary() {
        String md = DriftExport.markdown(report);

        assertThat(md).startsWith("# Pending security groups: shop-prod")
                .contains(report.summary())
                .contains("never adds groups to, or removes groups from, running instances")
                .contains("## Layer Rails App Server")
                .contains("| rails-app1 |")
                .doesNotContain("| rails-app6 |")
                .doesNotContain("## Layer MySQL");
    }
}
