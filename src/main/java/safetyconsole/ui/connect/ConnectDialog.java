package safetyconsole.ui.connect;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.ui.common.Fxml;
import safetyconsole.ui.common.ModalStage;

/**
 * Picks the AWS account to open: profile, region, optional endpoint and other regions. Enter connects, Esc cancels;
 * connecting runs in the background and a failure leaves everything as typed, with the reason below. "Demo account"
 * goes back.
 */
public final class ConnectDialog {

    private final Stage stage;
    private final ConnectViewModel model;
    private final Runnable demo;
    private boolean switchedToDemo;
    @FXML
    private Label connectCurrent;
    @FXML
    private VBox inputs;
    @FXML
    private Label profileLabel;
    @FXML
    private ListView<ProfileChoice> connectProfiles;
    @FXML
    private Label regionLabel;
    @FXML
    private ComboBox<String> connectRegion;
    @FXML
    private Label connectRegionHint;
    @FXML
    private Label endpointLabel;
    @FXML
    private TextField connectEndpoint;
    @FXML
    private Label connectEndpointProblem;
    @FXML
    private Label alsoReadLabel;
    @FXML
    private TextField connectAlsoRead;
    @FXML
    private Label connectAlsoReadProblem;
    @FXML
    private ProgressIndicator connectProgress;
    @FXML
    private Label connectMessage;
    @FXML
    private Button connectDemo;
    @FXML
    private Button connectButton;

    /**
     * @param current   what the window shows now, or null
     * @param demo      switches the window to the demo account
     * @param cancelled runs when the dialog closes without an account chosen
     */
    public ConnectDialog(Window owner, ConnectViewModel model, String current, Runnable demo, Runnable cancelled) {
        this.model = model;
        this.demo = demo;
        VBox root = Fxml.load(this);
        connectCurrent.setText(current == null ? "" : "Now: " + current);
        connectCurrent.setManaged(current != null);
        bindInputs();
        bindStatus();
        connectDemo.disableProperty().bind(model.busyProperty());
        connectButton.disableProperty().bind(Bindings.not(model.connectable()));
        // A ListView keeps Enter to itself; in the profile list it means Connect, as everywhere in the dialog.
        connectProfiles.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                connectButton.fire();
            }
        });

        stage = ModalStage.over(owner, "Connect \u2014 OpsWorks Safety Console", root);
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
        stage.setOnShown(event -> connectProfiles.requestFocus());
        // Inputs are disabled while busy, which moves focus away; give it back to the list after a failure.
        model.busyProperty().addListener((obs, was, busy) -> {
            if (!busy && !model.connectedProperty().get()) {
                connectProfiles.requestFocus();
            }
        });
        // Hints and messages come and go: the window grows with them instead of squeezing or cutting them.
        for (Label text : new Label[] {connectRegionHint, connectEndpointProblem, connectAlsoReadProblem,
            connectMessage}) {
            text.textProperty().addListener((obs, old, changed) -> stage.sizeToScene());
        }
    }

    public void show() {
        stage.show();
    }

    private void bindInputs() {
        profileLabel.setLabelFor(connectProfiles);
        regionLabel.setLabelFor(connectRegion);
        endpointLabel.setLabelFor(connectEndpoint);
        alsoReadLabel.setLabelFor(connectAlsoRead);
        connectProfiles.setItems(model.profiles());
        bindSelection(connectProfiles);
        connectRegion.setItems(model.regions());
        connectRegion.valueProperty().bindBidirectional(model.regionProperty());
        connectRegionHint.textProperty().bind(model.regionHint());
        connectEndpoint.textProperty().bindBidirectional(model.endpointProperty());
        connectEndpointProblem.textProperty().bind(model.endpointProblemProperty());
        connectAlsoRead.textProperty().bindBidirectional(model.alsoReadProperty());
        connectAlsoReadProblem.textProperty().bind(model.alsoReadProblemProperty());
        for (Label hint : new Label[] {connectRegionHint, connectEndpointProblem, connectAlsoReadProblem}) {
            hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        }
        inputs.disableProperty().bind(model.busyProperty());
    }

    private void bindStatus() {
        connectProgress.visibleProperty().bind(model.busyProperty());
        connectProgress.managedProperty().bind(model.busyProperty());
        connectMessage.textProperty().bind(model.messageProperty());
        model.failedProperty().addListener((obs, old, failed) -> {
            connectMessage.getStyleClass().remove("status-error");
            if (failed) {
                connectMessage.getStyleClass().add("status-error");
            }
        });
    }

    @FXML
    private void connect() {
        model.connect();
    }

    @FXML
    private void cancel() {
        stage.close();
    }

    @FXML
    private void demo() {
        switchedToDemo = true;
        stage.close();
        demo.run();
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
}
