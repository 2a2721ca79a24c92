package safetyconsole.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The append-only, hash-chained audit log: JSON lines, each holding the SHA-256 of the one before.
 * Appends take an exclusive file lock (and, within this JVM, one monitor per file) and read the chain's head from
 * the file itself, so two console windows never fork the chain; with {@link Durability#SYNC} each entry is on
 * disk before {@code append} returns. After each entry the head is written to the anchor, a file in another
 * folder, so a log cut back or rewritten as a whole no longer passes {@link #verify()}. A line cut short by a
 * crash is moved to a quarantine file beside the log and named by the next entry, which chains on the last good
 * one. Reads decode the log's blocks on the decoders it is given (the composition root's pool).
 */
public final class AuditLog {

    /** How far an append goes before it returns. */
    public enum Durability {
        /** fsync after every entry: the entry survives a power cut. The console uses this. */
        SYNC,
        /** Written to the OS only; for benchmarks and tests that append thousands of entries. */
        OS_BUFFERED
    }

    private static final int TAIL_BLOCK = 8192;
    private static final String NOT_CHECKED = "; nothing will be changed until the log is checked (Verify).";
    /** A JVM holds a file lock once: a second FileChannel.lock on the same file throws instead of waiting. */
    private static final ConcurrentMap<Path, Object> APPENDING = new ConcurrentHashMap<>();

    private final Path file;
    private final AuditAnchor anchor;
    private final Path quarantine;
    private final Clock clock;
    private final Durability durability;
    private final Executor decoders;
    private final int blockBytes;
    private Object monitor;

    /**
     * @param anchorFile where the head is kept after each append: in another folder than the log
     * @param decoders   where blocks of a read are decoded, side by side
     */
    public AuditLog(Path file, Path anchorFile, Clock clock, Durability durability, Executor decoders) {
        this(file, anchorFile, clock, durability, decoders, LineBlocks.BLOCK_BYTES);
    }

    /** @param blockBytes how much of the log is read at once: tests make it small to cut lines across blocks */
    AuditLog(Path file, Path anchorFile, Clock clock, Durability durability, Executor decoders, int blockBytes) {
        this.file = file;
        this.anchor = new AuditAnchor(anchorFile);
        this.quarantine = file.resolveSibling(file.getFileName() + ".torn");
        this.clock = clock;
        this.durability = durability;
        this.decoders = decoders;
        this.blockBytes = blockBytes;
    }

    /** For tests and tools: reads decode on the calling thread. */
    public AuditLog(Path file, Path anchorFile, Clock clock, Durability durability) {
        this(file, anchorFile, clock, durability, Runnable::run);
    }

    /** The anchor beside the log, for tests and tools: it then goes where the log goes; reads on the calling thread. */
    public AuditLog(Path file, Clock clock, Durability durability) {
        this(file, file.resolveSibling(file.getFileName() + ".anchor"), clock, durability);
    }

    public Path file() {
        return file;
    }

    public AuditEntry append(AuditRecord record) {
        try {
            synchronized (monitor()) {
                return appendLocked(record);
            }
        } catch (IOException e) {
            throw new AuditException("Cannot write the audit log " + file, e);
        }
    }

    /** The same for every AuditLog of this file, however its path was spelled; found once, at the first append. */
    private synchronized Object monitor() throws IOException {
        if (monitor == null) {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            monitor = APPENDING.computeIfAbsent(folder.toRealPath().resolve(file.getFileName()), path -> new Object());
        }
        return monitor;
    }

    @SuppressWarnings("try") // the lock is held by the try block itself, never read
    private AuditEntry appendLocked(AuditRecord record) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            Tail tail = Tail.read(channel);
            requireAnchorAgrees(tail);
            Optional<AuditLineCodec.Recovery> recovery = Optional.empty();
            if (tail.tornBytes().length > 0) {
                if (!TornTail.isStartOfNext(tail.tornBytes(), tail.lastSeq() + 1, tail.lastHash())) {
                    throw new AuditException("The audit log ends in bytes that are not an entry cut short by a crash"
                            + NOT_CHECKED);
                }
                recovery = Optional.of(moveToQuarantine(tail, channel));
            }
            String line = AuditLineCodec.encode(tail.lastSeq() + 1, clock.instant(), record, tail.lastHash(),
                    recovery);
            channel.position(channel.size());
            ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            if (durability == Durability.SYNC) {
                channel.force(false);
            }
            AuditEntry entry = AuditLineCodec.decode(line).orElseThrow().entry();
            anchor.write(new Checkpoint(entry.seq(), entry.hash()), durability);
            return entry;
        }
    }

    /**
     * The anchor names the last entry, or the one before it when a crash came between the entry and the anchor.
     * No anchor yet (a new log, or one from before anchors): this append starts it.
     */
    private void requireAnchorAgrees(Tail tail) {
        Optional<Checkpoint> anchored;
        try {
            anchored = anchor.read();
        } catch (AuditAnchor.NotAnAnchor e) {
            throw new AuditException("In the audit log, " + e.getMessage() + NOT_CHECKED, e);
        }
        boolean agrees = anchored.isEmpty() || anchored.get().equals(new Checkpoint(tail.lastSeq(), tail.lastHash()))
                || anchored.get().equals(new Checkpoint(tail.lastSeq() - 1, tail.lastPrevHash()));
        if (!agrees) {
            throw new AuditException("The audit log does not end where its anchor says it does" + NOT_CHECKED);
        }
    }

    /** Torn bytes are evidence: kept on disk in the quarantine file before they leave the log. */
    private AuditLineCodec.Recovery moveToQuarantine(Tail tail, FileChannel log) throws IOException {
        try (FileChannel out = FileChannel.open(quarantine, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer bytes = ByteBuffer.allocate(tail.tornBytes().length + 1).put(tail.tornBytes()).put((byte) '\n');
            bytes.flip();
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(true);
        }
        log.truncate(log.size() - tail.tornBytes().length);
        return new AuditLineCodec.Recovery(tail.lastSeq(), Sha256.hex(tail.tornBytes()), true);
    }

    /** Every intact entry, oldest first. Damaged lines are skipped here; {@link #verify()} reports them. */
    public List<AuditEntry> readAll() {
        List<AuditEntry> entries = new ArrayList<>();
        try {
            pipeline().run(file, AuditLog::entries, entries::addAll);
        } catch (IOException e) {
            throw new AuditException("Cannot read the audit log " + file, e);
        }
        return entries;
    }

    /**
     * Where each intact entry is (those {@link #readAll()} reads), with its values of {@code keys}: to show a few
     * of many entries at a time.
     */
    public AuditIndex index(List<Function<AuditEntry, String>> keys) {
        try {
            return AuditIndex.build(file, pipeline(), keys);
        } catch (IOException e) {
            throw new AuditException("Cannot read the audit log " + file, e);
        }
    }

    /** The chain, its end against the anchor, and its last line against what a crash can leave. */
    public VerifyReport verify() {
        return verify(Optional.empty());
    }

    /** As {@link #verify()}, and the log must still hold the entry the seal names. */
    public VerifyReport verify(AuditSeal seal) {
        return verify(Optional.of(seal));
    }

    /**
     * The head that {@code report}, a verify of this log, found, sealed now by {@code operator}: to keep elsewhere.
     *
     * @throws IllegalArgumentException for a report that found the log changed: that is no head to vouch for
     */
    public AuditSeal seal(VerifyReport report, Operator operator) {
        if (report.status() == VerifyReport.Status.TAMPERED) {
            throw new IllegalArgumentException("A changed log is not sealed: " + report.problems().get(0));
        }
        return AuditSeal.of(new Checkpoint(report.entries(), report.headHash()), clock.instant(), operator);
    }

    private VerifyReport verify(Optional<AuditSeal> seal) {
        List<ChainVerifier.Expected> expected = new ArrayList<>();
        seal.ifPresent(s -> expected.add(new ChainVerifier.Expected(s.checkpoint(), s.source())));
        try {
            // Read before the log: an append meanwhile makes the log longer than this anchor, never shorter.
            Optional<Checkpoint> before = anchor.read();
            before.ifPresent(c -> expected.add(new ChainVerifier.Expected(c, "its anchor")));
            ChainVerifier verifier = new ChainVerifier(expected, before.isPresent(), quarantinedHashes());
            pipeline().run(file, ChainVerifier::decode, verifier::lines);
            // And after it: the log may be one entry past it (an append between its entry and its anchor), no more.
            anchor.read().ifPresent(verifier::atMostOnePast);
            return verifier.report(seal);
        } catch (AuditAnchor.NotAnAnchor e) {
            return new VerifyReport(VerifyReport.Status.TAMPERED, 0, 0, List.of(e.getMessage() + "."),
                    AuditLineCodec.GENESIS, seal);
        } catch (IOException e) {
            throw new AuditException("Cannot read the audit log " + file, e);
        }
    }

    private BlockPipeline pipeline() {
        return new BlockPipeline(blockBytes, decoders);
    }

    /** The intact entries of a block of lines. */
    static List<AuditEntry> entries(LineBlocks.Block block) {
        List<AuditEntry> entries = new ArrayList<>();
        DecodedLines.forEachEntry(block, (decoded, from, to) -> entries.add(decoded.entry()));
        return entries;
    }

    private Set<String> quarantinedHashes() throws IOException {
        Set<String> hashes = new HashSet<>();
        pipeline().run(quarantine, block -> {
            List<String> ofBlock = new ArrayList<>();
            block.forEachLine((bytes, from, to, terminated) ->
                    ofBlock.add(Sha256.hex(Arrays.copyOfRange(bytes, from, to))));
            return ofBlock;
        }, hashes::addAll);
        return hashes;
    }

    /** The chain's head as the file holds it, read backwards from the end. */
    private record Tail(long lastSeq, String lastHash, String lastPrevHash, byte[] tornBytes) {

        static Tail read(FileChannel channel) throws IOException {
            if (channel.size() == 0) {
                return new Tail(0, AuditLineCodec.GENESIS, null, new byte[0]);
            }
            byte[] end = readBackTo(channel, 2);
            int lastNewline = lastIndexOf(end, end.length - 1);
            byte[] torn = Arrays.copyOfRange(end, lastNewline + 1, end.length);
            if (lastNewline < 0) {
                return new Tail(0, AuditLineCodec.GENESIS, null, torn);
            }
            int lineStart = lastIndexOf(end, lastNewline - 1) + 1;
            AuditEntry last = AuditLineCodec.decode(Arrays.copyOfRange(end, lineStart, lastNewline))
                    .map(AuditLineCodec.Decoded::entry)
                    .orElseThrow(() -> new AuditException("The last complete entry of the audit log is damaged"
                            + NOT_CHECKED));
            return new Tail(last.seq(), last.hash(), last.prevHash(), torn);
        }

        private static int lastIndexOf(byte[] bytes, int from) {
            for (int i = from; i >= 0; i--) {
                if (bytes[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        /** Reads blocks from the end until {@code newlines} line breaks are in hand (or the file starts). */
        private static byte[] readBackTo(FileChannel channel, int newlines) throws IOException {
            long position = channel.size();
            byte[] collected = new byte[0];
            while (position > 0) {
                int length = (int) Math.min(TAIL_BLOCK, position);
                position -= length;
                ByteBuffer block = ByteBuffer.allocate(length);
                channel.read(block, position);
                byte[] joined = new byte[length + collected.length];
                System.arraycopy(block.array(), 0, joined, 0, length);
                System.arraycopy(collected, 0, joined, length, collected.length);
                collected = joined;
                if (countNewlines(collected) >= newlines) {
                    break;
                }
            }
            return collected;
        }

        private static int countNewlines(byte[] bytes) {
            int count = 0;
            for (byte b : bytes) {
                if (b == '\n') {
                    count++;
                }
            }
            return count;
        }
    }
}
