package safetyconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditSealTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final Operator ALICE = new Operator("alice", "ws-17");

    @TempDir
    Path dir;

    @Test
    void aSealIsSixLinesEndingInTheHashOfTheOthers() {
        AuditLog log = filled(2);

        String text = sealed(log, ALICE).text();

        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.subList(0, 5)).containsExactly("OpsWorks Safety Console audit seal", "entries: 2",
                "head: " + log.verify().headHash(), "sealed: 2026-11-28T10:00:00Z", "by: alice@ws-17");
        String body = String.join("\n", lines.subList(0, 5)) + "\n";
        assertThat(lines.get(5)).isEqualTo("check: " + Sha256.hex(body));
    }

    @Test
    void aPastedSealReadsBackDespiteIndentationAndWindowsLineEnds() {
        AuditSeal seal = sealed(filled(2), ALICE);
        String pasted = "\r\n  " + seal.text().replace("\n", "\r\n    ") + "\r\n";

        assertThat(AuditSeal.parse(pasted)).isEqualTo(seal);
    }

    @Test
    void aSealChangedInTransitIsRefused() {
        String text = sealed(filled(2), ALICE).text().replace("entries: 2", "entries: 1");

        assertThatThrownBy(() -> AuditSeal.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("changed after it was made");
    }

    @Test
    void textThatIsNoSealIsRefusedWithASentence() {
        assertThatThrownBy(() -> AuditSeal.parse("hello")).hasMessageStartingWith("This is not an audit seal");
        assertThatThrownBy(() -> AuditSeal.parse("x".repeat(10_000))).hasMessageStartingWith("This is not an audit");
        String badLine = sealed(filled(1), ALICE).text().replace("entries: 1", "entries: one");
        assertThatThrownBy(() -> AuditSeal.parse(badLine)).hasMessage(
                "The seal's line \"entries: one\" is not as the console wrote it.");
    }

    @Test
    void aLogThatStillHoldsTheSealedEntryVerifiesAgainstItAfterMoreAppends() {
        AuditLog log = filled(2);
        AuditSeal seal = sealed(log, ALICE);
        log.append(AuditLogTest.record("later", Phase.INTENT));

        VerifyReport report = log.verify(seal);

        assertThat(report.status()).isEqualTo(VerifyReport.Status.INTACT);
        assertThat(report.summary()).endsWith(
                "It still holds the 2 entries sealed on 2026-11-28T10:00:00Z by alice@ws-17.");
    }

    @Test
    void aLogCutBackWithItsAnchorIsCaughtByTheSeal() throws IOException {
        AuditLog log = filled(4);
        AuditSeal seal = sealed(log, ALICE);
        Files.write(log.file(), Files.readAllLines(log.file()).subList(0, 2));
        Files.delete(dir.resolve("state/anchor"));

        assertThat(log.verify().status()).isEqualTo(VerifyReport.Status.NO_ANCHOR);
        VerifyReport report = log.verify(seal);
        assertThat(report.status()).isEqualTo(VerifyReport.Status.TAMPERED);
        assertThat(report.problems()).containsExactly("the log ends at entry 2, but the seal of 2026-11-28T10:00:00Z"
                + " by alice@ws-17 records 4: entries 3 to 4 are missing (cut off or deleted).");
    }

    @Test
    void aSealOfAnotherLogDoesNotMatch() {
        AuditSeal other = sealed(filled(3), ALICE);
        AuditLog log = new AuditLog(dir.resolve("other.jsonl"), dir.resolve("state/other"), CLOCK,
                AuditLog.Durability.OS_BUFFERED);
        for (int i = 0; i < 3; i++) {
            log.append(AuditLogTest.record("other " + i, Phase.INTENT));
        }

        assertThat(log.verify(other).problems()).containsExactly(
                "entry 3 is not the one the seal of 2026-11-28T10:00:00Z by alice@ws-17 records (the log was"
                        + " rewritten up to there).");
    }

    @Test
    void aChangedLogIsNotSealed() throws IOException {
        AuditLog log = filled(2);
        Files.write(log.file(), Files.readAllLines(log.file()).subList(0, 1));

        assertThatThrownBy(() -> sealed(log, ALICE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("A changed log is not sealed: the log ends at entry 1");
    }

    @Test
    void anOperatorNameCannotBreakTheSealsLines() {
        AuditSeal seal = sealed(filled(1), new Operator("eve\nentries: 9", "ws 1"));

        assertThat(seal.operator()).isEqualTo("eve?entries:?9@ws?1");
        assertThat(AuditSeal.parse(seal.text())).isEqualTo(seal);
    }

    private static AuditSeal sealed(AuditLog log, Operator operator) {
        return log.seal(log.verify(), operator);
    }

    private AuditLog filled(int entries) {
        AuditLog log = new AuditLog(dir.resolve("audit.jsonl"), dir.resolve("state/anchor"), CLOCK,
                AuditLog.Durability.OS_BUFFERED);
        for (int i = 1; i <= entries; i++) {
            log.append(AuditLogTest.record("t" + i, Phase.INTENT));
        }
        return log;
    }
}
