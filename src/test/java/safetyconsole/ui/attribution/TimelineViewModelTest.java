package safetyconsole.ui.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static safetyconsole.ui.shell.MainModels.onTheDemo;
import static safetyconsole.ui.shell.MainModels.select;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.AppContext;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.guard.InstanceOperation;
import safetyconsole.inventory.MissingInstances;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;
import safetyconsole.ui.dialogs.ConfirmationViewModel;
import safetyconsole.ui.shell.MainViewModel;
import safetyconsole.ui.shell.OpenAccount;

class TimelineViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theDemosMissingInstanceLeadsToAlicesDeleteInTheWrongStack() {
        MainViewModel model = onTheDemo(dir);
        select(model, "shop-prod");

        MissingInstances gone = model.missing().missingProperty().get();
        assertThat(gone.gone()).extracting(g -> g.hostname()).containsExactly("rails-app7");
        assertThat(gone.sentence()).contains("Rails App Server had 7, now 6");

        TimelineViewModel timeline = model.missing().timelineOf(gone.gone().get(0)).orElseThrow();
        timeline.load();

        List<TimelineViewModel.Row> rows = timeline.rows();
        int terminate = indexOf(rows, "TerminateInstances");
        assertThat(rows.get(terminate).who()).isEqualTo("OpsWorks, for the caller below");
        assertThat(rows.get(terminate + 1).what()).isEqualTo("\u21b3 #1 DeleteInstance in stack shop-prod");
        assertThat(rows.get(terminate + 1).who()).endsWith("user/alice");
        assertThat(rows.get(terminate + 1).details()).contains("MFA yes");
        assertThat(timeline.messageProperty().get()).startsWith(rows.size() + " lines for rails-app7")
                .contains("90 days");
    }

    @Test
    void aDeletionFromThisConsoleShowsItsAuditEntryBesideCloudTrail() {
        DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
        AppContext app = TestApps.of(account, account, dir, TestClocks.fixed());
        MainViewModel model = new OpenAccount(app).model(new InlineTaskRunner());
        model.stacks().refresh();
        select(model, "shop-dev");
        Instance app1 = model.stacks().content().instances().stream().filter(r -> r.hostname().equals("dev-app1"))
                .findFirst()
                .orElseThrow().instance();
        ConfirmationViewModel stop = model.actions().planInstances(InstanceOperation.STOP_INSTANCE, List.of(app1))
                .orElseThrow();
        stop.typedProperty().set("shop-dev");
        stop.confirm();

        TimelineViewModel timeline = model.missing().timelineOf(app1).orElseThrow();
        timeline.load();

        assertThat(timeline.rows()).anySatisfy(row -> {
            assertThat(row.kind()).isEqualTo("This console");
            assertThat(row.what()).startsWith("RESULT STOP_INSTANCE: ok request=");
            assertThat(row.details()).contains("typed \"shop-dev\"");
        });
        assertThat(timeline.rows()).anySatisfy(row -> assertThat(row.what()).startsWith("TerminateInstances"));
    }

    private static int indexOf(List<TimelineViewModel.Row> rows, String what) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).what().startsWith(what)) {
                return i;
            }
        }
        throw new AssertionError("no row " + what + " in " + rows);
    }
}
