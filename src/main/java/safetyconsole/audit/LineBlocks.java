package safetyconsole.audit;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a file in blocks of whole lines, each block one array: lines are found in it, never copied one by one, and
 * a crash's torn bytes stay exactly as they are on disk. A line longer than a block makes its block grow to hold it.
 */
final class LineBlocks implements Closeable {

    /** About 1,300 entries of the console's size. */
    static final int BLOCK_BYTES = 1 << 20;

    /** What to do with one line of a block: {@code bytes[from, to)}, without its newline. */
    interface LineVisitor {
        /** {@code terminated} is false only for a last line with no newline after it. */
        void line(byte[] bytes, int from, int to, boolean terminated);
    }

    /** Bytes {@code [0, length)} of {@code bytes} are whole lines, from {@code offset} in the file on. */
    record Block(long offset, byte[] bytes, int length) {

        void forEachLine(LineVisitor visitor) {
            int start = 0;
            for (int end = nextNewline(bytes, 0, length); end >= 0; end = nextNewline(bytes, start, length)) {
                visitor.line(bytes, start, end, true);
                start = end + 1;
            }
            if (start < length) {
                visitor.line(bytes, start, length, false);
            }
        }
    }

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0a0a0a0a0a0a0a0aL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final InputStream in;
    private final int blockBytes;
    private byte[] carried = new byte[0];
    private long offset;
    private boolean ended;

    private LineBlocks(InputStream in, int blockBytes) {
        this.in = in;
        this.blockBytes = blockBytes;
    }

    /** A file that does not exist has no lines. */
    static LineBlocks open(Path file, int blockBytes) throws IOException {
        try {
            return new LineBlocks(Files.newInputStream(file), blockBytes);
        } catch (NoSuchFileException e) {
            return new LineBlocks(InputStream.nullInputStream(), blockBytes);
        }
    }

    /** The next block, or null after the last. */
    Block next() throws IOException {
        byte[] bytes = new byte[Math.max(blockBytes, carried.length + 1)];
        System.arraycopy(carried, 0, bytes, 0, carried.length);
        int filled = carried.length;
        while (true) {
            if (!ended) {
                int read = in.readNBytes(bytes, filled, bytes.length - filled);
                filled += read;
                ended = filled < bytes.length;
            }
            int end = ended ? filled : lastNewline(bytes, filled) + 1;
            if (end > 0 || ended) {
                carried = Arrays.copyOfRange(bytes, end, filled);
                if (end == 0) {
                    return null;
                }
                Block block = new Block(offset, bytes, end);
                offset += end;
                return block;
            }
            byte[] larger = new byte[bytes.length * 2];
            System.arraycopy(bytes, 0, larger, 0, filled);
            bytes = larger;
        }
    }

    /** Eight bytes at a time: a newline's byte in a word is found with arithmetic, not a comparison per byte. */
    static int nextNewline(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long x = (long) WORDS.get(bytes, i) ^ NEWLINES;
            long found = (x - ONES) & ~x & HIGH_BITS;
            if (found != 0) {
                // The lowest flagged byte is always a newline; flags above it may be false.
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int lastNewline(byte[] bytes, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
