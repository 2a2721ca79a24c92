package safetyconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditAnchorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void eachAppendMovesTheAnchorToTheNewHead() throws IOException {
        AuditLog log = log();
        log.append(AuditLogTest.record("a", Phase.INTENT));
        AuditEntry second = log.append(AuditLogTest.record("a", Phase.RESULT));

        assertThat(Files.readString(anchorFile())).isEqualTo("opsworks-safety-console audit anchor 1\nentries 2\nhead "
                + second.hash() + "\n");
        assertThat(Files.list(anchorFile().getParent())).containsExactly(anchorFile());
    }

    @Test
    void aNewLogWithoutAnchorIsIntact() {
        VerifyReport report = log().verify();

        assertThat(report.status()).isEqualTo(VerifyReport.Status.INTACT);
        assertThat(report.entries()).isZero();
    }

    @Test
    void aLogWithoutItsAnchorSaysSo() throws IOException {
        AuditLog log = filled(3);
        Files.delete(anchorFile());

        VerifyReport report = log.verify();

        assertThat(report.status()).isEqualTo(VerifyReport.Status.NO_ANCHOR);
        assertThat(report.summary()).startsWith("3 entries, chain intact, but the anchor").contains("missing");
    }

    @Test
    void theNextAppendAnchorsALogWrittenBeforeAnchors() throws IOException {
        AuditLog log = filled(3);
        Files.delete(anchorFile());

        log.append(AuditLogTest.record("after upgrade", Phase.INTENT));

        assertThat(log.verify().status()).isEqualTo(VerifyReport.Status.INTACT);
        assertThat(Files.readString(anchorFile())).contains("entries 4\n");
    }

    @Test
    void aCrashBetweenTheEntryAndTheAnchorLeavesALogThatVerifiesAndAppends() throws IOException {
        AuditLog log = filled(3);
        String anchorOfThree = Files.readString(anchorFile());
        log.append(AuditLogTest.record("entry, then a crash", Phase.INTENT));
        Files.writeString(anchorFile(), anchorOfThree);

        assertThat(log.verify().status()).isEqualTo(VerifyReport.Status.INTACT);
        log.append(AuditLogTest.record("next", Phase.INTENT));
        assertThat(log.verify().status()).isEqualTo(VerifyReport.Status.INTACT);
    }

    @Test
    void aShortenedLogNamesWhatIsMissingAndRefusesAppends() throws IOException {
        AuditLog log = filled(5);
        List<String> lines = Files.readAllLines(log.file());
        Files.write(log.file(), lines.subList(0, 3));

        VerifyReport report = log.verify();

        assertThat(report.status()).isEqualTo(VerifyReport.Status.TAMPERED);
        assertThat(report.problems()).containsExactly(
                "the log ends at entry 3, but its anchor records 5: entries 4 to 5 are missing (cut off or deleted).");
        assertThatThrownBy(() -> log.append(AuditLogTest.record("x", Phase.INTENT)))
                .isInstanceOf(AuditException.class).hasMessageContaining("anchor");
        assertThat(Files.readAllLines(log.file())).hasSize(3);
    }

    @Test
    void anAnchorNotWrittenByTheConsoleIsTampering() throws IOException {
        AuditLog log = filled(2);
        Files.writeString(anchorFile(), "entries 2\n");

        assertThat(log.verify().status()).isEqualTo(VerifyReport.Status.TAMPERED);
        assertThat(log.verify().problems().get(0)).contains("was not written by the console");
        assertThatThrownBy(() -> log.append(AuditLogTest.record("x", Phase.INTENT)))
                .isInstanceOf(AuditException.class).hasMessageContaining("was not written by the console");
    }

    @Test
    void aFolderInTheAnchorsPlaceIsTampering() throws IOException {
        AuditLog log = filled(2);
        Files.delete(anchorFile());
        Files.createDirectory(anchorFile());

        assertThat(log.verify().status()).isEqualTo(VerifyReport.Status.TAMPERED);
    }

    @Test
    void tornBytesAreMovedToTheQuarantineFileNotOverwritten() throws IOException {
        AuditLog log = filled(2);
        String torn = AuditLineCodec.encode(3, CLOCK.instant(), AuditLogTest.record("x", Phase.INTENT),
                log.verify().headHash(), Optional.empty()).substring(0, 50);
        Files.writeString(log.file(), torn, StandardOpenOption.APPEND);

        log.append(AuditLogTest.record("after the crash", Phase.INTENT));

        assertThat(Files.readString(dir.resolve("audit.jsonl.torn"))).isEqualTo(torn + "\n");
        assertThat(Files.readAllLines(log.file())).hasSize(3)
                .allSatisfy(line -> assertThat(AuditLineCodec.decode(line)).isPresent());
        assertThat(log.readAll()).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aQuarantinedLineThatIsGoneIsTampering() throws IOException {
        AuditLog log = filled(2);
        Files.writeString(log.file(), "{\"seq\":3", StandardOpenOption.APPEND);
        log.append(AuditLogTest.record("after the crash", Phase.INTENT));
        Files.delete(dir.resolve("audit.jsonl.torn"));

        VerifyReport report = log.verify();

        assertThat(report.status()).isEqualTo(VerifyReport.Status.TAMPERED);
        assertThat(report.problems()).containsExactly(
                "line 3 recovers a torn line that the quarantine file no longer holds.");
    }

    @Test
    void twoForgedEntriesPastTheAnchorAreTampering() throws IOException {
        AuditLog log = filled(2);
        String head = log.verify().headHash();
        String third = AuditLineCodec.encode(3, CLOCK.instant(), AuditLogTest.record("f", Phase.INTENT), head,
                Optional.empty());
        String fourth = AuditLineCodec.encode(4, CLOCK.instant(), AuditLogTest.record("f", Phase.RESULT),
                AuditLineCodec.decode(third).orElseThrow().entry().hash(), Optional.empty());
        Files.writeString(log.file(), third + "\n" + fourth + "\n", StandardOpenOption.APPEND);

        assertThat(log.verify().problems()).containsExactly(
                "the log runs to entry 4, but its anchor records 2: entries 3 to 4 were added without the console.");
    }

    private Path anchorFile() {
        return dir.resolve("state/audit-anchor");
    }

    private AuditLog log() {
        return new AuditLog(dir.resolve("audit.jsonl"), anchorFile(), CLOCK, AuditLog.Durability.OS_BUFFERED);
    }

    private AuditLog filled(int entries) {
        AuditLog log = log();
        for (int i = 1; i <= entries; i++) {
            log.append(AuditLogTest.record("t" + i, i % 2 == 1 ? Phase.INTENT : Phase.RESULT));
        }
        return log;
    }
}
