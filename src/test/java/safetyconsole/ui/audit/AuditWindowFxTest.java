package safetyconsole.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import safetyconsole.audit.AuditEntry;
import safetyconsole.audit.AuditLog;
import safetyconsole.audit.AuditRecord;
import safetyconsole.audit.Evidence;
import safetyconsole.audit.Operator;
import safetyconsole.audit.Phase;
import safetyconsole.guard.GuardedOperation;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.FxTaskRunner;
import safetyconsole.ui.shell.ConsoleApp;

/** The real audit window over a log of three entries: filtering by stack, and verifying the chain. */
@ExtendWith(ApplicationExtension.class)
class AuditWindowFxTest {

    private static final Operator OPERATOR = new Operator("carol", "ws-3");
    @TempDir
    static Path dir;
    private final FxTaskRunner runner = new FxTaskRunner();
    private AuditLog log;
    private Stage owner;

    @Start
    void start(Stage stage) {
        log = new AuditLog(dir.resolve(System.nanoTime() + ".jsonl"), TestClocks.fixed(),
                AuditLog.Durability.OS_BUFFERED);
        append("alice", "shop-prod", "DELETE_INSTANCE");
        append("bob", "shop-dev", "STOP_INSTANCE");
        append("alice", "shop-dev", "STOP_INSTANCE");
        ConsoleApp.applyTheme();
        stage.setScene(ConsoleApp.scene(new StackPane()));
        stage.show();
        owner = stage;
        AuditWindow.show(stage, log, OPERATOR, runner);
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
    void choosingAStackShowsOnlyItsEntries(FxRobot robot) throws Exception {
        TableView<AuditEntry> table = robot.lookup("#auditTable").queryTableView();
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);

        robot.clickOn("#auditStackFilter");
        robot.clickOn(robot.lookup(".list-cell").match((Labeled cell) -> "shop-dev".equals(cell.getText()))
                .queryAs(Labeled.class));

        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(e -> e.record().stackName()).containsOnly("shop-dev");
    }

    @Test
    void theFirstPageEndsFillingTheWindowBelowItsFilters(FxRobot robot) throws Exception {
        TableView<AuditEntry> table = robot.lookup("#auditTable").queryTableView();
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);

