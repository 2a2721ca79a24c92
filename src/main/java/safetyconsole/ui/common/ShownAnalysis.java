package safetyconsole.ui.common;

import java.nio.file.Path;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What a security-group screen holds of the stack shown, for OpsWorks and migrated stacks alike: the analysis (null
 * while loading or after a failure), its summary or why there is none, whether only problems are listed, and the
 * export of the analysis to a file.
 *
 * @param <A> the analysis
 */
public final class ShownAnalysis<A> {

    private final ReportFile reportFile;
    private final ReadOnlyObjectWrapper<A> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty problemsOnly = new SimpleBooleanProperty(true);

    public ShownAnalysis(TaskRunner runner) {
        this.reportFile = new ReportFile(runner);
    }

    public void show(A shown, String summaryText) {
        analysis.set(shown);
        summary.set(summaryText);
    }

    public void clear(String why) {
        analysis.set(null);
        summary.set(why);
    }

    /** The analysis shown, or null. */
    public A get() {
        return analysis.get();
    }

    /** Writes the analysis shown, as {@code render} makes it, in the background. */
    public void export(String description, Path file, Function<A, String> render) {
        A current = analysis.get();
        reportFile.write(description, file, () -> render.apply(current));
    }

    public ReadOnlyObjectProperty<A> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return reportFile.messageProperty();
    }

    public BooleanProperty problemsOnlyProperty() {
        return problemsOnly;
    }
}
