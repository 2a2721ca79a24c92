package safetyconsole.ui.audit;

import static safetyconsole.ui.common.Tables.column;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.kordamp.ikonli.javafx.FontIcon;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.audit.AuditEntry;
import safetyconsole.audit.VerifyReport;
import safetyconsole.ui.common.TaskRunner;
import safetyconsole.ui.icons.UiIcon;

/** The audit log window: one per console, brought to the front when asked for again. */
public final class AuditWindow {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static Stage open;

    private AuditWindow() {
    }

    public static void show(Window owner, AuditViewModel model) {
        if (open != null && open.isShowing()) {
            open.toFront();
            model.load();
            return;
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Audit log \u2014 OpsWorks Safety Console");
        Scene scene = new Scene(view(stage, model), 1280, 640);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        open = stage;
        model.load();
    }

    /** The window's content, for the window and for tests. */
    public static BorderPane view(Stage stage, AuditViewModel model) {
        TableView<AuditEntry> table = new TableView<>(model.shown());
        table.setId("auditTable");
        table.getColumns().add(column("#", 45, e -> Long.toString(e.seq())));
        table.getColumns().add(column("Time", 165, e -> TIME.format(e.time())));
        table.getColumns().add(column("Operator", 120, AuditViewModel::operatorOf));
        table.getColumns().add(column("Stack", 120, e -> e.record().stackName()));
        table.getColumns().add(column("Environment", 125, e -> e.record().environment()));
        table.getColumns().add(column("Operation", 150, e -> e.record().operation()));
        table.getColumns().add(column("Phase", 75, e -> e.record().phase().name()));
        table.getColumns().add(column("Targets", 260, e -> String.join(", ", e.record().targets())));
        table.getColumns().add(column("Outcome", 220, e -> e.record().outcome()));
        table.getColumns().add(column("Options", 130, e -> e.record().options()));
        table.getColumns().add(column("Typed", 110, e -> e.record().evidence().typedText()));
        table.getColumns().add(column("Reason", 200, e -> e.record().evidence().reason()));
        table.setPlaceholder(new Label("No entries."));

        ComboBox<String> stack = filter("auditStackFilter", model.stacks(), model.stackFilterProperty());
        ComboBox<String> operation = filter("auditOperationFilter", model.operations(), model.operationFilterProperty());
        ComboBox<String> operator = filter("auditOperatorFilter", model.operators(), model.operatorFilterProperty());
        Button reload = new Button("Reload", new FontIcon(UiIcon.REFRESH));
        reload.setOnAction(event -> model.load());
        Button verify = new Button("Verify", new FontIcon(UiIcon.SHIELD_CHECK_OUTLINE));
        verify.setId("auditVerifyButton");
        verify.setOnAction(event -> model.verify());
        Button export = new Button("Export CSV\u2026", new FontIcon(UiIcon.EXPORT));
        export.setId("auditExportButton");
        export.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("opsworks-console-audit.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                model.export(file.toPath());
            }
        });
        for (Button button : new Button[] {reload, verify, export}) {
            button.disableProperty().bind(model.busyProperty());
        }
        HBox bar = new HBox(8, new Label("Stack"), stack, new Label("Operation"), operation, new Label("Operator"),
                operator, reload, verify, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));

        Label message = new Label();
        message.setId("auditMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.verifiedProperty().addListener((obs, old, status) -> {
            message.getStyleClass().removeAll("status-error", "status-ok");
            message.getStyleClass().add(status == VerifyReport.Status.TAMPERED ? "status-error" : "status-ok");
        });
        HBox status = new HBox(message);
        status.getStyleClass().add("status-bar");
        status.setPadding(new Insets(6, 10, 6, 10));

        BorderPane root = new BorderPane(table, bar, null, status, null);
        root.setId("auditView");
        return root;
    }

    private static ComboBox<String> filter(String id, javafx.collections.ObservableList<String> choices,
                                           javafx.beans.property.ObjectProperty<String> selected) {
        ComboBox<String> box = new ComboBox<>(choices);
        box.setId(id);
        box.valueProperty().bindBidirectional(selected);
        return box;
    }

    /** For callers that only have a runner: the model is built here. */
    public static void show(Window owner, safetyconsole.audit.AuditLog log, TaskRunner runner) {
        show(owner, new AuditViewModel(log, runner));
    }
}
