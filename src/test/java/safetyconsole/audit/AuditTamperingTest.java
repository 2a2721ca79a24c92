package safetyconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way of changing a written log that issue 18 tried, as one table: each must be TAMPERED, and an append
 * afterwards must not launder it into an intact log. The real crashes at the end are TORN_TAIL with nothing lost.
 */
class AuditTamperingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final int ENTRIES = 6;

    @TempDir
    Path dir;

    /** Changes the log's lines (each without its line break) or its bytes. */
    interface Tampering {
        void apply(Path log) throws IOException;
    }

    static Stream<Arguments> tamperings() {
        return Stream.of(
                tampering("the newest entry deleted at a line boundary", lines(l -> l.remove(ENTRIES - 1))),
                tampering("the newest three entries deleted at a line boundary",
                        lines(l -> l.subList(ENTRIES - 3, ENTRIES).clear())),
                tampering("the file emptied", log -> Files.write(log, new byte[0])),
                tampering("the file deleted", Files::delete),
                tampering("the file replaced by a new one-entry chain",
                        log -> Files.writeString(log, encode(1, "fresh", AuditLineCodec.GENESIS) + "\n")),
                tampering("the first line rewritten and every later hash recomputed",
                        entries(l -> l.set(0, renamed(l.get(0), "mallory")))),
                tampering("a middle line rewritten and every later hash recomputed",
                        entries(l -> l.set(2, renamed(l.get(2), "mallory")))),
                tampering("the last line rewritten with its hash recomputed",
                        entries(l -> l.set(ENTRIES - 1, renamed(l.get(ENTRIES - 1), "mallory")))),
                tampering("the file cut in the middle of a line", log -> cut(log, Files.size(log) / 2)),
                tampering("bytes cut out of the middle of a line", log -> {
                    byte[] bytes = Files.readAllBytes(log);
                    int from = bytes.length / 2;
                    byte[] out = new byte[bytes.length - 30];
                    System.arraycopy(bytes, 0, out, 0, from);
                    System.arraycopy(bytes, from + 30, out, from, bytes.length - from - 30);
                    Files.write(log, out);
                }),
                tampering("garbage without a line break appended",
                        log -> Files.writeString(log, "rm -rf /", StandardOpenOption.APPEND)),
                tampering("the last line edited", lines(l -> l.set(ENTRIES - 1,
                        l.get(ENTRIES - 1).replace("\"typedText\":\"t6\"", "\"typedText\":\"t9\"")))),
                tampering("the last line edited and its line break removed", log -> {
                    List<String> lines = Files.readAllLines(log);
                    String last = lines.remove(ENTRIES - 1).replace("t6", "t9");
                    Files.writeString(log, String.join("\n", lines) + "\n" + last);
                }),
                tampering("every line break made CRLF", lines(l -> l.replaceAll(line -> line + "\r"))),
                tampering("the last line break made CRLF", lines(l -> l.set(ENTRIES - 1, l.get(ENTRIES - 1) + "\r"))),
                tampering("trailing spaces on a line", lines(l -> l.set(2, l.get(2) + "  "))),
                tampering("a space after the last line break",
                        log -> Files.writeString(log, " ", StandardOpenOption.APPEND)),
                tampering("a middle line duplicated", lines(l -> l.add(3, l.get(2)))),
                tampering("the last line duplicated", lines(l -> l.add(l.get(ENTRIES - 1)))),
                tampering("two lines swapped", lines(l -> l.set(3, l.set(2, l.get(3))))),
                tampering("a middle line deleted", lines(l -> l.remove(2))),
                tampering("a forged pair appended, numbered and hashed on", entries(l -> {
                    l.add(forged(ENTRIES + 1, Phase.INTENT));
                    l.add(forged(ENTRIES + 2, Phase.RESULT));
                })),
                tampering("a forged pair inserted, every later entry renumbered and rehashed", entries(l -> {
                    l.add(2, forged(3, Phase.INTENT));
                    l.add(3, forged(4, Phase.RESULT));
                })),
                tampering("the last pair replaced by a forged pair, rehashed", entries(l -> {
                    l.set(ENTRIES - 2, forged(ENTRIES - 1, Phase.INTENT));
                    l.set(ENTRIES - 1, forged(ENTRIES, Phase.RESULT));
                })),
                tampering("the last entry cut back to its first bytes, as a crash would",
                        log -> cut(log, Files.size(log) - 600)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperings")
    void isTamperedAndStaysSoAfterAnAppend(String name, Tampering tampering) throws IOException {
        AuditLog log = filled();
        tampering.apply(log.file());

        VerifyReport report = log.verify();
        assertThat(report.status()).as(name).isEqualTo(VerifyReport.Status.TAMPERED);
        assertThat(report.problems()).isNotEmpty();

        try {
            log.append(record("after", Phase.INTENT));
        } catch (AuditException refused) {
            assertThat(refused.getMessage()).contains("nothing will be changed until the log is checked");
        }
        assertThat(log.verify().status()).as(name + ", then an append").isEqualTo(VerifyReport.Status.TAMPERED);
    }

    static Stream<Arguments> crashes() {
        return Stream.of(
                Arguments.of("cut in the middle of the next entry", 200),
                Arguments.of("cut after its first byte", 1),
                Arguments.of("cut inside a multi-byte character", -1),
                Arguments.of("cut just before its line break", Integer.MAX_VALUE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crashes")
    void aCrashWhileWritingIsATornTailAndNothingIsLost(String name, int keep) throws IOException {
        AuditLog log = filled();
        String next = AuditLineCodec.encode(ENTRIES + 1, CLOCK.instant(), record("t€", Phase.INTENT),
                log.verify().headHash(), Optional.empty());
        byte[] bytes = next.getBytes(StandardCharsets.UTF_8);
        int euro = next.substring(0, next.indexOf('€')).getBytes(StandardCharsets.UTF_8).length + 1;
        byte[] torn = Arrays.copyOf(bytes, keep < 0 ? euro : Math.min(keep, bytes.length));
        Files.write(log.file(), torn, StandardOpenOption.APPEND);

        VerifyReport before = log.verify();
        assertThat(before.status()).as(name).isEqualTo(VerifyReport.Status.TORN_TAIL);
        assertThat(before.entries()).isEqualTo(ENTRIES);

        log.append(record("after the crash", Phase.INTENT));

        VerifyReport after = log.verify();
        assertThat(after.status()).isEqualTo(VerifyReport.Status.INTACT);
        assertThat(after.entries()).isEqualTo(ENTRIES + 1);
        assertThat(after.recoveredTornLines()).isEqualTo(1);
        byte[] quarantined = Files.readAllBytes(dir.resolve("audit.jsonl.torn"));
        assertThat(Arrays.copyOf(quarantined, quarantined.length - 1)).isEqualTo(torn);
    }

    private static Arguments tampering(String name, Tampering tampering) {
        return Arguments.of(name, tampering);
    }

    private interface LinesChange {
        void apply(List<String> lines);
    }

    private interface EntriesChange {
        void apply(List<AuditEntry> entries);
    }

    private static Tampering lines(LinesChange change) {
        return log -> {
            List<String> lines = new ArrayList<>(Files.readAllLines(log));
            change.apply(lines);
            Files.writeString(log, String.join("\n", lines) + "\n");
        };
    }

    /** Decodes every entry, changes the list, then numbers and chains it anew: a chain that checks out in itself. */
    private static Tampering entries(EntriesChange change) {
        return log -> {
            List<AuditEntry> entries = new ArrayList<>(new AuditLog(log, CLOCK, AuditLog.Durability.OS_BUFFERED)
                    .readAll());
            change.apply(entries);
            StringBuilder out = new StringBuilder();
            String prevHash = AuditLineCodec.GENESIS;
            for (int i = 0; i < entries.size(); i++) {
                String line = AuditLineCodec.encode(i + 1, CLOCK.instant(), entries.get(i).record(), prevHash,
                        Optional.empty());
                prevHash = AuditLineCodec.decode(line).orElseThrow().entry().hash();
                out.append(line).append('\n');
            }
            Files.writeString(log, out);
        };
    }

    private static void cut(Path log, long length) throws IOException {
        byte[] bytes = Files.readAllBytes(log);
        Files.write(log, Arrays.copyOf(bytes, (int) length));
    }

    private static AuditEntry renamed(AuditEntry entry, String osUser) {
        AuditRecord r = entry.record();
        return new AuditEntry(entry.seq(), entry.time(), new AuditRecord(new Operator(osUser, r.operator().host()),
                r.callerArn(), r.accountId(), r.region(), r.stackId(), r.stackName(), r.environment(), r.operation(),
                r.options(), r.planId(), r.targets(), r.evidence(), r.phase(), r.outcome()), null, null);
    }

    private static AuditEntry forged(long seq, Phase phase) {
        return new AuditEntry(seq, CLOCK.instant(), record("forged", phase), null, null);
    }

    private static String encode(long seq, String typed, String prevHash) {
        return AuditLineCodec.encode(seq, CLOCK.instant(), record(typed, Phase.INTENT), prevHash, Optional.empty());
    }

    private AuditLog filled() {
        AuditLog log = new AuditLog(dir.resolve("audit.jsonl"), dir.resolve("state/audit-anchor"), CLOCK,
                AuditLog.Durability.OS_BUFFERED);
        for (int i = 1; i <= ENTRIES; i++) {
            log.append(record("t" + i, i % 2 == 1 ? Phase.INTENT : Phase.RESULT));
        }
        return log;
    }

    private static AuditRecord record(String typed, Phase phase) {
        return AuditLogTest.record(typed, phase);
    }
}
