package safetyconsole.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Function;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

import safetyconsole.ui.icons.UiIcon;

/** "Export" with one item per {@link ExportFormat}: each asks where to save, proposing a name, then exports. */
public final class ExportMenu extends MenuButton {

    /**
     * @param id             the menu's id; each item's is it followed by the format ("driftExportCsv")
     * @param suggestedName  the file name the save dialog proposes for a format
     * @param export         writes the report in that format to the chosen file
     */
    public ExportMenu(String id, Function<ExportFormat, String> suggestedName, BiConsumer<Path, ExportFormat> export) {
        super("Export", new FontIcon(UiIcon.EXPORT));
        setId(id);
        for (ExportFormat format : ExportFormat.values()) {
            MenuItem item = new MenuItem(format.menuText());
            item.setId(id + format.idSuffix());
            item.setOnAction(event -> {
                FileChooser chooser = new FileChooser();
                chooser.setInitialFileName(suggestedName.apply(format));
                File file = chooser.showSaveDialog(getScene().getWindow());
                if (file != null) {
                    export.accept(file.toPath(), format);
                }
            });
            getItems().add(item);
        }
    }
}
