package safetyconsole.ui.audit;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import javafx.collections.ObservableListBase;

import safetyconsole.audit.AuditEntry;
import safetyconsole.audit.AuditIndex;
import safetyconsole.ui.common.TaskRunner;

/**
 * The audit table's rows: as many as the selection has, each decoded from the log only when the table asks for it,
 * a page at a time on the task runner. A row not read yet is null until its page arrives, as one change.
 */
final class AuditRows extends ObservableListBase<AuditEntry> {

    static final int PAGE = 100;
    /** A few screens' worth: pages scrolled past long ago are read again when scrolled back to. */
    private static final int PAGES_KEPT = 20;

    private final TaskRunner runner;
    private final Consumer<Throwable> failed;
    /** Read-only once put, in the order read: the oldest goes first. Only the FX thread changes it. */
    private final Map<Integer, List<AuditEntry>> pages = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<AuditEntry>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Set<Integer> reading = new HashSet<>();
    private AuditIndex.Selection selection;
    private int shownSize;
    private int generation;
    private long decoded;

    AuditRows(TaskRunner runner, Consumer<Throwable> failed) {
        this.runner = runner;
        this.failed = failed;
    }

    /** Shows {@code selection}, its first page already read: the table has rows to draw at once. */
    void show(AuditIndex.Selection shown, List<AuditEntry> firstPage) {
        // The rows removed are reported as null, as rows not read yet are: a list of the whole selection would
        // cost the FX thread a copy of 100,000 at every filter change.
        List<AuditEntry> removed = Collections.nCopies(shownSize, null);
        generation++;
        pages.clear();
        reading.clear();
        selection = shown;
        shownSize = shown.size();
        if (!firstPage.isEmpty()) {
            pages.put(0, List.copyOf(firstPage));
        }
        decoded += firstPage.size();
        beginChange();
        if (!removed.isEmpty()) {
            nextRemove(0, removed);
        }
        if (shownSize > 0) {
            nextAdd(0, shownSize);
        }
        endChange();
    }

    /** What the rows are; empty before the first {@link #show}. */
    AuditIndex.Selection selection() {
        return selection;
    }

    /** How many rows were decoded from the log so far: what paging saves is counted here. */
    long decoded() {
        return decoded;
    }

    /** The first page of {@code selection}: read with it, off the FX thread. */
    static List<AuditEntry> firstPage(AuditIndex.Selection selection) {
        return selection.read(0, Math.min(PAGE, selection.size()));
    }

    @Override
    public AuditEntry get(int index) {
        Objects.checkIndex(index, shownSize);
        int page = index / PAGE;
        if (!pages.containsKey(page)) {
            read(page);
        }
        List<AuditEntry> entries = pages.get(page);
        return entries == null ? null : entries.get(index % PAGE);
    }

    @Override
    public int size() {
        return shownSize;
    }

    /** Among the rows read: the others are null until read, and looking through them must not read them all. */
    @Override
    public int indexOf(Object o) {
        return pages.entrySet().stream().filter(e -> e.getValue().contains(o))
                .mapToInt(e -> e.getKey() * PAGE + e.getValue().indexOf(o)).min().orElse(-1);
    }

    @Override
    public int lastIndexOf(Object o) {
        return pages.entrySet().stream().filter(e -> e.getValue().contains(o))
                .mapToInt(e -> e.getKey() * PAGE + e.getValue().lastIndexOf(o)).max().orElse(-1);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    private void read(int page) {
        if (!reading.add(page)) {
            return;
        }
        int from = page * PAGE;
        int to = Math.min(shownSize, from + PAGE);
        int readFor = generation;
        AuditIndex.Selection of = selection;
        runner.run("Read audit entries", () -> of.read(from, to), entries -> {
            if (readFor != generation) {
                return;
            }
            reading.remove(page);
            pages.put(page, List.copyOf(entries));
            decoded += entries.size();
            beginChange();
            nextReplace(from, to, Collections.nCopies(to - from, null));
            endChange();
        }, error -> {
            // Left as being read: not asked for again at every layout until the log is read anew.
            if (readFor == generation) {
                failed.accept(error);
            }
        });
    }
}
