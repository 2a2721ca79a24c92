package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static safetyconsole.ui.shell.MainModels.onTheDemo;
import static safetyconsole.ui.shell.MainModels.select;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.migrated.GoneFromGroup;
import safetyconsole.ui.attribution.TimelineViewModel;

/** The missing-instance bar on the demo's migrated stacks (bob's scale-in, carol's stack update) and its timelines. */
class MissingInstancesOfGroupsTest {

    private static final String PROD_RAILS = "shop-prod-rails-app-3f2a9c";

    @TempDir
    Path dir;

    @Test
    void bobsScaleInIsReportedForTheGroupNamingHim() {
        MainViewModel model = onTheDemo(dir);
        select(model, PROD_RAILS);

        GroupsGone gone = model.missing().groupsGoneProperty().get();

        assertThat(gone.sentence()).startsWith(PROD_RAILS + ": rails-app group of shop-prod had 4, now ")
                .contains(" lost, named: bob through Auto Scaling", "since the console last saw the stack");
        assertThat(gone.groups()).singleElement().satisfies(group ->
                assertThat(group.chain().instances()).hasSize(2));
    }

    @Test
    void theTimelineOfALostInstanceLeadsFromTheTerminateToBobAndAsksAboutStaging() {
        MainViewModel model = onTheDemo(dir);
        select(model, PROD_RAILS);
        GoneFromGroup group = model.missing().groupsGoneProperty().get().groups().get(0);

        TimelineViewModel timeline = model.missing().timelineOf(group, group.chain().instances().get(0))
                .orElseThrow();
        timeline.load();

        List<TimelineViewModel.Row> rows = timeline.rows();
        assertThat(rows.get(0).kind()).isEqualTo("EC2");
        assertThat(rows.get(0).who()).isEqualTo("Auto Scaling, for bob (below)");
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.what()).startsWith("    \u21b3 #1 SetDesiredCapacity on " + group.groupName());
            assertThat(row.who()).endsWith("user/bob");
            assertThat(row.details()).contains("MFA yes", "desiredCapacity = 2");
        });
        assertThat(rows).anySatisfy(row -> assertThat(row.what())
                .contains("shop-staging-rails-app-7b1e02 (shop-staging's rails-app): the group bob meant?"));
        assertThat(timeline.messageProperty().get()).startsWith(rows.size() + " lines for ")
                .contains("six weeks", "90 days");
    }

    @Test
    void carolsStackUpdateIsNamedThroughCloudFormation() {
        MainViewModel model = onTheDemo(dir);
        select(model, "shop-prod-sidekiq-3f2a9c");

        assertThat(model.missing().groupsGoneProperty().get().sentence())
                .contains("sidekiq group of shop-prod", "named: carol through CloudFormation");
    }

    @Test
    void dismissingTheGroupsKeepsThemAwayAfterRefresh() {
        MainViewModel model = onTheDemo(dir);
        select(model, PROD_RAILS);
        model.stacks().refresh();
        assertThat(model.missing().groupsGoneProperty().get()).as("still reported after a refresh").isNotNull();

        model.missing().dismissMissing();
        model.stacks().refresh();

        assertThat(model.missing().groupsGoneProperty().get()).isNull();
        assertThat(model.missing().missingProperty().get()).isNull();
    }

    @Test
    void anOpsWorksStackShowsNoGroupsGone() {
        MainViewModel model = onTheDemo(dir);
        select(model, PROD_RAILS);
        select(model, "shop-prod");

        assertThat(model.missing().groupsGoneProperty().get()).isNull();
        assertThat(model.missing().missingProperty().get()).isNotNull();
    }
}
