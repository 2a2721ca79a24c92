package safetyconsole.ui.common;

import java.util.function.Supplier;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import safetyconsole.text.Printable;

/**
 * Tooltips made when the pointer first enters a control. A {@link Tooltip} is a popup window with a scene of its
 * own, styled when it is made: a few milliseconds each, for the toolbar's buttons and every list and table cell,
 * at start-up and on each refresh, while most are never seen. The text is read again at each entry, so it follows
 * what the control shows. It is also the control's accessible help at once, which screen readers would otherwise
 * have taken from the tooltip.
 */
public final class LazyTooltips {

    private LazyTooltips() {
    }

    public static void install(Control control, String text) {
        install(control, () -> text);
    }

    /**
     * @param text the tooltip's text when the pointer enters; null or blank: no tooltip. It often tells a name from
     *             the account, so it is shown printable, as the cells are.
     */
    public static void install(Control control, Supplier<String> text) {
        Supplier<String> printable = () -> printable(text.get());
        control.setAccessibleHelp(printable.get());
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> update(control, printable.get()));
    }

    /**
     * For controls whose text changes (cells given another item, also under a resting pointer): updates the
     * accessible help and a tooltip already made, and makes none.
     */
    public static void refresh(Control control, Supplier<String> text) {
        String now = printable(text.get());
        control.setAccessibleHelp(now);
        if (control.getTooltip() != null) {
            update(control, now);
        }
    }

    private static String printable(String text) {
        return text == null ? null : Printable.ofLines(text);
    }

    private static void update(Control control, String text) {
        if (text == null || text.isBlank()) {
            control.setTooltip(null);
        } else if (control.getTooltip() == null) {
            control.setTooltip(new Tooltip(text));
        } else {
            control.getTooltip().setText(text);
        }
    }
}
