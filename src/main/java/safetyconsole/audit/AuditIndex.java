package safetyconsole.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Where each intact entry of the log is and a few of its values (what the window filters by), without the entries:
 * for 100,000 entries a few MB. Entries are decoded from the file again, hash checked, only when they are shown.
 */
public final class AuditIndex {

    private static final int ANY = -2;
    /** No entry has this value: the one wanted is not in the log. */
    private static final int NONE = -3;

    private final Path file;
    private final int size;
    private final long[] offsets;
    private final int[] lengths;
    /** {@code keys[k][i]} is the place of entry i's value of key k in {@code values.get(k)}, or -1 for none. */
    private final int[][] keys;
    private final List<List<String>> values;
    /** Per key, its values sorted (what the window's choices list), and where each value sits in {@code values}. */
    private final List<List<String>> sortedValues;
    private final List<Map<String, Integer>> idsByValue;

    private AuditIndex(Builder built) {
        this.file = built.file;
        this.size = built.size;
        this.offsets = Arrays.copyOf(built.offsets, size);
        this.lengths = Arrays.copyOf(built.lengths, size);
        this.keys = new int[built.keys.length][];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = Arrays.copyOf(built.keys[k], size);
        }
        this.values = built.values.stream().map(List::copyOf).toList();
        this.sortedValues = values.stream().map(list -> list.stream().sorted().toList()).toList();
        this.idsByValue = built.ids.stream().map(Map::copyOf).toList();
    }

    /** One pass over the log, as {@link AuditLog#readAll()} reads it, keeping the values of {@code keyFunctions}. */
    static AuditIndex build(Path file, BlockPipeline pipeline, List<Function<AuditEntry, String>> keyFunctions)
            throws IOException {
        Builder builder = new Builder(file, keyFunctions.size());
        pipeline.run(file, block -> Part.of(block, keyFunctions), builder::add);
        return new AuditIndex(builder);
    }

    public int size() {
        return size;
    }

    /** The values entries have for key {@code key}, each once, sorted; entries without one add nothing. */
    public List<String> values(int key) {
        return sortedValues.get(key);
    }

    /** The entries whose value of each key is the one wanted ({@code null}: any), newest first. */
    public Selection select(List<String> wanted) {
        int[] ids = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            ids[k] = wanted.get(k) == null ? ANY : idsByValue.get(k).getOrDefault(wanted.get(k), NONE);
        }
        int[] positions = new int[size];
        int count = 0;
        for (int i = size - 1; i >= 0; i--) {
            if (matches(i, ids)) {
                positions[count++] = i;
            }
        }
        return new Selection(Arrays.copyOf(positions, count));
    }

    private boolean matches(int entry, int[] ids) {
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] != ANY && keys[k][entry] != ids[k]) {
                return false;
            }
        }
        return true;
    }

    /** Some of the log's entries, in an order; read from the file a page at a time. Immutable, so any thread may. */
    public final class Selection {

        private final int[] positions;

        private Selection(int[] positions) {
            this.positions = positions;
        }

        public int size() {
            return positions.length;
        }

        /** Entries {@code [from, to)} of the selection, decoded from the log. */
        public List<AuditEntry> read(int from, int to) {
            if (from == to) {
                // Nothing to read: the log may not exist yet (no change made on this machine).
                return List.of();
            }
            List<AuditEntry> entries = new ArrayList<>(to - from);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                AuditLineCodec.Decoder decoder = new AuditLineCodec.Decoder();
                for (int i = from; i < to; i++) {
                    entries.add(readEntry(channel, decoder, positions[i]));
                }
            } catch (IOException e) {
                throw new AuditException("Cannot read the audit log " + file, e);
            }
            return entries;
        }

        /** The selection's entries in order, read {@code page} at a time: to write out many without holding them. */
        public Iterable<AuditEntry> pages(int page) {
            return () -> new Iterator<>() {
                private int next;
                private List<AuditEntry> read = List.of();
                private int readFrom;

                @Override
                public boolean hasNext() {
                    return next < positions.length;
                }

                @Override
                public AuditEntry next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    if (next - readFrom >= read.size()) {
                        readFrom = next;
                        read = read(next, Math.min(positions.length, next + page));
                    }
                    return read.get(next++ - readFrom);
                }
            };
        }
    }

    private AuditEntry readEntry(FileChannel channel, AuditLineCodec.Decoder decoder, int entry) throws IOException {
        ByteBuffer line = ByteBuffer.allocate(lengths[entry]);
        while (line.hasRemaining() && channel.read(line, offsets[entry] + line.position()) >= 0) {
            // Read until the line is in hand, or the file ends short of it (changed since it was indexed).
        }
        AuditLineCodec.Decoded decoded = decoder.decode(line.array(), 0, line.position());
        if (decoded == null) {
            throw new AuditException("The audit log " + file + " changed since it was read; reload it to see it"
                    + " as it is now (and verify it).");
        }
        return decoded.entry();
    }

    /** A block's intact entries: where each is, and its values. */
    private record Part(long[] offsets, int[] lengths, String[][] values, int size) {

        static Part of(LineBlocks.Block block, List<Function<AuditEntry, String>> keyFunctions) {
            List<long[]> found = new ArrayList<>();
            List<String[]> values = new ArrayList<>();
            DecodedLines.forEachEntry(block, (decoded, from, to) -> {
                found.add(new long[] {block.offset() + from, to - from});
                values.add(keyFunctions.stream().map(f -> f.apply(decoded.entry())).toArray(String[]::new));
            });
            long[] offsets = new long[found.size()];
            int[] lengths = new int[found.size()];
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = found.get(i)[0];
                lengths[i] = (int) found.get(i)[1];
            }
            return new Part(offsets, lengths, values.toArray(String[][]::new), offsets.length);
        }
    }

    /** Collects the parts in file order, each distinct value once. */
    private static final class Builder {

        private final Path file;
        private int size;
        private long[] offsets = new long[1024];
        private int[] lengths = new int[1024];
        private final int[][] keys;
        private final List<List<String>> values = new ArrayList<>();
        private final List<Map<String, Integer>> ids = new ArrayList<>();

        Builder(Path file, int keyCount) {
            this.file = file;
            this.keys = new int[keyCount][1024];
            for (int k = 0; k < keyCount; k++) {
                values.add(new ArrayList<>());
                ids.add(new HashMap<>());
            }
        }

        void add(Part part) {
            if (size + part.size() > offsets.length) {
                int capacity = Math.max(offsets.length * 2, size + part.size());
                offsets = Arrays.copyOf(offsets, capacity);
                lengths = Arrays.copyOf(lengths, capacity);
                for (int k = 0; k < keys.length; k++) {
                    keys[k] = Arrays.copyOf(keys[k], capacity);
                }
            }
            System.arraycopy(part.offsets(), 0, offsets, size, part.size());
            System.arraycopy(part.lengths(), 0, lengths, size, part.size());
            for (int i = 0; i < part.size(); i++) {
                for (int k = 0; k < keys.length; k++) {
                    keys[k][size + i] = id(k, part.values()[i][k]);
                }
            }
            size += part.size();
        }

        private int id(int key, String value) {
            if (value == null) {
                return -1;
            }
            return ids.get(key).computeIfAbsent(value, v -> {
                values.get(key).add(v);
                return values.get(key).size() - 1;
            });
        }
    }
}
