package safetyconsole.ui.common;

import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built the first time it is shown: hidden tabs (tables, trees, a chart) would otherwise be
 * styled and laid out before the window first appears.
 */
public final class LazyTab extends Tab {

    public LazyTab(String title, String id, Supplier<Node> content) {
        this(title, id, selected -> content.get());
    }

    /** {@code content} is given whether the tab is selected: a view that need not follow changes while hidden. */
    public LazyTab(String title, String id, Function<ObservableBooleanValue, Node> content) {
        super(title);
        setId(id);
        selectedProperty().addListener((obs, was, selected) -> {
            if (selected && getContent() == null) {
                setContent(content.apply(selectedProperty()));
            }
        });
    }
}
