package safetyconsole.ui.logrotate;

import static safetyconsole.ui.logrotate.LogRotationView.code;
import static safetyconsole.ui.logrotate.LogRotationView.section;
import static safetyconsole.ui.logrotate.LogRotationView.wrapped;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import safetyconsole.logrotate.InstanceLogrotateLook;
import safetyconsole.logrotate.LookText;

/**
 * What the look on one instance found, as the instance said it (escaped): the logrotate files naming the log
 * directory and any old OpsWorks file, logrotate -d's findings, the files in the directory, what was cut and what
 * could not be read.
 */
public final class InstanceLookView extends VBox {

    /** A look's text areas stay shorter than the tab's own snippets: several stack up below the instances. */
    private static final int LOOK_ROWS = 10;
    private final VBox found = new VBox(6);

    public InstanceLookView(InstanceLookViewModel model) {
        super(6);
        setId("instanceLookView");
        Label message = wrapped("", null);
        message.setId("instanceLookMessage");
        message.getStyleClass().add("section-title");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        getChildren().addAll(message, found);
        model.shownProperty().addListener((obs, old, look) -> show(look));
        show(model.shownProperty().get());
    }

    private void show(InstanceLogrotateLook look) {
        found.getChildren().clear();
        if (look == null) {
            return;
        }
        look.cutIn().ifPresent(where -> found.getChildren().add(wrapped(LookText.cutNotice(where), "status-error")));
        if (!look.logrotateFound()) {
            found.getChildren().add(wrapped("logrotate is not installed on " + look.instanceId()
                    + ": nothing outside the app rotates logs there.", "status-error"));
        }
        for (InstanceLogrotateLook.LogrotateFile file : look.files()) {
            found.getChildren().addAll(wrapped(LookText.fileHeading(file), null),
                    code("instanceLookFile", LookText.fileText(file), LOOK_ROWS));
        }
        if (look.files().isEmpty()) {
            found.getChildren().add(wrapped("No file under /etc/logrotate.d names " + look.logDirectory() + ".",
                    null));
        }
        if (look.logrotateFound()) {
            found.getChildren().add(section("logrotate -d"));
            found.getChildren().add(look.dryRunLines().isEmpty()
                    ? wrapped("logrotate -d says nothing about " + look.logDirectory() + ".", null)
                    : code("instanceLookDryRun", LookText.dryRun(look), LOOK_ROWS));
        }
        found.getChildren().add(section("Files in " + look.logDirectory()));
        found.getChildren().add(look.logFiles().isEmpty() ? wrapped("None (or no such directory).", null)
                : code("instanceLookLogFiles", LookText.logFiles(look), LOOK_ROWS));
        if (!look.unparsed().isEmpty()) {
            found.getChildren().add(section("Not read"));
            look.unparsed().forEach(sentence -> found.getChildren().add(wrapped(sentence, "hint")));
        }
    }
}
