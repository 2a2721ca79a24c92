package safetyconsole.ui.dialogs;

import java.util.function.IntConsumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import safetyconsole.context.BannerModel;

/**
 * The number of instances an Auto Scaling group is to have, typed: checked as typed (a whole number within the
 * group's minimum and maximum, and a change), the text kept as it is while it is wrong. Nothing changes here:
 * reviewing hands the number on, to be planned and confirmed like any change.
 */
public final class DesiredCapacityViewModel {

    /** More digits than any group's maximum has; longer text is not a number of instances. */
    private static final int MAX_DIGITS = 6;

    private final ObservableValue<BannerModel> banner;
    private final String groupName;
    private final int current;
    private final int min;
    private final int max;
    private final IntConsumer review;
    private final StringProperty typed;
    private final StringBinding problem;
    private final BooleanBinding reviewable;

    /** @param review plans setting the group's desired capacity to the number given */
    public DesiredCapacityViewModel(ObservableValue<BannerModel> banner, String groupName, int current, int min,
                                    int max, IntConsumer review) {
        this.banner = banner;
        this.groupName = groupName;
        this.current = current;
        this.min = min;
        this.max = max;
        this.review = review;
        typed = new SimpleStringProperty(Integer.toString(current));
        problem = Bindings.createStringBinding(() -> problemWith(typed.get()), typed);
        reviewable = Bindings.createBooleanBinding(() -> problemWith(typed.get()).isEmpty(), typed);
    }

    public ObservableValue<BannerModel> banner() {
        return banner;
    }

    public String title() {
        return "Desired capacity of " + groupName;
    }

    public String explanation() {
        return "The group has " + current + " desired now (min " + min + ", max " + max + "). Auto Scaling launches"
                + " or terminates instances until it has the number you give; a lower number terminates running"
                + " instances, chosen by the group's termination policy, and cannot be undone.";
    }

    public StringProperty typedProperty() {
        return typed;
    }

    /** Empty while the text is a number to review, else what is wrong with it, in a sentence. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** A number within the limits that differs from the group's desired capacity now. */
    public BooleanBinding reviewableProperty() {
        return reviewable;
    }

    /** Hands the number on; does nothing and answers false while there is none to review. */
    public boolean review() {
        if (!reviewable.get()) {
            return false;
        }
        review.accept(Integer.parseInt(typed.get().strip()));
        return true;
    }

    /** Empty for a whole number within the limits that differs from the desired capacity now. */
    private String problemWith(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return "Type the number of instances the group is to have.";
        }
        if (stripped.length() > MAX_DIGITS || !stripped.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "\u201c" + stripped + "\u201d is not a whole number of instances.";
        }
        int number = Integer.parseInt(stripped);
        if (number < min || number > max) {
            return "The group takes " + min + " to " + max + " instances; change its minimum or maximum first.";
        }
        return number == current ? "That is the group's desired capacity now." : "";
    }
}
