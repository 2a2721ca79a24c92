package safetyconsole.ui.common;

import java.util.function.Supplier;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * One of the views a stack pane switches between, made the first time it is wanted and then visible only while it
 * is: a view the account never needs is never styled or laid out, at start-up least of all.
 *
 * @param <T> the view
 */
public final class ShownWhenWanted<T extends Node> {

    private final StackPane holder;
    private final ObservableBooleanValue wanted;
    private final Supplier<T> make;
    private T view;

    public ShownWhenWanted(StackPane holder, ObservableBooleanValue wanted, Supplier<T> make) {
        this.holder = holder;
        this.wanted = wanted;
        this.make = make;
        wanted.addListener((obs, was, now) -> {
            if (now) {
                get();
            }
        });
        if (wanted.get()) {
            get();
        }
    }

    /** The view, made now if it was never wanted before. */
    public T get() {
        if (view == null) {
            view = make.get();
            view.visibleProperty().bind(wanted);
            holder.getChildren().add(view);
        }
        return view;
    }
}
