package safetyconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableColumn;
import org.junit.jupiter.api.Test;

class TablesTest {

    @Test
    void aCellShowsControlAndRightToLeftCharactersInsteadOfObeyingThem() {
        TableColumn<String, String> column = Tables.column("Stack", 100, name -> name);

        String shown = column.getCellValueFactory()
                .call(new TableColumn.CellDataFeatures<>(null, column, "shop-\u202eprod\u001b[2J"))
                .getValue();

        assertThat(shown).isEqualTo("shop-\\u202eprod\\u001b[2J");
    }
}
