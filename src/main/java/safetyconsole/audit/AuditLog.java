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
import java.util.List;
import java.util.Optional;

/**
 * The append-only, hash-chained audit log: JSON lines, each holding the SHA-256 of the one before.
 * Appends take an exclusive file lock and read the chain's head from the file itself, so two console windows
 * never fork the chain; with {@link Durability#SYNC} each entry is on disk before {@code append} returns.
 * A line cut short by a crash is left in place and named by the next entry, which chains on the last good one.
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

    private final Path file;
    private final Clock clock;
    private final Durability durability;

    public AuditLog(Path file, Clock clock, Durability durability) {
        this.file = file;
        this.clock = clock;
        this.durability = durability;
    }

    public Path file() {
        return file;
    }

    @SuppressWarnings("try") // the lock is held by the try block itself, never read
    public synchronized AuditEntry append(AuditRecord record) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                Tail tail = Tail.read(channel);
                Optional<AuditLineCodec.Recovery> recovery = Optional.empty();
                StringBuilder out = new StringBuilder();
                if (tail.tornBytes().length > 0) {
                    recovery = Optional.of(new AuditLineCodec.Recovery(tail.lastSeq(),
                            AuditLineCodec.sha256(tail.tornBytes())));
                    out.append('\n');
                }
                AuditEntry entry = new AuditEntry(tail.lastSeq() + 1, clock.instant(), record, tail.lastHash(), null);
                String line = AuditLineCodec.encode(entry.seq(), entry.time(), record, entry.prevHash(), recovery);
                out.append(line).append('\n');
                channel.position(channel.size());
                ByteBuffer bytes = ByteBuffer.wrap(out.toString().getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                if (durability == Durability.SYNC) {
                    channel.force(false);
                }
                return AuditLineCodec.decode(line).orElseThrow().entry();
            }
        } catch (IOException e) {
            throw new AuditException("Cannot write the audit log " + file, e);
        }
    }

    /** Every intact entry, oldest first. Damaged lines are skipped here; {@link #verify()} reports them. */
    public List<AuditEntry> readAll() {
        List<AuditEntry> entries = new ArrayList<>();
        try {
            RawLines.read(file, (bytes, terminated) -> {
                if (terminated) {
                    AuditLineCodec.decode(bytes).ifPresent(decoded -> entries.add(decoded.entry()));
                }
            });
        } catch (IOException e) {
            throw new AuditException("Cannot read the audit log " + file, e);
        }
        return entries;
    }

    public VerifyReport verify() {
        ChainVerifier verifier = new ChainVerifier();
        try {
            RawLines.read(file, verifier::line);
        } catch (IOException e) {
            throw new AuditException("Cannot read the audit log " + file, e);
        }
        return verifier.report();
    }

    /** The chain's head as the file holds it, read backwards from the end. */
    private record Tail(long lastSeq, String lastHash, byte[] tornBytes) {

        static Tail read(FileChannel channel) throws IOException {
            if (channel.size() == 0) {
                return new Tail(0, AuditLineCodec.GENESIS, new byte[0]);
            }
            byte[] end = readBackTo(channel, 2);
            int lastNewline = lastIndexOf(end, end.length - 1);
            byte[] torn = Arrays.copyOfRange(end, lastNewline + 1, end.length);
            if (lastNewline < 0) {
                return new Tail(0, AuditLineCodec.GENESIS, torn);
            }
            int lineStart = lastIndexOf(end, lastNewline - 1) + 1;
            AuditEntry last = AuditLineCodec.decode(Arrays.copyOfRange(end, lineStart, lastNewline))
                    .map(AuditLineCodec.Decoded::entry)
                    .orElseThrow(() -> new AuditException("The last complete entry of the audit log is damaged;"
                            + " nothing will be changed until the log is checked (Verify)."));
            return new Tail(last.seq(), last.hash(), torn);
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
