package safetyconsole.ui.dialogs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import safetyconsole.context.BannerModel;

/**
 * The security groups one instance of an Auto Scaling group is to have, by hand: its groups and its launch
 * template's to tick (all ticked at first: the missing ones added), and other group ids typed, checked as typed.
 * Nothing changes here: reviewing hands the ids on, to be planned and confirmed like any change.
 */
public final class HotfixGroupsViewModel {

    private static final Pattern GROUP_ID = Pattern.compile("sg-[0-9a-z]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    private final ObservableValue<BannerModel> banner;
    private final String instanceId;
    private final String templateWords;
    private final List<String> actual;
    private final Consumer<List<String>> review;
    private final List<GroupChoice> choices;
    private final StringProperty others = new SimpleStringProperty("");
    private final StringBinding problem;
    private final BooleanBinding reviewable;

    /**
     * @param templateWords the launch template version in use, in words ("launch template web-lt version 3")
     * @param desired       the groups that version gives new instances
     * @param actual        the instance's groups now
     * @param nameOf        a group's name as the stack's load resolved it, or its id when none is known
     * @param review        plans giving the instance exactly the group ids given
     */
    public HotfixGroupsViewModel(ObservableValue<BannerModel> banner, String instanceId, String templateWords,
                                 List<String> desired, List<String> actual, UnaryOperator<String> nameOf,
                                 Consumer<List<String>> review) {
        this.banner = banner;
        this.instanceId = instanceId;
        this.templateWords = templateWords;
        this.actual = List.copyOf(actual);
        this.review = review;
        choices = Stream.concat(actual.stream(), desired.stream()).distinct()
                .map(id -> new GroupChoice(id, nameOf.apply(id), true)).toList();
        Observable[] inputs = Stream.concat(Stream.of(others), choices.stream().map(GroupChoice::chosenProperty))
                .toArray(Observable[]::new);
        problem = Bindings.createStringBinding(this::problemNow, inputs);
        reviewable = Bindings.createBooleanBinding(() -> problemNow().isEmpty()
                && !Set.copyOf(chosenGroupIds()).equals(Set.copyOf(this.actual)), inputs);
    }

    public ObservableValue<BannerModel> banner() {
        return banner;
    }

    public String title() {
        return "Security groups of instance " + instanceId;
    }

    public String explanation() {
        return "Replaces the groups of " + instanceId + " on this instance alone. " + templateWords
                + " stays as it is, so the next replacement of the instance drops a group the template lacks;"
                + " to keep a group, add it to the launch template and start an instance refresh.";
    }

    /** Its groups now and its launch template's, each once. */
    public List<GroupChoice> choices() {
        return choices;
    }

    /** Other group ids, separated by spaces or commas. */
    public StringProperty othersProperty() {
        return others;
    }

    /** Empty while the choice can be reviewed or is simply unchanged, else what is wrong, in a sentence. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** A valid choice that differs from the instance's groups now. */
    public BooleanBinding reviewableProperty() {
        return reviewable;
    }

    /** The ticked groups in order, then the typed ones, each once. */
    public List<String> chosenGroupIds() {
        Set<String> ids = new LinkedHashSet<>();
        choices.stream().filter(GroupChoice::isChosen).map(GroupChoice::id).forEach(ids::add);
        ids.addAll(typedIds());
        return new ArrayList<>(ids);
    }

    /** Hands the ids on; does nothing and answers false while there is nothing to review. */
    public boolean review() {
        if (!reviewable.get()) {
            return false;
        }
        review.accept(chosenGroupIds());
        return true;
    }

    private List<String> typedIds() {
        String text = others.get().strip();
        return text.isEmpty() ? List.of() : List.of(SEPARATORS.split(text));
    }

    private String problemNow() {
        for (String id : typedIds()) {
            if (!GROUP_ID.matcher(id).matches()) {
                return "\u201c" + id + "\u201d is not a security group id: they look like sg-0123456789abcdef0"
                        + (id.toLowerCase(Locale.ROOT).equals(id) ? "." : ", in lower case.");
            }
        }
        return chosenGroupIds().isEmpty() ? "An instance needs at least one security group." : "";
    }
}
