package safetyconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aColumnIsNotLeftAtTheWidthJavaFxMeasuresItsCellsFor() {
        assertThatThrownBy(() -> Tables.<String>column("Status", Tables.MEASURED_WIDTH, name -> name))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sized to its content");
        assertThatThrownBy(() -> Tables.<String>treeColumn("Checked", Tables.MEASURED_WIDTH, name -> name))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Tables.<String>column("Status", 84, name -> name).getPrefWidth()).isEqualTo(84);
    }
}
