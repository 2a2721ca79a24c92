package safetyconsole.ui.audit;

import static safetyconsole.ui.common.Tables.column;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.audit.AuditEntry;
import safetyconsole.audit.AuditLog;
import safetyconsole.audit.Operator;
import safetyconsole.audit.VerifyReport;
import safetyconsole.ui.common.AfterLayout;
import safetyconsole.ui.common.FirstRows;
import safetyconsole.ui.common.Fxml;
import safetyconsole.ui.common.TaskRunner;

/** The audit log window: one per console, brought to the front when asked for again. */
public final class AuditWindow {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static Stage open;
    private static AuditViewModel openModel;
    /** Whether a window's view is being built: a second request meanwhile opens no second window. */
    private static boolean building;

    private final AuditViewModel model;
    private final BorderPane root;
    @FXML
    private ComboBox<String> auditStackFilter;
    @FXML
    private ComboBox<String> auditOperationFilter;
    @FXML
    private ComboBox<String> auditOperatorFilter;
    @FXML
    private Button auditReloadButton;
    @FXML
    private Button auditVerifyButton;
    @FXML
    private Button auditSealButton;
    @FXML
    private Button auditCheckSealButton;
    @FXML
    private Button auditExportButton;
    @FXML
    private TableView<AuditEntry> auditTable;
    @FXML
    private Label auditMessage;

    AuditWindow(AuditViewModel model) {
        this.model = model;
        root = Fxml.load(this);
        auditTable.setItems(model.shown());
        addColumns();
        makeFirstRowsOverTwoFrames();
        filter(auditStackFilter, model.stacks(), model.stackFilterProperty());
        filter(auditOperationFilter, model.operations(), model.operationFilterProperty());
        filter(auditOperatorFilter, model.operators(), model.operatorFilterProperty());
        for (Button button : new Button[] {auditReloadButton, auditVerifyButton, auditSealButton,
            auditCheckSealButton, auditExportButton}) {
            button.disableProperty().bind(model.busyProperty());
        }
        auditMessage.textProperty().bind(model.messageProperty());
        model.verifiedProperty().addListener((obs, old, status) -> {
            auditMessage.getStyleClass().removeAll("status-error", "status-ok");
            if (status != null) {
                auditMessage.getStyleClass().add(status == VerifyReport.Status.INTACT
                        || status == VerifyReport.Status.TORN_TAIL ? "status-ok" : "status-error");
            }
        });
    }

    /**
     * Opens the window on {@code model}, or brings the open one to the front. Its view (the layout, a table of twelve
     * columns, the filters) is built on {@code runner}: tens of ms the FX thread spends on frames instead. Nodes may
     * be made on any thread until they are on a scene that is showing, and the model is idle until the window shows.
     */
    public static void show(Window owner, AuditViewModel model, TaskRunner runner) {
        if (openOrBuilding()) {
            return;
        }
        building = true;
        runner.run("Build the audit log window", () -> new AuditWindow(model), view -> {
            building = false;
            view.showBeside(owner);
        }, error -> {
            building = false;
            throw new IllegalStateException("The audit log window could not be built", error);
        });
    }

    /** For callers that only have a runner: the model is made here, unless a window is open or being built. */
    public static void show(Window owner, AuditLog log, Operator operator, TaskRunner runner) {
        if (openOrBuilding()) {
            return;
        }
        show(owner, new AuditViewModel(log, operator, runner), runner);
    }

    private void showBeside(Window owner) {
        // The table joins a frame after the filters and the status bar: styling and laying out the whole window in
        // its first frame was the longest frame of its opening (FrameGapBench). The log is read once the table is
        // drawn: its reading takes both cores for a second, which left the FX thread a third of one for those frames.
        root.setCenter(null);
        AfterLayout.frameByFrame(root, List.of(() -> {
            root.setCenter(auditTable);
            auditTable.requestFocus();
        }, model::load));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Audit log \u2014 OpsWorks Safety Console");
        Scene scene = new Scene(root, 1280, 640);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        open = stage;
        openModel = model;
    }

    /** Whether a window is open (now brought to the front) or being built: then no other is made. */
    private static boolean openOrBuilding() {
        return bringOpenToFront() || building;
    }

    /** An open window keeps its model: it is brought to the front and that model, the one shown, reloads. */
    private static boolean bringOpenToFront() {
        if (open == null || !open.isShowing()) {
            return false;
        }
        open.toFront();
        openModel.load();
        return true;
    }

    /** When the first page arrives, its rows are made over two frames, the upper half first ({@link FirstRows}). */
    private void makeFirstRowsOverTwoFrames() {
        model.shown().addListener(new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends AuditEntry> change) {
                if (!model.shown().isEmpty()) {
                    model.shown().removeListener(this);
                    AfterLayout.fromNowFrameByFrame(auditTable,
                            FirstRows.overFrames(auditTable, auditTable::getHeight, 2));
                }
            }
        });
    }

    private void addColumns() {
        var columns = auditTable.getColumns();
        columns.add(column("#", 70, row(e -> Long.toString(e.seq()))));
        columns.add(column("Time", 165, row(e -> TIME.format(e.time()))));
        columns.add(column("Operator", 120, row(AuditViewModel::operatorOf)));
        columns.add(column("Stack", 120, row(e -> e.record().stackName())));
        columns.add(column("Environment", 125, row(e -> e.record().environment())));
        columns.add(column("Operation", 260, row(e -> e.record().operation())));
        columns.add(column("Phase", 75, row(e -> e.record().phase().name())));
        columns.add(column("Targets", 260, row(e -> String.join(", ", e.record().targets()))));
        columns.add(column("Outcome", 220, row(e -> e.record().outcome())));
        columns.add(column("Options", 130, row(e -> e.record().options())));
        columns.add(column("Typed", 110, row(e -> e.record().evidence().typedText())));
        columns.add(column("Reason", 200, row(e -> e.record().evidence().reason())));
        // Rows come newest first a page at a time from the log: sorting would read every one of them.
        columns.forEach(c -> c.setSortable(false));
    }

    /** A row not read from the log yet (null) shows empty until its page arrives. */
    private static Function<AuditEntry, String> row(Function<AuditEntry, String> value) {
        return e -> e == null ? "" : value.apply(e);
    }

    private static void filter(ComboBox<String> box, ObservableList<String> choices, ObjectProperty<String> selected) {
        box.setItems(choices);
        box.valueProperty().bindBidirectional(selected);
    }

    @FXML
    private void reload() {
        model.load();
    }

    @FXML
    private void verify() {
        model.verify();
    }

    @FXML
    private void seal() {
        model.seal(text -> SealDialog.show(root.getScene().getWindow(), text));
    }

    @FXML
    private void checkSeal() {
        SealDialog.ask(root.getScene().getWindow(), model::verify);
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("opsworks-console-audit.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.export(file.toPath());
        }
    }
}
