package safetyconsole.ui.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.logrotate.MigratedLogRotation;
import safetyconsole.logrotate.OsRotationSources;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.testing.MigratedStacks;
import safetyconsole.ui.common.ExportFormat;
import safetyconsole.ui.common.InlineTaskRunner;

class ScalingContentViewModelTest {

    private final ScalingContentViewModel model = new ScalingContentViewModel(new InlineTaskRunner(),
            inventory -> new MigratedLogRotation(new OsRotationSources(List.of(), List.of(), List.of(), List.of()),
                    List.of()));

    @TempDir
    Path dir;

    @Test
    void groupsSayTemplateVersionCapacityAndRefresh() {
        model.show(MigratedStacks.load(MigratedStacks.shopProdRails()));

        assertThat(model.groups()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo(MigratedStacks.SHOP_PROD_GROUP);
            assertThat(row.cloudFormationStack()).isEqualTo(MigratedStacks.SHOP_PROD_RAILS);
            assertThat(row.launchTemplate())
                    .isEqualTo("version 3 ($Latest) of launch template shop-prod-rails-app-LaunchTemplate-3f2a9c");
            assertThat(row.capacity()).isEqualTo("4 / 2 / 6");
            assertThat(row.latestRefresh()).isEqualTo("none");
        });
    }

    @Test
    void aGroupNamingItsVersionByNumberSaysJustTheNumber() {
        model.show(MigratedStacks.load(MigratedStacks.nightlyBatch()));

        assertThat(model.groups()).singleElement().satisfies(row -> assertThat(row.launchTemplate())
                .isEqualTo("version 3 of launch template shop-prod-rails-app-LaunchTemplate-3f2a9c"));
    }

    @Test
    void aRefreshInProgressShowsItsPercentage() {
        model.show(MigratedStacks.load(MigratedStacks.nightlyBatch()));

        assertThat(model.groups()).singleElement().satisfies(row -> {
            assertThat(row.latestRefresh()).isEqualTo("in progress, 40%");
            assertThat(row.cloudFormationStack()).isNull();
        });
    }

    @Test
    void selectingAGroupShowsItsSentencesWithTheFix() {
        model.show(MigratedStacks.load(MigratedStacks.shopProdRails()));

        model.selectGroup(model.groups().get(0));

        assertThat(model.groupSentences()).anySatisfy(sentence -> assertThat(sentence)
                .startsWith("Fix: start an instance refresh with SkipMatching"));
        model.selectGroup(null);
        assertThat(model.groupSentences()).isEmpty();
    }

    @Test
    void instancesSayStatusLaunchVersionAndWhatTheyLackOrHaveExtra() {
        model.show(MigratedStacks.load(MigratedStacks.shopProdRails()));

        assertThat(model.instances()).extracting(GroupInstanceRow::instanceId, GroupInstanceRow::status,
                GroupInstanceRow::launchedFrom, GroupInstanceRow::missing, GroupInstanceRow::hotfix)
                .containsExactly(
                        tuple("i-0a", "MISSING", "version 2", "sg-metrics", null),
                        tuple("i-0b", "IN_SYNC", "version 3", null, null),
                        tuple("i-0c", "LAG", "version 2", null, null),
                        tuple("i-0d", "HOTFIX", "version 3", null, "sg-debug"));
        assertThat(model.instances().get(0).reason()).contains("Lacks sg-metrics");
    }

    @Test
    void bothTabsNameSecurityGroupsAsTheLoadResolvedThemWithTheIdsForTooltips() {
        model.show(MigratedStacks.withGroupNames(MigratedStacks.load(MigratedStacks.shopProdRails()),
                Map.of("sg-metrics", "shop-prod-metrics-scrape", "sg-web", "shop-prod-web")));

        GroupInstanceRow lacking = model.instances().get(0);
        assertThat(lacking.missing()).isEqualTo("shop-prod-metrics-scrape");
        assertThat(lacking.missingWithIds()).isEqualTo("shop-prod-metrics-scrape (sg-metrics)");
        GroupInstanceRow hotfixed = model.instances().get(3);
        assertThat(hotfixed.hotfix()).as("no name known: the id").isEqualTo("sg-debug");
        assertThat(hotfixed.hotfixWithIds()).isEqualTo("sg-debug");
        assertThat(lacking.hotfixWithIds()).isNull();
        ScalingDriftViewModel drift = model.drift();
        assertThat(drift.groupNames(List.of("sg-web", "sg-metrics")))
                .isEqualTo("shop-prod-web, shop-prod-metrics-scrape");
        assertThat(drift.groupNamesWithIds(List.of("sg-web", "sg-debug")))
                .isEqualTo("shop-prod-web (sg-web), sg-debug");
    }

    @Test
    void clearingLeavesNothingOfTheStackAndSaysWhy() {
        model.show(MigratedStacks.load(MigratedStacks.shopProdRails()));
        model.selectGroup(model.groups().get(0));

        model.clear("Loading nightly-batch\u2026");

        assertThat(model.groups()).isEmpty();
        assertThat(model.instances()).isEmpty();
        assertThat(model.groupSentences()).isEmpty();
        assertThat(model.inventory()).isEmpty();
        assertThat(model.placeholderProperty().get()).isEqualTo("Loading nightly-batch\u2026");
        assertThat(model.drift().shown().summaryProperty().get()).isEqualTo("Loading nightly-batch\u2026");
    }

    @Test
    void securityGroupsSummaryCountsEachStatusAndProblemsOnlyHidesTheInSync() {
        model.show(MigratedStacks.load(MigratedStacks.shopProdRails()));
        ScalingDriftViewModel drift = model.drift();

        assertThat(drift.shown().summaryProperty().get())
                .startsWith("1 missing (running without groups new instances get), 1 hot-fix")
                .contains("1 lag", "1 in sync");
        assertThat(drift.grouped().values()).singleElement().satisfies(instances -> assertThat(instances)
                .extracting(instance -> instance.instanceId()).containsExactly("i-0a", "i-0c", "i-0d"));
        drift.shown().problemsOnlyProperty().set(false);
        assertThat(drift.grouped().values()).singleElement().satisfies(instances -> assertThat(instances).hasSize(4));
        assertThat(drift.countsByGroup().get(MigratedStacks.SHOP_PROD_GROUP))
                .containsEntry(TemplateSyncStatus.MISSING, 1L)
                .containsEntry(TemplateSyncStatus.NOT_CHECKED, 0L);
    }

    @Test
    void rowsOfOneGroupStandForItAndNoRowsForTheStacksOnlyGroup() {
        ScalingDriftViewModel drift = model.drift();
        assertThat(drift.groupOf(List.of())).as("nothing loaded").isEmpty();
        model.show(MigratedStacks.load(MigratedStacks.shopProdRails()));
        ScalingGroupDrift group = drift.grouped().keySet().iterator().next();
        InstanceTemplateDrift instance = drift.grouped().get(group).get(0);

        assertThat(drift.groupOf(List.of(new ScalingDriftViewModel.Row(group, null),
                new ScalingDriftViewModel.Row(group, instance)))).contains(group);
        assertThat(drift.groupOf(List.of())).contains(group);
    }

    @Test
    void noRowsStandForNoGroupWhenTheStackHasSeveral() {
        ScalingStackInventory one = MigratedStacks.load(MigratedStacks.shopProdRails());
        ScalingStackInventory two = new ScalingStackInventory(one.stack(), one.cloudFormationStack(), one.resources(),
                List.of(one.groups().get(0), one.groups().get(0)), one.ec2ById(), one.loadedAt());
        model.show(two);

        assertThat(model.drift().groupOf(List.of())).isEmpty();
    }

    @Test
    void exportWritesTheReportForAChangeTicketAndSaysWhere() throws Exception {
        model.show(MigratedStacks.load(MigratedStacks.shopProdRails()));
        ScalingDriftViewModel drift = model.drift();
        Path file = dir.resolve(drift.suggestedFileName(ExportFormat.MARKDOWN));

        drift.export(file, ExportFormat.MARKDOWN);

        assertThat(file.getFileName().toString()).isEqualTo("security-groups-shop-prod-rails-app-3f2a9c.md");
        assertThat(Files.readString(file)).contains("# Security groups: shop-prod-rails-app-3f2a9c",
                "## Auto Scaling group " + MigratedStacks.SHOP_PROD_GROUP,
                "| i-0a | version 2 | missing | sg-metrics |")
                .doesNotContain("| i-0b |");
        assertThat(drift.shown().exportMessageProperty().get()).isEqualTo("Written to " + file + ".");
    }
}
