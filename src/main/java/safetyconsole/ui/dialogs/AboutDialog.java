package safetyconsole.ui.dialogs;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import safetyconsole.ui.common.AppIcons;
import safetyconsole.ui.common.ModalStage;

/** Version, runtime and where the console keeps its files (selectable, to paste into a ticket). */
public final class AboutDialog {

    private final Stage stage;

    public AboutDialog(Window owner, AboutFacts facts) {
        String version = versionOf(AboutDialog.class);
        Label title = new Label("OpsWorks Safety Console " + version);
        title.getStyleClass().add("dialog-title");
        Label what = new Label("Runs AWS OpsWorks Stacks operations without the classic mistakes. Nothing it does"
                + " reaches anything but the account you connect it to.");
        what.setWrapText(true);
        TextArea paths = new TextArea(details(facts, version));
        paths.setId("aboutDetails");
        paths.setEditable(false);
        paths.getStyleClass().add("code");
        paths.setPrefRowCount(9);
        Button close = new Button("Close");
        close.setId("aboutClose");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        ImageView icon = new ImageView(AppIcons.sized(128).orElse(null));
        icon.setFitWidth(64);
        icon.setFitHeight(64);
        VBox text = new VBox(8, title, what);
        VBox root = new VBox(12, new HBox(16, icon, text), paths, close);
        root.setId("aboutDialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(720);
        stage = ModalStage.over(owner, "About \u2014 OpsWorks Safety Console", root);
        close.setOnAction(event -> stage.close());
        AppIcons.sameAs(owner, stage);
    }

    public void show() {
        stage.show();
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
