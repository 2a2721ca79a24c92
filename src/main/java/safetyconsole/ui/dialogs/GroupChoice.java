package safetyconsole.ui.dialogs;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;

/** One security group on offer in a dialog that chooses groups, and whether it is chosen. */
public final class GroupChoice {

    private final String id;
    private final String name;
    private final BooleanProperty chosen;

    public GroupChoice(String id, String name, boolean chosen) {
        this.id = id;
        this.name = name;
        this.chosen = new SimpleBooleanProperty(chosen);
    }

    /** One check box per choice, bound to it, into {@code box}; each box's id is "group-" and the group's name. */
    static void fill(VBox box, List<GroupChoice> choices) {
        for (GroupChoice choice : choices) {
            CheckBox check = new CheckBox(choice.label());
            check.setId("group-" + choice.name());
            check.selectedProperty().bindBidirectional(choice.chosenProperty());
            box.getChildren().add(check);
        }
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The name and the id; the id alone when no name is known. */
    public String label() {
        return name.equals(id) ? id : name + "  (" + id + ")";
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public boolean isChosen() {
        return chosen.get();
    }
}
