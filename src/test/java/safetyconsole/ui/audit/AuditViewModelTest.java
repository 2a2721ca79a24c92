package safetyconsole.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.audit.AuditLog;
import safetyconsole.audit.AuditRecord;
import safetyconsole.audit.Evidence;
import safetyconsole.audit.Operator;
import safetyconsole.audit.Phase;
import safetyconsole.audit.VerifyReport;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;
import safetyconsole.ui.common.QueuedTaskRunner;

class AuditViewModelTest {

    @TempDir
    Path dir;
    private AuditLog log;
    private AuditViewModel model;

    @BeforeEach
    void setUp() {
        log = new AuditLog(dir.resolve("audit.jsonl"), TestClocks.fixed(), AuditLog.Durability.OS_BUFFERED);
        append("alice", "shop-prod", "DELETE_INSTANCE");
        append("bob", "shop-dev", "STOP_INSTANCE");
        append("alice", "shop-dev", "STOP_INSTANCE");
        model = new AuditViewModel(log, new Operator("carol", "ws-3"), new InlineTaskRunner());
        model.load();
    }

    @Test
    void showsNewestFirstWithFilterChoicesFromTheLog() {
        assertThat(model.shown()).extracting(e -> e.seq()).containsExactly(3L, 2L, 1L);
        assertThat(model.stacks()).containsExactly(AuditViewModel.ALL, "shop-dev", "shop-prod");
        assertThat(model.operators()).containsExactly(AuditViewModel.ALL, "alice@ws", "bob@ws");
    }

    @Test
    void aLogNotYetWrittenShowsNoEntriesAndNoError() {
        AuditLog none = new AuditLog(dir.resolve("not-yet.jsonl"), TestClocks.fixed(),
                AuditLog.Durability.OS_BUFFERED);
        AuditViewModel fresh = new AuditViewModel(none, new Operator("carol", "ws-3"), new InlineTaskRunner());

        fresh.load();

        assertThat(fresh.shown()).isEmpty();
        assertThat(fresh.messageProperty().get()).doesNotContain("could not be read");
        assertThat(fresh.stacks()).containsExactly(AuditViewModel.ALL);
    }

    @Test
    void filtersCombine() {
        model.stackFilterProperty().set("shop-dev");
        model.operatorFilterProperty().set("alice@ws");

        assertThat(model.shown()).extracting(e -> e.seq()).containsExactly(3L);

        model.stackFilterProperty().set(AuditViewModel.ALL);
        model.operationFilterProperty().set("DELETE_INSTANCE");
        assertThat(model.shown()).extracting(e -> e.seq()).containsExactly(1L);
    }

    @Test
    void aFilterChosenWhileTheLogIsReadAgainFiltersTheLogReadAgain() {
        QueuedTaskRunner queued = new QueuedTaskRunner();
        AuditViewModel reloading = new AuditViewModel(log, new Operator("carol", "ws-3"), queued);
        reloading.load();
        queued.runAll();
        append("carol", "shop-dev", "REBOOT_INSTANCE");

        reloading.load();
        // Chosen before the reload answers: filters the log as it was read first.
        reloading.stackFilterProperty().set("shop-dev");
        queued.runAll();

        assertThat(reloading.shown()).extracting(e -> e.seq()).containsExactly(4L, 3L, 2L);
    }

    @Test
    void verifyReportsAnIntactChain() {
        model.verify();

        assertThat(model.verifiedProperty().get()).isEqualTo(VerifyReport.Status.INTACT);
        assertThat(model.messageProperty().get()).startsWith("3 entries, chain intact");
    }

    @Test
    void verifyReportsTampering() throws Exception {
        List<String> lines = Files.readAllLines(log.file());
        lines.set(0, lines.get(0).replace("alice", "mallory"));
        Files.write(log.file(), lines);

        model.verify();

        assertThat(model.verifiedProperty().get()).isEqualTo(VerifyReport.Status.TAMPERED);
        assertThat(model.messageProperty().get()).contains("changed after it was written", "line 1");
    }

    @Test
    void aSealMadeHereVerifiesTheLogWhenPastedBack() {
        List<String> shown = new ArrayList<>();
        model.seal(shown::add);
        append("bob", "shop-dev", "STOP_INSTANCE");

        model.verify(shown.get(0));

        assertThat(shown.get(0)).contains("entries: 3\n", "by: carol@ws-3\n");
        assertThat(model.verifiedProperty().get()).isEqualTo(VerifyReport.Status.INTACT);
        assertThat(model.messageProperty().get()).startsWith("4 entries, chain intact.")
                .contains("It still holds the 3 entries sealed on");
    }

