package safetyconsole.ui.logrotate;

import static safetyconsole.ui.common.Tables.column;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import safetyconsole.logrotate.MigratedLogCheck;
import safetyconsole.logrotate.OsRotator;
import safetyconsole.logrotate.RailsRotation;
import safetyconsole.logrotate.WorkerProcesses;

/**
 * Log rotation of a stack migrated off OpsWorks: per Rails app, what rotates its log outside the app and in Ruby,
 * the verdict, and both fixes as snippets to copy.
 */
public final class MigratedLogRotationView extends VBox {

    private final VBox details = new VBox(8);

    public MigratedLogRotationView(MigratedLogRotationViewModel model) {
        setId("migratedLogRotationView");
        Label message = new Label();
        message.setId("migratedLogMessage");
        message.getStyleClass().add("section-title");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());

        TableView<MigratedLogCheck> table = new TableView<>(model.apps());
        table.setId("migratedLogTable");
        table.getColumns().add(column("App", 84, check -> check.app().name()));
        table.getColumns().add(column("Verdict", 100, check -> check.verdict().name().replace('_', ' ')));
        table.getColumns().add(column("Log", 280, MigratedLogCheck::logPath));
        Label empty = new Label();
        empty.textProperty().bind(model.messageProperty());
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        LogRotationView.followSelection(table, model.selectedProperty(), this::showDetails);
        details.setId("migratedLogDetails");
        details.setPadding(new Insets(8, 12, 8, 12));
        getChildren().addAll(message, LogRotationView.besideDetails(table, details, 0.45));
        setSpacing(6);
        setPadding(new Insets(8));
        // The view may be built after the check ran: show what the model already holds.
        showDetails(model.selectedProperty().get());
    }

    private void showDetails(MigratedLogCheck check) {
        details.getChildren().clear();
        if (check == null) {
            return;
        }
        Label verdict = LogRotationView.wrapped(check.summary(), null);
        verdict.setId("migratedLogVerdict");
        verdict.getStyleClass().addAll("dialog-title", switch (check.verdict()) {
            case DOUBLE, NONE, MULTI_PROCESS -> "status-error";
            case CLEAN -> "status-ok";
            case NOT_CHECKED -> "hint";
        });
        details.getChildren().add(verdict);
        if (!check.osRotators().isEmpty()) {
            details.getChildren().add(LogRotationView.section("Rotated outside the app"));
            for (OsRotator rotator : check.osRotators()) {
                details.getChildren().add(LogRotationView.wrapped(rotator.words(), null));
            }
        }
        if (!check.railsRotations().isEmpty()) {
            details.getChildren().add(LogRotationView.section("Rotated in Ruby"));
            for (RailsRotation rotation : check.railsRotations()) {
                details.getChildren().add(LogRotationView.wrapped(rotation.file() + ", line " + rotation.line()
                        + ": " + rotation.detail(), null));
            }
        }
        if (!check.workers().isEmpty()) {
            details.getChildren().add(LogRotationView.section("Several worker processes"));
            for (WorkerProcesses.Finding worker : check.workers()) {
                details.getChildren().add(LogRotationView.wrapped(worker.words(), null));
            }
        }
        check.notChecked().forEach(reason -> details.getChildren().add(LogRotationView.wrapped(reason, "hint")));
        details.getChildren().add(LogRotationView.wrapped("Rails code from " + check.railsSource()
                .orElse("nowhere: nothing linked"), "hint"));
        if (!check.recommendedFix().isEmpty()) {
            details.getChildren().add(LogRotationView.section("Fix (recommended)"));
            details.getChildren().add(LogRotationView.code("migratedRecommendedFix", check.recommendedFix()));
        }
        if (!check.otherFix().isEmpty()) {
            details.getChildren().add(LogRotationView.section("Or the other way"));
            details.getChildren().add(LogRotationView.code("migratedOtherFix", check.otherFix()));
        }
    }
}
