package safetyconsole.ui.logrotate;

import static safetyconsole.ui.common.Tables.column;

import java.io.File;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

import safetyconsole.logrotate.AppLogCheck;
import safetyconsole.logrotate.RailsRotation;
import safetyconsole.ui.icons.UiIcon;

/**
 * Double log rotation of the selected stack: per Rails app, the file OpsWorks writes, what the Rails code
 * does, the verdict, what breaks, and both fixes as snippets to copy.
 */
public final class LogRotationView extends VBox {

    private final LogRotationViewModel model;
    private final VBox details = new VBox(8);

    public LogRotationView(LogRotationViewModel model) {
        this.model = model;
        setId("logRotationView");
        Label message = new Label();
        message.setId("logRotationMessage");
        message.getStyleClass().add("section-title");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());

        TableView<AppLogCheck> table = new TableView<>(model.checks());
        table.setId("logRotationTable");
        table.getColumns().add(column("App", 120, c -> c.app().name()));
        table.getColumns().add(column("RAILS_ENV", 100, AppLogCheck::railsEnv));
        table.getColumns().add(column("Status", 125, c -> c.status().name().replace('_', ' ')));
        table.getColumns().add(column("Rails code from", 260, c -> c.source().orElse("not linked")));
        Label empty = new Label();
        empty.textProperty().bind(model.messageProperty());
        table.setPlaceholder(empty);
        followSelection(table, model.selectedProperty(), this::showDetails);
        details.setId("logRotationDetails");
        details.setPadding(new Insets(8, 12, 8, 12));
        getChildren().addAll(message, besideDetails(table, details, 0.4));
        setSpacing(6);
        setPadding(new Insets(8));
        // The view may be built after the check ran: show what the model already holds.
        AppLogCheck current = model.selectedProperty().get();
        if (current != null) {
            table.getSelectionModel().select(current);
        }
        showDetails(current);
    }

    private void showDetails(AppLogCheck check) {
        details.getChildren().clear();
        if (check == null) {
            return;
        }
        Label verdict = new Label(verdict(check));
        verdict.setId("logRotationVerdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().addAll("dialog-title", check.status() == AppLogCheck.Status.CONFLICT ? "status-error"
                : check.status() == AppLogCheck.Status.CLEAN ? "status-ok" : "hint");
        details.getChildren().add(verdict);
        details.getChildren().add(buttons(check));
        check.problems().forEach(p -> details.getChildren().add(wrapped(p, "hint")));
        check.opsworks().problems().forEach(p -> details.getChildren().add(wrapped(p, "status-error")));

        details.getChildren().add(section("OpsWorks writes " + check.opsworks().fileName()));
        details.getChildren().add(code("opsworksLogrotate", check.opsworks().render()));

        if (!check.rotations().isEmpty()) {
            details.getChildren().add(section("The Rails code rotates too"));
            for (RailsRotation rotation : check.rotations()) {
                details.getChildren().add(wrapped(rotation.file() + ", line " + rotation.line() + ": "
                        + rotation.detail(), null));
            }
            details.getChildren().add(section("What breaks"));
            AppLogCheck.WHAT_BREAKS.forEach(line -> details.getChildren().add(wrapped("\u2022 " + line, null)));
            check.warnings().forEach(w -> details.getChildren().add(wrapped(w, "status-error")));
            details.getChildren().add(section("Fix (recommended): rotate in one place, OpsWorks' logrotate"));
            details.getChildren().add(code("railsFix", check.railsFix()));
            details.getChildren().add(section("Or change OpsWorks' side"));
            details.getChildren().add(code("opsworksFix", check.opsworksFix()));
        }
    }

    private HBox buttons(AppLogCheck check) {
        Button linkCheckout = new Button("Link checkout\u2026", new FontIcon(UiIcon.FOLDER_OPEN_OUTLINE));
        linkCheckout.setId("linkCheckoutButton");
        linkCheckout.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("The Rails checkout of " + check.app().name());
            File root = chooser.showDialog(getScene().getWindow());
            if (root != null) {
                model.linkCheckout(check.app(), root.toPath());
            }
        });
        Button openFile = new Button("Open environment file\u2026", new FontIcon(UiIcon.FILE_DOCUMENT_OUTLINE));
        openFile.setId("openEnvironmentFileButton");
        openFile.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("config/environments/" + check.railsEnv() + ".rb of " + check.app().name());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Ruby", "*.rb"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                model.linkFile(check.app(), file.toPath());
            }
        });
        Button unlink = new Button("Unlink", new FontIcon(UiIcon.LINK_OFF));
        unlink.setId("unlinkButton");
        unlink.setDisable(check.source().isEmpty());
        unlink.setOnAction(event -> model.unlink(check.app()));
        HBox box = new HBox(6, linkCheckout, openFile, unlink);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static String verdict(AppLogCheck check) {
        return switch (check.status()) {
            case CONFLICT -> check.app().name() + " rotates its logs twice: in Ruby and with OpsWorks' logrotate.";
            case CLEAN -> check.app().name() + ": only OpsWorks' logrotate rotates its logs.";
            case NOT_CHECKED -> check.app().name() + " was not checked.";
        };
    }

    static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    /** Read-only and selectable, so the snippets can be copied. */
    static TextArea code(String id, String text) {
        return code(id, text, 14);
    }

    /** Read-only code to copy, as tall as its lines up to {@code maxRows}. */
    static TextArea code(String id, String text, int maxRows) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setEditable(false);
        area.getStyleClass().add("code");
        area.setPrefRowCount((int) Math.min(maxRows, text.lines().count() + 1));
        return area;
    }

    /** The table and the model's selection follow each other; every selection shows its details. */
    static <T> void followSelection(TableView<T> table, ObjectProperty<T> selected, Consumer<T> showDetails) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item != selected.get()) {
                selected.set(item);
            }
        });
        selected.addListener((obs, old, item) -> {
            if (item != null && table.getSelectionModel().getSelectedItem() != item) {
                table.getSelectionModel().select(item);
            }
            showDetails.accept(item);
        });
    }

    /** The table on the left, the selected row's details scrolling on the right. */
    static SplitPane besideDetails(TableView<?> table, VBox details, double tableShare) {
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, scroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(tableShare);
        VBox.setVgrow(split, Priority.ALWAYS);
        return split;
    }
}
