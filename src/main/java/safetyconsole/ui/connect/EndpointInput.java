package safetyconsole.ui.connect;

import java.net.URI;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import safetyconsole.cloud.EndpointUrl;

/** The connect dialog's optional endpoint: the text as typed, checked as it is typed. */
final class EndpointInput {

    private static final String NAME = "The endpoint URL";

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    EndpointInput() {
        text.addListener((obs, old, now) -> problem.set(problemOf(now)));
    }

    /** None while blank; only while {@link #problemProperty()} is empty. */
    Optional<URI> uri() {
        return text.get().isBlank() ? Optional.empty() : Optional.of(EndpointUrl.parse(text.get(), NAME));
    }

    StringProperty textProperty() {
        return text;
    }

    /** Empty while the endpoint is blank (none) or usable. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private static String problemOf(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            EndpointUrl.parse(text, NAME);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
