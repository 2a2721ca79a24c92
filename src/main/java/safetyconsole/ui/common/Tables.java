package safetyconsole.ui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableColumn;

/** Read-only text columns, the only kind the console's tables and tree tables have. */
public final class Tables {

    private static final String NONE = "\u2014";

    private Tables() {
    }

    /**
     * A column showing {@code value} of each row; a missing value shows as a dash. Each cell's tooltip holds
     * its whole text, so a value cut short by the column width can still be read without resizing.
     */
    public static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> {
            String text = value.apply(cell.getValue());
            return new ReadOnlyStringWrapper(text == null ? NONE : text).getReadOnlyProperty();
        });
        column.setCellFactory(c -> new TextCell<>());
        return column;
    }

    /** A table of {@code items} with columns left at their widths; empty, it says {@code placeholder}. */
    public static <T> TableView<T> table(String id, ObservableList<T> items, ObservableStringValue placeholder) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        Label empty = new Label();
        empty.textProperty().bind(placeholder);
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        return table;
    }

    /** A column of a tree table showing {@code value} of each row; the invisible root shows nothing. */
    public static <T> TreeTableColumn<T, String> treeColumn(String title, double width, Function<T, String> value) {
        TreeTableColumn<T, String> column = new TreeTableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue() == null ? ""
                : value.apply(cell.getValue().getValue())).getReadOnlyProperty());
        return column;
    }

    /** A text cell whose tooltip repeats its text (for text cut short by the column's width). */
    private static final class TextCell<T> extends TableCell<T, String> {

        TextCell() {
            LazyTooltips.install(this, this::tooltipText);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            LazyTooltips.refresh(this, this::tooltipText);
        }

        private String tooltipText() {
            String item = getItem();
            return isEmpty() || item == null || item.equals(NONE) ? null : item;
        }
    }
}