    @Test
    void textThatIsNoSealIsRefusedWithoutVerifying() {
        model.verify();

        model.verify("entries: 3");

        assertThat(model.verifiedProperty().get()).isNull();
        assertThat(model.messageProperty().get()).startsWith("This is not an audit seal");
    }

    @Test
    void aChangedLogIsReportedAndNotSealed() throws Exception {
        List<String> lines = Files.readAllLines(log.file());
        Files.write(log.file(), lines.subList(0, 2));
        List<String> shown = new ArrayList<>();

        model.seal(shown::add);

        assertThat(shown).isEmpty();
        assertThat(model.verifiedProperty().get()).isEqualTo(VerifyReport.Status.TAMPERED);
        assertThat(model.messageProperty().get()).contains("entry 3 is missing");
    }

    @Test
    void exportWritesTheShownEntriesAsCsv() throws Exception {
        model.stackFilterProperty().set("shop-prod");
        Path csv = dir.resolve("out.csv");

        model.export(csv);

        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith("1,").contains(",shop-prod,");
        assertThat(model.messageProperty().get()).isEqualTo("1 entry written to " + csv + ".");
    }

    @Test
    void exportToAnUnwritablePlaceSaysSo() {
        Path file = dir.resolve("no/such/folder/out.csv");
        model.export(file);

        assertThat(model.messageProperty().get()).isEqualTo(file + " could not be written: its folder does not exist.");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aLongLogShowsItsNewestPageHavingDecodedOnlyThatPage() {
        for (int i = 4; i <= 450; i++) {
            append(i % 3 == 0 ? "bob" : "alice", "shop-dev", "STOP_INSTANCE");
        }

        AuditViewModel opened = new AuditViewModel(log, new Operator("carol", "ws-3"), new InlineTaskRunner());

        opened.load();

        assertThat(opened.rowsDecoded()).isEqualTo(AuditRows.PAGE);
        assertThat(opened.shown()).hasSize(450);
        for (int row = 0; row < AuditRows.PAGE; row++) {
            assertThat(opened.shown().get(row).seq()).isEqualTo(450 - row);
        }
        assertThat(opened.rowsDecoded()).as("the first page's rows are the ones the load decoded, none read again")
                .isEqualTo(AuditRows.PAGE);
        assertThat(opened.operators()).containsExactly(AuditViewModel.ALL, "alice@ws", "bob@ws");
    }

    @Test
    void rowsFurtherDownAreReadAPageAtATimeWhenAskedFor() {
        for (int i = 4; i <= 450; i++) {
            append("alice", "shop-dev", "STOP_INSTANCE");
        }
        model.load();
        long afterLoad = model.rowsDecoded();

        assertThat(model.shown().get(449).seq()).isEqualTo(1);
        assertThat(model.shown().get(420).seq()).isEqualTo(30);

        assertThat(model.rowsDecoded() - afterLoad).isEqualTo(450 % AuditRows.PAGE);
    }

    @Test
    void aFilterDecodesOnlyTheFirstPageOfWhatItSelects() {
        for (int i = 4; i <= 450; i++) {
            append(i % 2 == 0 ? "bob" : "alice", "shop-dev", "STOP_INSTANCE");
        }
        model.load();
        long afterLoad = model.rowsDecoded();

        model.operatorFilterProperty().set("bob@ws");

        assertThat(model.shown()).hasSize(225);
        assertThat(model.rowsDecoded() - afterLoad).isEqualTo(AuditRows.PAGE);
        assertThat(model.shown().get(0).seq()).isEqualTo(450);
        assertThat(model.shown().get(1).seq()).isEqualTo(448);
    }

    @Test
    void exportWritesEveryShownEntryPageByPage() throws Exception {
        for (int i = 4; i <= 1_250; i++) {
            append("alice", "shop-dev", "STOP_INSTANCE");
        }
        model.load();
        Path csv = dir.resolve("all.csv");

        model.export(csv);

        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(1_251);
        assertThat(rows.get(1)).startsWith("1250,");
        assertThat(rows.get(1_250)).startsWith("1,");
        assertThat(model.messageProperty().get()).isEqualTo("1,250 entries written to " + csv + ".");
    }

    private void append(String user, String stack, String operation) {
        log.append(new AuditRecord(new Operator(user, "ws"), "arn:aws:iam::1:user/" + user, "1", "us-east-1",
                "id-" + stack, stack, "PRODUCTION", operation, null, "plan", List.of("i"),
                new Evidence(stack, null, null), Phase.INTENT, null));
    }
}
