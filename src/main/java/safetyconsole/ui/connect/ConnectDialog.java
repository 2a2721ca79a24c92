package safetyconsole.ui.connect;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.ui.common.ModalStage;

/**
 * Picks the AWS account to open: profile, region, optional endpoint. Enter connects, Esc cancels; connecting runs
 * in the background and a failure leaves everything as typed, with the reason below. "Demo account" goes back.
 */
public final class ConnectDialog {

    private final Stage stage;
    private final ConnectViewModel model;
    private boolean switchedToDemo;

    /**
     * @param current   what the window shows now, or null
     * @param demo      switches the window to the demo account
     * @param cancelled runs when the dialog closes without an account chosen
     */
    public ConnectDialog(Window owner, ConnectViewModel model, String current, Runnable demo, Runnable cancelled) {
        this.model = model;
        Label title = new Label("Connect to an AWS account");
        title.getStyleClass().add("dialog-title");
        Label now = new Label(current == null ? "" : "Now: " + current);
        now.setId("connectCurrent");
        now.getStyleClass().add("hint");
        now.setManaged(current != null);

        ListView<ProfileChoice> profiles = new ListView<>(model.profiles());
        profiles.setId("connectProfiles");
        profiles.setPrefHeight(200);
        profiles.setMinHeight(Region.USE_PREF_SIZE);
        profiles.setPlaceholder(new Label("No profiles in your AWS config."));
        bindSelection(profiles);

        ComboBox<String> region = new ComboBox<>(model.regions());
        region.setId("connectRegion");
        region.valueProperty().bindBidirectional(model.regionProperty());
        region.setPromptText("Pick the OpsWorks Stacks region");
        region.setMaxWidth(Double.MAX_VALUE);
        Label regionHint = hint("connectRegionHint");
        regionHint.textProperty().bind(model.regionHint());

        TextField endpoint = new TextField();
        endpoint.setId("connectEndpoint");
        endpoint.setPromptText("empty: AWS itself; e.g. http://127.0.0.1:5000 for a local emulator");
        endpoint.textProperty().bindBidirectional(model.endpointProperty());
        Label endpointProblem = hint("connectEndpointProblem");
        endpointProblem.getStyleClass().add("status-error");
        endpointProblem.textProperty().bind(model.endpointProblemProperty());

        VBox inputs = new VBox(6, label("Profile", profiles), profiles, label("Region", region), region, regionHint,
                label("Endpoint URL (optional)", endpoint), endpoint, endpointProblem);
        inputs.disableProperty().bind(model.busyProperty());

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("connectProgress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        Label message = new Label();
        message.setId("connectMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        model.failedProperty().addListener((obs, old, failed) -> {
            message.getStyleClass().remove("status-error");
            if (failed) {
                message.getStyleClass().add("status-error");
            }
        });
        HBox status = new HBox(8, progress, message);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setMinHeight(40);

        Button demoButton = new Button("Demo account");
        demoButton.setId("connectDemo");
        demoButton.disableProperty().bind(model.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("connectCancel");
        cancel.setCancelButton(true);
        Button connect = new Button("Connect");
        connect.setId("connectButton");
        connect.setDefaultButton(true);
        connect.disableProperty().bind(Bindings.not(model.connectable()));
        // A ListView keeps Enter to itself; in the profile list it means Connect, as everywhere in the dialog.
        profiles.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                connect.fire();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, demoButton, spacer, cancel, connect);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, title, now, inputs, status, buttons);
        root.setId("connectDialog");
        root.setPadding(new Insets(16, 18, 14, 18));
        root.setPrefWidth(620);

        stage = ModalStage.over(owner, "Connect \u2014 OpsWorks Safety Console", root);
        cancel.setOnAction(event -> stage.close());
        connect.setOnAction(event -> model.connect());
        demoButton.setOnAction(event -> {
            switchedToDemo = true;
            stage.close();
            demo.run();
        });
        model.connectedProperty().addListener((obs, old, connected) -> {
            if (connected) {
                stage.close();
            }
        });
        stage.setOnHidden(event -> {
            model.close();
            if (!model.connectedProperty().get() && !switchedToDemo) {
                cancelled.run();
            }
        });
        stage.setOnShown(event -> profiles.requestFocus());
        // Inputs are disabled while busy, which moves focus away; give it back to the list after a failure.
        model.busyProperty().addListener((obs, was, busy) -> {
            if (!busy && !model.connectedProperty().get()) {
                profiles.requestFocus();
            }
        });
        // Hints and messages come and go: the window grows with them instead of squeezing or cutting them.
        for (Label text : new Label[] {regionHint, endpointProblem, message}) {
            text.textProperty().addListener((obs, old, changed) -> stage.sizeToScene());
        }
    }

    public void show() {
        stage.show();
    }

    /** List selection and the model's profile, kept in step both ways (a ListView has no bindable selection). */
    private void bindSelection(ListView<ProfileChoice> profiles) {
        profiles.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.profileProperty().set(chosen);
            }
        });
        model.profileProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && !chosen.equals(profiles.getSelectionModel().getSelectedItem())) {
                profiles.getSelectionModel().select(chosen);
                profiles.scrollTo(chosen);
            }
        });
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Label hint(String id) {
        Label hint = new Label();
        hint.setId(id);
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        return hint;
    }
}
