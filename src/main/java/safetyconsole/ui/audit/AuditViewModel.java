package safetyconsole.ui.audit;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.audit.AuditCsv;
import safetyconsole.audit.AuditEntry;
import safetyconsole.audit.AuditLog;
import safetyconsole.audit.AuditSeal;
import safetyconsole.audit.Operator;
import safetyconsole.audit.VerifyReport;
import safetyconsole.ui.common.ErrorMessages;
import safetyconsole.ui.common.TaskRunner;

/**
 * The audit log screen: entries newest first, filters by stack, operation and operator, verify (against a seal
 * too), seal, CSV export.
 */
public final class AuditViewModel {

    /** The choice that filters nothing. */
    public static final String ALL = "All";
    private static final Logger LOG = LoggerFactory.getLogger(AuditViewModel.class);

    private final AuditLog log;
    private final Operator operator;
    private final TaskRunner runner;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<AuditEntry> shown = new FilteredList<>(entries);
    private final ObservableList<String> stacks = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> operations = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> operators = FXCollections.observableArrayList(ALL);
    private final ObjectProperty<String> stackFilter = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<String> operationFilter = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<String> operatorFilter = new SimpleObjectProperty<>(ALL);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<VerifyReport.Status> verified = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /** @param operator who seals the log from this window */
    public AuditViewModel(AuditLog log, Operator operator, TaskRunner runner) {
        this.log = log;
        this.operator = operator;
        this.runner = runner;
        stackFilter.addListener((obs, old, now) -> applyFilters());
        operationFilter.addListener((obs, old, now) -> applyFilters());
        operatorFilter.addListener((obs, old, now) -> applyFilters());
    }

    public static String operatorOf(AuditEntry entry) {
        return entry.record().operator().osUser() + "@" + entry.record().operator().host();
    }

    public void load() {
        busy.set(true);
        runner.run("Read the audit log", log::readAll, read -> {
            busy.set(false);
            List<AuditEntry> newestFirst = new ArrayList<>(read);
            Collections.reverse(newestFirst);
            entries.setAll(newestFirst);
            refill(stacks, e -> e.record().stackName(), stackFilter);
            refill(operations, e -> e.record().operation(), operationFilter);
            refill(operators, AuditViewModel::operatorOf, operatorFilter);
            applyFilters();
            message.set(read.isEmpty() ? "No changes have been made from this console yet (" + log.file() + ")."
                    : read.size() + " entries in " + log.file() + ".");
        }, this::failed);
    }

    public void verify() {
        busy.set(true);
        runner.run("Verify the audit log", log::verify, this::showVerified, this::failed);
    }

    /** Verifies the log against a seal pasted back; text that is no seal is refused with a sentence. */
    public void verify(String pastedSeal) {
        AuditSeal seal;
        try {
            seal = AuditSeal.parse(pastedSeal);
        } catch (IllegalArgumentException e) {
            verified.set(null);
            message.set(e.getMessage());
            return;
        }
        busy.set(true);
        runner.run("Verify the audit log against a seal", () -> log.verify(seal), this::showVerified, this::failed);
    }

    /** Verifies the log and hands the seal of its head to {@code show}; a changed log is reported, not sealed. */
    public void seal(Consumer<String> show) {
        busy.set(true);
        runner.run("Seal the audit log", log::verify, report -> {
            showVerified(report);
            if (report.status() != VerifyReport.Status.TAMPERED) {
                show.accept(log.seal(report, operator).text());
            }
        }, this::failed);
    }

    private void showVerified(VerifyReport report) {
        busy.set(false);
        verified.set(report.status());
        message.set(report.summary() + (report.status() == VerifyReport.Status.TAMPERED ? ""
                : " Head: " + report.headHash().substring(0, 16) + "\u2026"));
    }

    /** Writes the entries now shown (filters applied) as CSV. */
    public void export(Path file) {
        List<AuditEntry> rows = new ArrayList<>(shown);
        busy.set(true);
        runner.run("Export the audit log", () -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                AuditCsv.write(rows, out);
            }
            return rows.size();
        }, count -> {
            busy.set(false);
            message.set(count + (count == 1 ? " entry" : " entries") + " written to " + file + ".");
        }, error -> {
            busy.set(false);
            LOG.warn("Audit log export to {} failed", file, error);
            message.set(ErrorMessages.notWritten(file, error));
        });
    }

    private void failed(Throwable error) {
        busy.set(false);
        LOG.warn("Audit log operation failed", error);
        message.set("The audit log could not be read; the details are in the log.");
    }

    private void applyFilters() {
        shown.setPredicate(entry -> matches(stackFilter.get(), entry.record().stackName())
                && matches(operationFilter.get(), entry.record().operation())
                && matches(operatorFilter.get(), operatorOf(entry)));
    }

    private static boolean matches(String filter, String value) {
        return filter == null || ALL.equals(filter) || Objects.equals(filter, value);
    }

    private void refill(ObservableList<String> choices, Function<AuditEntry, String> value,
                        ObjectProperty<String> filter) {
        TreeSet<String> distinct = new TreeSet<>();
        entries.forEach(e -> {
            String v = value.apply(e);
            if (v != null) {
                distinct.add(v);
            }
        });
        List<String> all = new ArrayList<>();
        all.add(ALL);
        all.addAll(distinct);
        choices.setAll(all);
        if (!choices.contains(filter.get())) {
            filter.set(ALL);
        }
    }

    public ObservableList<AuditEntry> shown() {
        return shown;
    }

    public ObservableList<String> stacks() {
        return stacks;
    }

    public ObservableList<String> operations() {
        return operations;
    }

    public ObservableList<String> operators() {
        return operators;
    }

    public ObjectProperty<String> stackFilterProperty() {
        return stackFilter;
    }

    public ObjectProperty<String> operationFilterProperty() {
        return operationFilter;
    }

    public ObjectProperty<String> operatorFilterProperty() {
        return operatorFilter;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Null until verified. */
    public ReadOnlyObjectProperty<VerifyReport.Status> verifiedProperty() {
        return verified.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
