package safetyconsole.ui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;

import safetyconsole.text.Printable;

/** Read-only text columns, the only kind the console's tables and tree tables have. */
public final class Tables {

    private static final String NONE = "\u2014";
    /**
     * The width JavaFX gives a column by default. A column left at it is sized to its content when first shown:
     * a row and cells made, filled and styled for up to 30 items, in the frame that shows the table.
     */
    static final double MEASURED_WIDTH = 80;

    private Tables() {
    }

    /**
     * A column showing {@code value} of each row; a missing value shows as a dash. Each cell's tooltip holds
     * its whole text, so a value cut short by the column width can still be read without resizing.
     */
    public static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        return column(title, width, value, value);
    }

    /**
     * A column showing {@code value} of each row, its cells' tooltips {@code tooltip} of the row (more than the cell
     * has room for: names with their ids); no tooltip where that is null.
     */
    public static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value,
                                                    Function<T, String> tooltip) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(chosen(width));
        column.setCellValueFactory(cell -> {
            String text = value.apply(cell.getValue());
            return new ReadOnlyStringWrapper(text == null ? NONE : Printable.ofLines(text)).getReadOnlyProperty();
        });
        column.setCellFactory(c -> new TextCell<>(tooltip));
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

    /**
     * A column of a tree table showing {@code value} of each row; the invisible root shows nothing. Its cells'
     * tooltips hold their whole text, as {@link #column} does.
     */
    public static <T> TreeTableColumn<T, String> treeColumn(String title, double width, Function<T, String> value) {
        return treeColumn(title, width, value, value);
    }

    /** A tree table's column whose cells' tooltips are {@code tooltip} of the row; none where that is null. */
    public static <T> TreeTableColumn<T, String> treeColumn(String title, double width, Function<T, String> value,
                                                            Function<T, String> tooltip) {
        TreeTableColumn<T, String> column = new TreeTableColumn<>(title);
        column.setPrefWidth(chosen(width));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue() == null ? ""
                : Printable.ofLines(value.apply(cell.getValue().getValue()))).getReadOnlyProperty());
        column.setCellFactory(c -> new TreeTextCell<>(tooltip));
        return column;
    }

    /** {@code width}, refused where JavaFX would measure the column's cells instead of taking it. */
    private static double chosen(double width) {
        if (width == MEASURED_WIDTH) {
            throw new IllegalArgumentException("a column " + MEASURED_WIDTH
                    + " px wide is sized to its content when first shown; choose another width");
        }
        return width;
    }

    /** The tooltip of a row's cell: null (none) for an empty cell, a row without a value, or nothing to say. */
    private static <T> String tooltipText(boolean empty, T row, Function<T, String> tooltip) {
        String text = empty || row == null ? null : tooltip.apply(row);
        return text == null || text.isEmpty() || text.equals(NONE) ? null : text;
    }

    /** A text cell whose tooltip tells its row's story (for text cut short by the column's width). */
    private static final class TextCell<T> extends TableCell<T, String> {

        private final Function<T, String> tooltip;

        TextCell(Function<T, String> tooltip) {
            this.tooltip = tooltip;
            LazyTooltips.install(this, this::tooltipText);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            LazyTooltips.refresh(this, this::tooltipText);
        }

        private String tooltipText() {
            boolean shown = !isEmpty() && getTableView() != null && getIndex() < getTableView().getItems().size();
            return Tables.tooltipText(!shown, shown ? getTableView().getItems().get(getIndex()) : null, tooltip);
        }
    }

    /** {@link TextCell} of a tree table. */
    private static final class TreeTextCell<T> extends TreeTableCell<T, String> {

        private final Function<T, String> tooltip;

        TreeTextCell(Function<T, String> tooltip) {
            this.tooltip = tooltip;
            LazyTooltips.install(this, this::tooltipText);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            LazyTooltips.refresh(this, this::tooltipText);
        }

        private String tooltipText() {
            TreeItem<T> row = isEmpty() || getTreeTableView() == null ? null
                    : getTreeTableView().getTreeItem(getIndex());
            return Tables.tooltipText(row == null, row == null ? null : row.getValue(), tooltip);
        }
    }
}
