package safetyconsole.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import safetyconsole.text.Printable;
import safetyconsole.ui.common.LazyTooltips;

/**
 * A stack in the list: a color chip, the name, what holds it and where it came from (for the stacks that are not
 * OpsWorks stacks), and the environment in words with the region.
 */
final class StackListCell extends ListCell<StackEntry> {

    /** The chip, the gap after it and the cell's padding: what the text lines have less than the cell. */
    private static final double ORIGIN_INSET = 40;

    private final Region chip = new Region();
    private final Label name = new Label();
    private final Label kindAndOrigin = new Label();
    private final Label environment = new Label();
    private final HBox graphic;

    StackListCell() {
        chip.getStyleClass().add("stack-chip");
        name.getStyleClass().add("stack-name");
        kindAndOrigin.getStyleClass().add("stack-origin");
        kindAndOrigin.managedProperty().bind(kindAndOrigin.visibleProperty());
        // The origin line is long: it wraps within the list's width rather than widen every cell.
        kindAndOrigin.setWrapText(true);
        kindAndOrigin.prefWidthProperty().bind(widthProperty().subtract(ORIGIN_INSET));
        kindAndOrigin.setMinHeight(Region.USE_PREF_SIZE);
        environment.getStyleClass().add("stack-environment");
        graphic = new HBox(10, chip, new VBox(1, name, kindAndOrigin, environment));
        graphic.setAlignment(Pos.CENTER_LEFT);
        LazyTooltips.install(this, this::classificationReason);
    }

    @Override
    protected void updateItem(StackEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        LazyTooltips.refresh(this, this::classificationReason);
        if (empty || entry == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        chip.setStyle("-fx-background-color: " + entry.color().toHex() + ";");
        chip.getStyleClass().removeAll("production-like");
        if (entry.classification().environment().productionLike()) {
            chip.getStyleClass().add("production-like");
        }
        // Names come from the account: a control or right-to-left character is shown, not obeyed.
        name.setText(Printable.of(entry.name()));
        kindAndOrigin.setText(Printable.of(entry.kindAndOrigin().orElse("")));
        kindAndOrigin.setVisible(entry.kindAndOrigin().isPresent());
        environment.setText(entry.classification().environment().label() + " \u00b7 " + entry.stack().region());
        setText(null);
        setGraphic(graphic);
    }

    /** Why the stack counts as its environment: its tooltip. */
    private String classificationReason() {
        return isEmpty() || getItem() == null ? null : getItem().classification().reason();
    }
}
