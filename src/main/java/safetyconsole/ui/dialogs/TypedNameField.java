package safetyconsole.ui.dialogs;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;

/**
 * Where the operator types the stack name. Pasting and dropping text are refused: a name copied from
 * somewhere else is exactly the mistake the typing is meant to catch.
 */
final class TypedNameField extends TextField {

    TypedNameField() {
        setContextMenu(new ContextMenu());
        addEventFilter(DragEvent.ANY, DragEvent::consume);
    }

    @Override
    public void paste() {
        // Typed, not pasted.
    }
}
