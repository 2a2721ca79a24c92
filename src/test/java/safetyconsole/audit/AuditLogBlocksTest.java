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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The log is read in blocks of lines decoded in parallel: however the blocks cut it, verify and read see the same
 * log, and memory holds a few blocks, not the log.
 */
class AuditLogBlocksTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final int ENTRIES = 40;

    @TempDir
    Path dir;

    private final ExecutorService decoders = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopDecoders() {
        decoders.shutdownNow();
    }

    /** Smaller than a line (blocks grow to hold one), a few lines, and the console's own. */
    @ParameterizedTest(name = "blocks of {0} bytes")
    @ValueSource(ints = {64, 3_000, LineBlocks.BLOCK_BYTES})
    void anIntactLogReadsTheSameInBlocksOfAnySize(int blockBytes) {
        AuditLog written = filled();

        AuditLog log = reading(written, blockBytes);

        VerifyReport report = log.verify();
        assertThat(report.status()).isEqualTo(VerifyReport.Status.INTACT);
        assertThat(report.entries()).isEqualTo(ENTRIES);
        assertThat(report.headHash()).isEqualTo(written.verify().headHash());
        assertThat(log.readAll()).extracting(AuditEntry::seq).containsExactlyElementsOf(seqs(1, ENTRIES));
    }

    @ParameterizedTest(name = "blocks of {0} bytes")
    @ValueSource(ints = {64, 3_000})
    void damageInAnyBlockIsNamedByItsLine(int blockBytes) throws IOException {
        AuditLog written = filled();
        List<String> lines = new ArrayList<>(Files.readAllLines(written.file()));
        lines.set(26, lines.get(26).replace("alice", "mallory"));
        Files.write(written.file(), lines);

        AuditLog log = reading(written, blockBytes);

        VerifyReport report = log.verify();
        assertThat(report.status()).isEqualTo(VerifyReport.Status.TAMPERED);
        assertThat(report.problems()).containsExactly("line 27 is not an intact entry (edited or damaged).",
                "line 28 holds entry 28 where entry 27 belongs (entries deleted or reordered).");
        assertThat(log.readAll()).hasSize(ENTRIES - 1);
    }

    @ParameterizedTest(name = "blocks of {0} bytes")
    @ValueSource(ints = {64, 3_000})
    void aTornTailAtTheEndOfTheLastBlockIsSeenAsOne(int blockBytes) throws IOException {
        AuditLog written = filled();
        String next = AuditLineCodec.encode(ENTRIES + 1, CLOCK.instant(), AuditLogTest.record("x", Phase.INTENT),
                written.verify().headHash(), Optional.empty());
        Files.writeString(written.file(), next.substring(0, 300), StandardOpenOption.APPEND);

        AuditLog log = reading(written, blockBytes);

        assertThat(log.verify().status()).isEqualTo(VerifyReport.Status.TORN_TAIL);
        assertThat(log.readAll()).hasSize(ENTRIES);
    }

    @Test
    void verifyHoldsAFewBlocksHoweverLongTheLog() throws IOException {
        AuditLog log = filled();
        long lines = Files.readAllLines(log.file()).size();
        BlockPipeline pipeline = new BlockPipeline(1_000, decoders);
        ChainVerifier verifier = new ChainVerifier(List.of(), false, Set.of());
        List<Integer> linesPerBlock = new ArrayList<>();

        pipeline.run(log.file(), ChainVerifier::decode, decoded -> {
            linesPerBlock.add(decoded.size());
            verifier.lines(decoded);
        });

        assertThat(linesPerBlock).hasSizeGreaterThan(10).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
        assertThat(linesPerBlock.stream().mapToInt(Integer::intValue).sum()).isEqualTo(lines);
        // So at most IN_FLIGHT blocks of two lines each were in memory at once, of the log's 40.
        assertThat(pipeline.peakBlocksHeld()).isBetween(2, BlockPipeline.IN_FLIGHT);
        assertThat(verifier.report(Optional.empty()).entries()).isEqualTo(ENTRIES);
    }

    @Test
    void verifyReadAndIndexDecodeOnTheDecodersTheLogIsGiven() {
        AuditLog written = filled();
        AtomicInteger blocksDecoded = new AtomicInteger();
        AuditLog log = new AuditLog(written.file(), dir.resolve("audit.jsonl.anchor"), CLOCK,
                AuditLog.Durability.OS_BUFFERED, block -> {
                    blocksDecoded.incrementAndGet();
                    decoders.execute(block);
                }, 1_000);

        assertThat(log.verify().status()).isEqualTo(VerifyReport.Status.INTACT);
        int byVerify = blocksDecoded.get();
        assertThat(log.readAll()).hasSize(ENTRIES);
        int byRead = blocksDecoded.get() - byVerify;
        assertThat(log.index(List.of(e -> e.record().operation())).size()).isEqualTo(ENTRIES);
        int byIndex = blocksDecoded.get() - byVerify - byRead;

        // The 40 lines fill more than ten blocks of 1,000 bytes; the first of each read is decoded there too.
        assertThat(List.of(byVerify, byRead, byIndex)).allSatisfy(blocks -> assertThat(blocks).isGreaterThan(10));
    }

    @Test
    void aNewlineIsFoundAtEveryPlaceOfAWord() {
        for (int at = 0; at < 20; at++) {
            byte[] bytes = "x".repeat(20).getBytes(StandardCharsets.US_ASCII);
            bytes[at] = '\n';
            assertThat(LineBlocks.nextNewline(bytes, 0, bytes.length)).as("newline at %d", at).isEqualTo(at);
            assertThat(LineBlocks.nextNewline(bytes, at + 1, bytes.length)).isEqualTo(-1);
        }
        byte[] highBytes = "\u00e9\u20ac\u00ff".repeat(6).getBytes(StandardCharsets.UTF_8);
        assertThat(LineBlocks.nextNewline(highBytes, 0, highBytes.length)).isEqualTo(-1);
    }

    private AuditLog filled() {
        AuditLog log = new AuditLog(dir.resolve("audit.jsonl"), CLOCK, AuditLog.Durability.OS_BUFFERED);
        for (int i = 1; i <= ENTRIES; i++) {
            log.append(AuditLogTest.record("t" + i, i % 2 == 1 ? Phase.INTENT : Phase.RESULT));
        }
        return log;
    }

    private AuditLog reading(AuditLog written, int blockBytes) {
        return new AuditLog(written.file(), dir.resolve("audit.jsonl.anchor"), CLOCK, AuditLog.Durability.OS_BUFFERED,
                decoders, blockBytes);
    }

    private static List<Long> seqs(long from, long to) {
        List<Long> seqs = new ArrayList<>();
        for (long s = from; s <= to; s++) {
            seqs.add(s);
        }
        return seqs;
    }
}
