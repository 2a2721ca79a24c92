package safetyconsole.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import safetyconsole.audit.AuditEntry;
import safetyconsole.audit.AuditLog;
import safetyconsole.audit.AuditRecord;
import safetyconsole.audit.Evidence;
import safetyconsole.audit.Operator;
import safetyconsole.audit.Phase;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.FxTaskRunner;
import safetyconsole.ui.shell.ConsoleApp;

/** The real audit window over more entries than a page: it opens on the newest page and reads others as shown. */
@ExtendWith(ApplicationExtension.class)
class AuditWindowPagingFxTest {

    private static final int ENTRIES = 350;
    @TempDir
    static Path dir;
    private final FxTaskRunner runner = new FxTaskRunner();
    private AuditViewModel model;

    @Start
    void start(Stage stage) {
        AuditLog log = new AuditLog(dir.resolve(System.nanoTime() + ".jsonl"), TestClocks.fixed(),
                AuditLog.Durability.OS_BUFFERED);
        for (int i = 1; i <= ENTRIES; i++) {
            log.append(new AuditRecord(new Operator("alice", "ws"), "arn:aws:iam::1:user/alice", "1", "us-east-1",
                    "id-shop", "shop", "PRODUCTION", "STOP_INSTANCE", null, "plan", List.of("i-" + i),
                    new Evidence("shop", null, null), Phase.INTENT, null));
        }
        ConsoleApp.applyTheme();
        stage.setScene(ConsoleApp.scene(new StackPane()));
        stage.show();
        model = new AuditViewModel(log, new Operator("carol", "ws-3"), runner);
        AuditWindow.show(stage, model, runner);
    }

    @BeforeEach
    void waitForTheWindow(FxRobot robot) throws Exception {
        AuditWindows.awaitShown(robot);
    }

    @AfterEach
    void closeEverything() throws Exception {
        runner.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void scrollingToTheOldestEntryReadsItsPage(FxRobot robot) throws Exception {
        TableView<AuditEntry> table = robot.lookup("#auditTable").queryTableView();
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == ENTRIES);
        assertThat(model.rowsDecoded()).isEqualTo(AuditRows.PAGE);

        robot.interact(() -> table.scrollTo(ENTRIES - 1));

        // An entry of the oldest page on screen: whether the very last row is drawn depends on the fonts' metrics
        // (a horizontal scroll bar can take its place), not on paging.
        long oldestPage = ENTRIES - 3L * AuditRows.PAGE;
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".table-row-cell").queryAllAs(
                TableRow.class).stream().anyMatch(row -> row.getItem() instanceof AuditEntry e
                && e.seq() <= oldestPage));
        assertThat(model.rowsDecoded()).isLessThanOrEqualTo(2L * AuditRows.PAGE);
    }
}
