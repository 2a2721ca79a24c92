package safetyconsole.ui.audit;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.audit.AuditCsv;
import safetyconsole.audit.AuditEntry;
import safetyconsole.audit.AuditIndex;
import safetyconsole.audit.AuditLog;
import safetyconsole.audit.AuditSeal;
import safetyconsole.audit.Operator;
import safetyconsole.audit.VerifyReport;
import safetyconsole.text.Counts;
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
    private static final int EXPORT_PAGE = 1_000;

    /** What the filters filter by: stack, operation and operator, in this order (the audit benchmark's index too). */
    public static final List<Function<AuditEntry, String>> KEYS = List.of(e -> e.record().stackName(),
            e -> e.record().operation(), AuditViewModel::operatorOf);

    private final AuditLog log;
    private final Operator operator;
    private final TaskRunner runner;
    private final AuditRows rows;
    private final ObservableList<String> stacks = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> operations = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> operators = FXCollections.observableArrayList(ALL);
    private final ObjectProperty<String> stackFilter = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<String> operationFilter = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<String> operatorFilter = new SimpleObjectProperty<>(ALL);
    /** Each filter with its choices, in the order of {@link #KEYS}. */
    private final List<Filter> byKey = List.of(new Filter(stacks, stackFilter), new Filter(operations, operationFilter),
            new Filter(operators, operatorFilter));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<VerifyReport.Status> verified = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** The log as last read; null before. */
    private AuditIndex index;
    /** Counts the selections asked for: only the last one asked for is shown, whichever finishes last. */
    private int selections;

    /** @param operator who seals the log from this window */
    public AuditViewModel(AuditLog log, Operator operator, TaskRunner runner) {
        this.log = log;
        this.operator = operator;
        this.runner = runner;
        this.rows = new AuditRows(runner, this::failed);
        byKey.forEach(filter -> filter.selected().addListener((obs, old, now) -> select()));
    }

    public static String operatorOf(AuditEntry entry) {
        return entry.record().operator().osUser() + "@" + entry.record().operator().host();
    }

    /**
     * Reads where each entry is and the filters' choices, and only the first page of rows: a log of 100,000 entries
     * shows its newest at once, the others as the table scrolls to them.
     */
    public void load() {
        busy.set(true);
        int selection = ++selections;
        List<String> filters = filters();
        runner.run("Read the audit log", () -> {
            AuditIndex read = log.index(KEYS);
            List<String> wanted = new ArrayList<>();
            for (int k = 0; k < KEYS.size(); k++) {
                // A choice the log no longer has goes back to all, as the filter will.
                wanted.add(read.values(k).contains(filters.get(k)) ? filters.get(k) : null);
            }
            return new Loaded(read, wanted, firstPage(read.select(wanted)));
        }, loaded -> {
            busy.set(false);
            // No index while the choices change: a filter refill sets back to all must not start a selection of
            // its own; the one read with this index, for the filters as they are now, is shown below.
            index = null;
            for (int key = 0; key < KEYS.size(); key++) {
                byKey.get(key).refill(loaded.index().values(key));
            }
            index = loaded.index();
            message.set(index.size() == 0 ? "No changes have been made from this console yet (" + log.file() + ")."
                    : Counts.of(index.size(), "entry", "entries") + " in " + log.file() + ".");
            // Filters changed meanwhile: a selection asked for since ran on the index read before this one, so the
            // selection is made again on this one.
            if (selection != selections || !filters().equals(loaded.wanted())) {
                select();
            } else {
                rows.show(loaded.page().selection(), loaded.page().entries());
            }
        }, this::failed);
    }

    private record Loaded(AuditIndex index, List<String> wanted, FirstPage page) {
    }

    private record FirstPage(AuditIndex.Selection selection, List<AuditEntry> entries) {
    }

    private static FirstPage firstPage(AuditIndex.Selection selection) {
        return new FirstPage(selection, AuditRows.firstPage(selection));
    }

    /** The filters' values by key; null where a filter lets all through. */
    private List<String> filters() {
        return byKey.stream().map(filter -> ALL.equals(filter.selected().get()) ? null : filter.selected().get())
                .toList();
    }

    /** Filters the log as last read, off the FX thread; the table gets the rows in one change. */
    private void select() {
        if (index == null) {
            return;
        }
        int selection = ++selections;
        AuditIndex filtered = index;
        List<String> wanted = filters();
        runner.run("Filter the audit log", () -> firstPage(filtered.select(wanted)), page -> {
            if (selection == selections) {
                rows.show(page.selection(), page.entries());
            }
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

    /** Writes the entries now shown (filters applied) as CSV, reading them from the log a page at a time. */
    public void export(Path file) {
        AuditIndex.Selection shown = rows.selection();
        busy.set(true);
        runner.run("Export the audit log", () -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                AuditCsv.write(shown == null ? List.of() : shown.pages(EXPORT_PAGE), out);
            }
            return shown == null ? 0 : shown.size();
        }, count -> {
            busy.set(false);
            message.set(Counts.of(count, "entry", "entries") + " written to " + file + ".");
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

    /** A filter's choices and the one chosen. */
    private record Filter(ObservableList<String> choices, ObjectProperty<String> selected) {

        /** All, then {@code values}; a choice no longer among them goes back to all. */
        void refill(List<String> values) {
            List<String> all = new ArrayList<>();
            all.add(ALL);
            all.addAll(values);
            choices.setAll(all);
            if (!choices.contains(selected.get())) {
                selected.set(ALL);
            }
        }
    }

    /** Rows decoded from the log so far, for tests: a page at a time, not the whole log. */
    long rowsDecoded() {
        return rows.decoded();
    }

    /** Newest first; a row the table has not scrolled to yet is null until its page is read. */
    public ObservableList<AuditEntry> shown() {
        return rows;
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
