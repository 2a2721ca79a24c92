package safetyconsole.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import safetyconsole.text.Printable;

/**
 * A notice under the banner: an icon, a sentence, what can be done about it and a Dismiss button. Hidden while it
 * has nothing to say. Ids follow the name given: {@code <name>Bar}, {@code <name>Text}, {@code <name>Dismiss}.
 */
public final class NoticeBar extends HBox {

    private final Label text = new Label();
    /** The bar's parts, put into it the first time it shows: a bar never shown is never styled. */
    private final List<Node> parts = new ArrayList<>();

    /** @param actions what the operator can do besides dismissing, left of Dismiss */
    public NoticeBar(String name, Ikon icon, Runnable dismiss, Node... actions) {
        super(10);
        setId(name + "Bar");
        getStyleClass().add("notice");
        setAlignment(Pos.CENTER_LEFT);
        text.setId(name + "Text");
        text.setWrapText(true);
        text.setGraphic(new FontIcon(icon));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button dismissButton = new Button("Dismiss");
        dismissButton.setId(name + "Dismiss");
        dismissButton.setOnAction(event -> dismiss.run());
        parts.add(text);
        parts.addAll(List.of(actions));
        parts.add(dismissButton);
        for (Node action : parts.subList(1, parts.size())) {
            // The sentence wraps; the buttons keep their whole label.
            ((Region) action).setMinWidth(Region.USE_PREF_SIZE);
        }
        show(null);
    }

    /** Shows the bar with {@code sentence}; null hides it. */
    public void show(String sentence) {
        if (sentence != null && getChildren().isEmpty()) {
            getChildren().setAll(parts);
        }
        setVisible(sentence != null);
        setManaged(sentence != null);
        text.setText(sentence == null ? "" : Printable.ofLines(sentence));
    }
}
