package safetyconsole.ui.dialogs;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.ui.common.AppIcons;
import safetyconsole.ui.common.Fxml;
import safetyconsole.ui.common.ModalStage;

/** Version, runtime and where the console keeps its files (selectable, to paste into a ticket). */
public final class AboutDialog {

    private final Stage stage;
    @FXML
    private ImageView icon;
    @FXML
    private Label title;
    @FXML
    private TextArea aboutDetails;

    public AboutDialog(Window owner, AboutFacts facts) {
        String version = versionOf(AboutDialog.class);
        VBox root = Fxml.load(this);
        icon.setImage(AppIcons.sized(128).orElse(null));
        title.setText("OpsWorks Safety Console " + version);
        aboutDetails.setText(details(facts, version));
        stage = ModalStage.over(owner, "About \u2014 OpsWorks Safety Console", root);
        AppIcons.sameAs(owner, stage);
    }

    public void show() {
        stage.show();
    }

    @FXML
    private void close() {
        stage.close();
    }

    static String details(AboutFacts facts, String version) {
        return String.join("\n",
                "Version        " + version,
                "Java           " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vendor") + ")",
                "JavaFX         " + System.getProperty("javafx.runtime.version", "unknown"),
                "Account source " + facts.accountSource(),
                "Settings       " + facts.settingsFile(),
                "Audit log      " + facts.auditLog(),
                "Rails links    " + facts.railsLinks(),
                "Logs           " + facts.logFile());
    }

    /** The jar manifest's version; a development build has none. */
    static String versionOf(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
