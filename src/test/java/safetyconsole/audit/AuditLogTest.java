package safetyconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void entriesChainEachToThePreviousHash() {
        AuditLog log = log();

        AuditEntry first = log.append(record("one", Phase.INTENT));
        AuditEntry second = log.append(record("one", Phase.RESULT));

        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.prevHash()).isEqualTo("0".repeat(64));
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(log.verify().status()).isEqualTo(VerifyReport.Status.INTACT);
        assertThat(log.verify().headHash()).isEqualTo(second.hash());
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        AuditLog log = log();
        AuditRecord written = record("täst \"quoted\", comma", Phase.INTENT);

        log.append(written);

        AuditEntry read = log.readAll().get(0);
        assertThat(read.record()).isEqualTo(written);
        assertThat(read.time()).isEqualTo(CLOCK.instant());
    }

    @Test
    void aNewLogObjectContinuesTheChainFromTheFile() {
        log().append(record("a", Phase.INTENT));

        AuditEntry next = log().append(record("a", Phase.RESULT));

        assertThat(next.seq()).isEqualTo(2);
        assertThat(log().verify().status()).isEqualTo(VerifyReport.Status.INTACT);
    }

    @Test
    void oneChangedByteIsDetected() throws IOException {
        AuditLog log = filled(5);
        byte[] bytes = Files.readAllBytes(log.file());
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf("shop-prod-3");
        bytes[at + "shop-prod-".length()] = '8';
        Files.write(log.file(), bytes);

        VerifyReport report = log.verify();

        assertThat(report.status()).isEqualTo(VerifyReport.Status.TAMPERED);
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).startsWith("line 3 "));
    }

    @Test
    void aChangedHashIsDetected() throws IOException {
        AuditLog log = filled(3);
        List<String> lines = new ArrayList<>(Files.readAllLines(log.file()));
        String line = lines.get(1);
        char last = line.charAt(line.length() - 3);
        lines.set(1, line.substring(0, line.length() - 3) + (last == 'a' ? 'b' : 'a')
                + line.substring(line.length() - 2));
        Files.write(log.file(), lines);

        assertThat(log.verify().status()).isEqualTo(VerifyReport.Status.TAMPERED);
    }

    @Test
    void aDeletedLineIsDetected() throws IOException {
        AuditLog log = filled(5);
        List<String> lines = new ArrayList<>(Files.readAllLines(log.file()));
        lines.remove(2);
        Files.write(log.file(), lines);

        VerifyReport report = log.verify();

        assertThat(report.status()).isEqualTo(VerifyReport.Status.TAMPERED);
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("line 3", "entry 4", "entry 3"));
    }

    @Test
    void swappedLinesAreDetected() throws IOException {
        AuditLog log = filled(4);
        List<String> lines = new ArrayList<>(Files.readAllLines(log.file()));
        String second = lines.get(1);
        lines.set(1, lines.get(2));
        lines.set(2, second);
        Files.write(log.file(), lines);

        assertThat(log.verify().status()).isEqualTo(VerifyReport.Status.TAMPERED);
    }

    @Test
    void aTornLastLineIsReportedAsSuchAndRecoveredByTheNextAppend() throws IOException {
        AuditLog log = filled(3);
        String fourth = AuditLineCodec.encode(4, CLOCK.instant(), record("x", Phase.INTENT), "f".repeat(64),
                Optional.empty());
        Files.writeString(log.file(), fourth.substring(0, 40), StandardOpenOption.APPEND);

        VerifyReport torn = log.verify();
        assertThat(torn.status()).isEqualTo(VerifyReport.Status.TORN_TAIL);
        assertThat(torn.entries()).isEqualTo(3);

        AuditEntry next = log.append(record("after crash", Phase.INTENT));

        assertThat(next.seq()).isEqualTo(4);
        VerifyReport after = log.verify();
        assertThat(after.status()).isEqualTo(VerifyReport.Status.INTACT);
        assertThat(after.recoveredTornLines()).isEqualTo(1);
        assertThat(after.entries()).isEqualTo(4);
        assertThat(log.readAll()).hasSize(4);
    }

    @Test
    void aLineTornInsideAMultiByteCharacterIsRecovered() throws IOException {
        AuditLog log = filled(1);
        String second = AuditLineCodec.encode(2, CLOCK.instant(), record("€", Phase.INTENT),
                log.verify().headHash(), Optional.empty());
        byte[] bytes = second.getBytes(StandardCharsets.UTF_8);
        int euro = second.substring(0, second.indexOf('€')).getBytes(StandardCharsets.UTF_8).length;
        Files.write(log.file(), Arrays.copyOf(bytes, euro + 2), StandardOpenOption.APPEND);

        log.append(record("after", Phase.INTENT));

        assertThat(log.verify().status()).isEqualTo(VerifyReport.Status.INTACT);
    }

    @Test
    void deletingARecoveredTornLineIsDetected() throws IOException {
        // As versions before the quarantine file recovered it: the torn line left in place, named by the next entry.
        AuditLog log = filled(2);
        String torn = "{\"seq\":3,\"ti";
        AuditLineCodec.Recovery inPlace = new AuditLineCodec.Recovery(2, Sha256.hex(torn), false);
        String recovering = AuditLineCodec.encode(3, CLOCK.instant(), record("after", Phase.INTENT),
                log.verify().headHash(), Optional.of(inPlace));
        Files.writeString(log.file(), torn + "\n" + recovering + "\n", StandardOpenOption.APPEND);
        List<String> lines = new ArrayList<>(Files.readAllLines(log.file()));
        lines.remove(2);
        Files.write(log.file(), lines);

        VerifyReport report = log.verify();

        assertThat(report.status()).isEqualTo(VerifyReport.Status.TAMPERED);
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("no longer there"));
    }

    @Test
    void appendRefusesToChainOntoADamagedLastEntry() throws IOException {
        AuditLog log = filled(2);
        List<String> lines = new ArrayList<>(Files.readAllLines(log.file()));
        lines.set(1, lines.get(1).replace("RESULT", "INTENT"));
        Files.write(log.file(), lines);

        assertThatThrownBy(() -> log.append(record("x", Phase.INTENT))).isInstanceOf(AuditException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void missingLogVerifiesAsEmptyAndIntact() {
        VerifyReport report = log().verify();

        assertThat(report.status()).isEqualTo(VerifyReport.Status.INTACT);
        assertThat(report.entries()).isZero();
        assertThat(log().readAll()).isEmpty();
    }

    @Test
    void concurrentAppendsKeepOneChain() throws Exception {
        AuditLog log = log();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 200; i++) {
            int n = i;
            pool.execute(() -> log.append(record("t" + n, Phase.INTENT)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        VerifyReport report = log.verify();
        assertThat(report.status()).isEqualTo(VerifyReport.Status.INTACT);
        assertThat(report.entries()).isEqualTo(200);
    }

    @Test
    void twoLogObjectsOnOneFileLoseNoAppends() throws Exception {
        AuditLog one = log();
        AuditLog other = log();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<AuditEntry>> appended = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            AuditLog log = i % 2 == 0 ? one : other;
            AuditRecord record = record("t" + i, Phase.INTENT);
            appended.add(pool.submit(() -> log.append(record)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        for (Future<AuditEntry> entry : appended) {
            assertThat(entry.get()).isNotNull();
        }

        VerifyReport report = one.verify();
        assertThat(report.status()).isEqualTo(VerifyReport.Status.INTACT);
        assertThat(report.entries()).isEqualTo(200);
    }

    @Test
    void durableAppendIsReadableAtOnce() {
        AuditLog log = new AuditLog(dir.resolve("sync/audit.jsonl"), CLOCK, AuditLog.Durability.SYNC);

        log.append(record("s", Phase.INTENT));

        assertThat(log.readAll()).hasSize(1);
    }

    private AuditLog log() {
        return new AuditLog(dir.resolve("audit.jsonl"), CLOCK, AuditLog.Durability.OS_BUFFERED);
    }

    private AuditLog filled(int entries) {
        AuditLog log = log();
        for (int i = 1; i <= entries; i++) {
            log.append(new AuditRecord(new Operator("op", "host"), "arn:aws:iam::1:user/op", "1", "us-east-1",
                    "stack-" + i, "shop-prod-" + i, "PRODUCTION", "DELETE_INSTANCE", null, "plan-" + i,
                    List.of("i-" + i), new Evidence("shop-prod-" + i, null, null),
                    i % 2 == 1 ? Phase.INTENT : Phase.RESULT, "ok"));
        }
        return log;
    }

    static AuditRecord record(String typed, Phase phase) {
        return new AuditRecord(new Operator("alice", "ws-17"), "arn:aws:iam::123456789012:user/alice",
                "123456789012", "us-east-1", "stack-1", "shop-prod", "PRODUCTION", "DELETE_INSTANCE", "DeleteVolumes",
                "plan-1", List.of("inst-1 (rails-app7)"), new Evidence(typed, "decommission v1", "arm-1"),
                phase, phase == Phase.RESULT ? "ok request=r-1" : null);
    }
}
