package safetyconsole.ui.dialogs;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;

/**
 * Where the operator types the stack name. Pasting and dropping text are refused: a name copied from
 * somewhere else is exactly the mistake the typing is meant to catch. Public for the FXML loader only.
 */
public final class TypedNameField extends TextField {

    public TypedNameField() {
        setContextMenu(new ContextMenu());
        addEventFilter(DragEvent.ANY, DragEvent::consume);
    }

    @Override
    public void paste() {
        // Typed, not pasted.
    }
}
