package safetyconsole.ui.attribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.ui.common.ErrorMessages;
import safetyconsole.ui.common.TaskRunner;

/**
 * The history of one instance, as its {@link Source} reads it: CloudTrail's events on it, the people's calls
 * behind them (ranked, never picked), and this console's own audit entries about it, in time order.
 */
public final class TimelineViewModel {

    /**
     * One line of the timeline. {@code kind}: where it comes from ("EC2", "OpsWorks call", "This console", …);
     * {@code what} starts with "↳" (indented once per hop) when the line explains the one above it. {@code time}
     * is null for a link that was looked for and not found.
     */
    public record Row(Instant time, String kind, String what, String who, String details) {
    }

    /** What one instance's timeline is made of; {@link #read} blocks and runs off the FX thread. */
    public interface Source {
        /** The instance in words, as the window title names it. */
        String name();

        /** The window's heading: the instance and its ids. */
        String heading();

        /** How far back the sources reach, e.g. "CloudTrail keeps 90 days of history". */
        String reach();

        /** @throws RuntimeException (a CloudException, mostly) when the history cannot be read */
        List<Row> read();
    }

    private static final Logger LOG = LoggerFactory.getLogger(TimelineViewModel.class);

    private final Source source;
    private final TaskRunner runner;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    public TimelineViewModel(Source source, TaskRunner runner) {
        this.source = source;
        this.runner = runner;
    }

    public void load() {
        loading.set(true);
        message.set("Looking up CloudTrail and this console's audit log\u2026 " + source.reach() + ".");
        runner.run("Who changed " + source.name(), source::read, (List<Row> timeline) -> {
            loading.set(false);
            rows.setAll(timeline);
            message.set(summary(timeline));
        }, error -> {
            loading.set(false);
            LOG.warn("Timeline of {} failed", source.name(), error);
            message.set("The history could not be read. " + ErrorMessages.sentence(error));
        });
    }

    /**
     * Groups of lines (an event with what explains it beneath) in the time order of each group's first line; a group
     * that starts with a link not found goes last.
     */
    static List<Row> inTimeOrder(List<List<Row>> groups) {
        List<List<Row>> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparing(group -> group.get(0).time(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        List<Row> out = new ArrayList<>();
        sorted.forEach(out::addAll);
        return out;
    }

    private String summary(List<Row> timeline) {
        if (timeline.isEmpty()) {
            return "No events on " + source.name() + " in the history read, and none from this console. "
                    + source.reach() + ".";
        }
        return timeline.size() + (timeline.size() == 1 ? " line for " : " lines for ") + source.name() + ". "
                + source.reach() + "; several callers are all listed, best match first.";
    }

    public Source source() {
        return source;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
