package safetyconsole.migrated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import safetyconsole.testing.MigratedStacks;

class ScalingDriftExportTest {

    private final ScalingStackInventory shopProd = MigratedStacks.load(MigratedStacks.shopProdRails());

    @Test
    void csvHasOneRowPerInstanceWithEverySetBehindItsStatus() {
        List<String> lines = ScalingDriftExport.csv(shopProd).lines().toList();

        assertThat(lines.get(0)).isEqualTo("auto_scaling_group,instance,lifecycle_state,launched_from,"
                + "template_version_in_use,status,desired,actual,missing,hotfix,reason,missing_names,hotfix_names");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith(MigratedStacks.SHOP_PROD_GROUP + ",i-0a,InService,version 2,"
                + "launch template shop-prod-rails-app-LaunchTemplate-3f2a9c version 3,MISSING,sg-web sg-metrics,"
                + "sg-web,sg-metrics,,");
        assertThat(lines.get(4)).contains(",HOTFIX,", ",sg-debug,");
    }

    @Test
    void bothExportsNameTheGroupsAsTheLoadResolvedThem() {
        ScalingStackInventory named = MigratedStacks.withGroupNames(shopProd,
                Map.of("sg-metrics", "shop-prod-metrics-scrape", "sg-debug", "shop-prod-debug"));

        List<String> csv = ScalingDriftExport.csv(named).lines().toList();
        assertThat(csv.get(1)).contains(",MISSING,").endsWith(",shop-prod-metrics-scrape,");
        assertThat(csv.get(4)).contains(",HOTFIX,").endsWith(",,shop-prod-debug");
        assertThat(ScalingDriftExport.markdown(named))
                .contains("| i-0a | version 2 | missing | shop-prod-metrics-scrape (sg-metrics) | \u2014 |")
                .contains("| shop-prod-debug (sg-debug) |");
    }

    @Test
    void theSummaryNeverCallsAStackWithoutInstancesInSync() {
        ScalingStackInventory empty = new ScalingStackInventory(shopProd.stack(), shopProd.cloudFormationStack(),
                shopProd.resources(), List.of(), shopProd.ec2ById(), shopProd.loadedAt());

        assertThat(ScalingDriftExport.summary(empty)).isEqualTo(MigratedStacks.SHOP_PROD_RAILS + " has no instances.");
    }
}
