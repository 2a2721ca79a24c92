package safetyconsole.ui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Read-only text columns, the only kind the console's tables have. */
public final class Tables {

    private static final String NONE = "\u2014";

    private Tables() {
    }

    /** A column showing {@code value} of each row; a missing value shows as a dash. */
    public static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> {
            String text = value.apply(cell.getValue());
            return new ReadOnlyStringWrapper(text == null ? NONE : text).getReadOnlyProperty();
        });
        return column;
    }
}
