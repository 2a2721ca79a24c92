package safetyconsole.ui.connect;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One of the connect dialog's typed fields: the text as typed, checked as it is typed by {@code parse}, which reads
 * it or throws IllegalArgumentException with one sentence for the user. The text is never changed, so a mistake
 * loses nothing.
 */
final class CheckedInput<T> {

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Function<String, T> parse;

    CheckedInput(Function<String, T> parse) {
        this.parse = parse;
        text.addListener((obs, old, now) -> problem.set(problemOf(now)));
    }

    /** What the text says; only while {@link #problemProperty()} is empty. */
    T value() {
        return parse.apply(text.get() == null ? "" : text.get());
    }

    StringProperty textProperty() {
        return text;
    }

    /** Empty while the text can be used. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private String problemOf(String now) {
        try {
            parse.apply(now == null ? "" : now);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
