package safetyconsole.ui.dialogs;

import java.util.List;
import java.util.function.BiConsumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import safetyconsole.context.BannerModel;
import safetyconsole.logrotate.LookScript;

/**
 * Where the look on one instance is to run: one instance in service of the stack's groups, and the Rails log
 * directory the script looks for, checked as typed. Nothing runs here: reviewing hands both on, to be planned and
 * confirmed like a change.
 */
public final class LookViewModel {

    /** An instance that can run the look, as the list shows it. */
    public record Choice(String instanceId, String groupName) {

        @Override
        public String toString() {
            return instanceId + " (" + groupName + ")";
        }
    }

    private final ObservableValue<BannerModel> banner;
    private final List<Choice> choices;
    private final BiConsumer<String, String> review;
    private final ObjectProperty<Choice> chosen = new SimpleObjectProperty<>();
    private final StringProperty directory;
    private final StringBinding problem;
    private final BooleanBinding reviewable;

    /**
     * @param choices   the instances in service, the first chosen
     * @param directory the log directory to start with (the app's, when one is known)
     * @param review    plans the look on the instance id for the directory
     */
    public LookViewModel(ObservableValue<BannerModel> banner, List<Choice> choices, String directory,
                         BiConsumer<String, String> review) {
        this.banner = banner;
        this.choices = List.copyOf(choices);
        this.review = review;
        this.directory = new SimpleStringProperty(directory);
        chosen.set(choices.isEmpty() ? null : choices.get(0));
        problem = Bindings.createStringBinding(this::problemNow, chosen, this.directory);
        reviewable = Bindings.createBooleanBinding(() -> problemNow().isEmpty(), chosen, this.directory);
    }

    public ObservableValue<BannerModel> banner() {
        return banner;
    }

    public String explanation() {
        return "Systems Manager runs a fixed, read-only script as root on the instance you choose: it lists the"
                + " files under /etc/logrotate.d that name the log directory (and any old opsworks_app_ file), asks"
                + " logrotate -d about it, and lists the files in it. You see the script, exactly, before it runs.";
    }

    public List<Choice> choices() {
        return choices;
    }

    public ObjectProperty<Choice> chosenProperty() {
        return chosen;
    }

    public StringProperty directoryProperty() {
        return directory;
    }

    /** Empty while the look can be reviewed, else what is wrong, in a sentence. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding reviewableProperty() {
        return reviewable;
    }

    /** Hands the instance and directory on; does nothing and answers false while something is wrong. */
    public boolean review() {
        if (!reviewable.get()) {
            return false;
        }
        review.accept(chosen.get().instanceId(), directory.get());
        return true;
    }

    private String problemNow() {
        if (chosen.get() == null) {
            return "No instance of this stack is in service: there is nothing to look on.";
        }
        return LookScript.refusal(directory.get()).orElse("");
    }
}
