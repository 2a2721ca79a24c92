package safetyconsole.ui.common;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a report to the file the user chose, in the background, and says how it went in one sentence. */
public final class ReportFile {

    private static final Logger LOG = LoggerFactory.getLogger(ReportFile.class);

    private final TaskRunner runner;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ReportFile(TaskRunner runner) {
        this.runner = runner;
    }

    /** {@code text} is rendered off the FX thread too: a large report takes a moment. */
    public void write(String description, Path file, Supplier<String> text) {
        message.set("Writing " + file + "\u2026");
        runner.run(description, () -> Files.writeString(file, text.get(), StandardCharsets.UTF_8),
                written -> message.set("Written to " + file + "."),
                error -> {
                    LOG.warn("{} to {} failed", description, file, error);
                    message.set(ErrorMessages.notWritten(file, error));
                });
    }

    /** The outcome of the last write, or empty before the first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