        waitFor(10, TimeUnit.SECONDS, () -> table.getMaxHeight() == Region.USE_COMPUTED_SIZE);
        BorderPane view = (BorderPane) table.getParent();
        waitFor(10, TimeUnit.SECONDS, () -> table.getHeight() > view.getHeight() * 3 / 4);
        assertThat(table.isFocused()).as("the keyboard starts in the table").isTrue();
        double[] tableBottomAndBarTop = WaitForAsyncUtils.asyncFx(() -> new double[] {
            table.getBoundsInParent().getMaxY(), view.getBottom().getBoundsInParent().getMinY()}).get();
        assertThat(tableBottomAndBarTop[0]).as("the table reaches the status bar").isEqualTo(tableBottomAndBarTop[1]);
    }

    @Test
    void aSixDigitNumberAndTheLongestOperationFitTheirColumns(FxRobot robot) throws Exception {
        TableView<AuditEntry> table = robot.lookup("#auditTable").queryTableView();
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        // The rows are made over two frames after the entries arrive: wait for a cell to measure.
        waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> table.lookup(".table-cell") != null).get());
        String longest = operationNames(GuardedOperation.class).stream()
                .max(Comparator.comparingInt(String::length)).orElseThrow();

        double[] neededAndWidths = WaitForAsyncUtils.asyncFx(() -> {
            Region cell = (Region) table.lookup(".table-cell");
            Font font = ((Labeled) cell).getFont();
            double padding = cell.getInsets().getLeft() + cell.getInsets().getRight();
            return new double[] {textWidth("100000", font) + padding, column(table, "#").getWidth(),
                textWidth(longest, font) + padding, column(table, "Operation").getWidth()};
        }).get();

        assertThat(neededAndWidths[1]).as("the # column's width for 100000").isGreaterThanOrEqualTo(neededAndWidths[0]);
        assertThat(neededAndWidths[3]).as("the Operation column's width for " + longest)
                .isGreaterThanOrEqualTo(neededAndWidths[2]);
    }

    /** The names the audit log records as operations: those of every guarded operation's constants. */
    private static List<String> operationNames(Class<?> type) {
        if (type.isEnum()) {
            return Stream.of(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }
        return Stream.of(type.getPermittedSubclasses()).flatMap(sub -> operationNames(sub).stream()).toList();
    }

    private static double textWidth(String text, Font font) {
        Text shape = new Text(text);
        shape.setFont(font);
        return shape.getLayoutBounds().getWidth();
    }

    private static TableColumn<AuditEntry, ?> column(TableView<AuditEntry> table, String title) {
        return table.getColumns().stream().filter(c -> title.equals(c.getText())).findFirst().orElseThrow();
    }

    @Test
    void verifySaysTheChainIsIntact(FxRobot robot) throws Exception {
        robot.clickOn("#auditVerifyButton");

        Label message = robot.lookup("#auditMessage").queryAs(Label.class);
        waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("3 entries, chain intact"));
        assertThat(message.getStyleClass()).contains("status-ok").doesNotContain("status-error");
    }

    @Test
    void verifyShowsTamperingAsAnError(FxRobot robot) throws Exception {
        List<String> lines = Files.readAllLines(log.file());
        lines.set(0, lines.get(0).replace("alice", "mallory"));
        Files.write(log.file(), lines);

        robot.clickOn("#auditVerifyButton");

        Label message = robot.lookup("#auditMessage").queryAs(Label.class);
        waitFor(10, TimeUnit.SECONDS, () -> message.getText().contains("changed after it was written"));
        assertThat(message.getText()).contains("line 1");
        assertThat(message.getStyleClass()).contains("status-error").doesNotContain("status-ok");
    }

    @Test
    void aSealShownCanBePastedBackToCheckTheLog(FxRobot robot) throws Exception {
        robot.clickOn("#auditSealButton");

        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sealText").tryQuery().isPresent());
        String seal = robot.lookup("#sealText").queryAs(TextArea.class).getText();
        assertThat(seal).startsWith("OpsWorks Safety Console audit seal\nentries: 3\n").contains("by: carol@ws-3\n");
        robot.clickOn("Close");
        append("dave", "shop-prod", "STOP_INSTANCE");

        robot.clickOn("#auditCheckSealButton");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sealText").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#sealText").queryAs(TextArea.class).setText(seal));
        robot.clickOn("#sealCheckButton");

        Label message = robot.lookup("#auditMessage").queryAs(Label.class);
        waitFor(10, TimeUnit.SECONDS, () -> message.getText().contains("It still holds the 3 entries sealed"));
        assertThat(message.getText()).startsWith("4 entries, chain intact.");
        assertThat(message.getStyleClass()).contains("status-ok");
    }

    @Test
    void openingItAgainReloadsTheWindowAlreadyOpen(FxRobot robot) throws Exception {
        TableView<AuditEntry> table = robot.lookup("#auditTable").queryTableView();
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        append("carol", "shop-prod", "STOP_INSTANCE");

        robot.interact(() -> AuditWindow.show(owner, log, OPERATOR, runner));

        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        assertThat(auditWindows()).hasSize(1);
    }

    @Test
    void askingTwiceWhileItIsBeingBuiltOpensOneWindow(FxRobot robot) throws Exception {
        robot.interact(() -> List.copyOf(auditWindows()).forEach(Window::hide));

        robot.interact(() -> {
            AuditWindow.show(owner, log, OPERATOR, runner);
            AuditWindow.show(owner, log, OPERATOR, runner);
        });

        // The table joins its window a frame after the window shows: until then there is none to ask.
        waitFor(10, TimeUnit.SECONDS, () -> auditWindows().size() == 1 && robot.lookup("#auditTable").tryQuery()
                .map(table -> ((TableView<?>) table).getItems().size() == 3).orElse(false));
        assertThat(auditWindows()).hasSize(1);
    }

    private static List<Window> auditWindows() {
        return Window.getWindows().filtered(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith("Audit log"));
    }

    private void append(String user, String stack, String operation) {
        log.append(new AuditRecord(new Operator(user, "ws"), "arn:aws:iam::1:user/" + user, "1", "us-east-1",
                "id-" + stack, stack, "PRODUCTION", operation, null, "plan", List.of("i"),
                new Evidence(stack, null, null), Phase.INTENT, null));
    }
}
