package safetyconsole.audit;

/**
 * The lines of a block as a decoder reads them: one decoder per block, as a decoder is for one thread and blocks
 * are decoded side by side. An unterminated line (only the last can be: a crash's torn tail, or bytes added by
 * hand) is never decoded.
 */
final class DecodedLines {

    /** What is made of one line: null when it is not an intact entry. */
    interface Reading<T> {
        T read(AuditLineCodec.Decoder decoder, byte[] bytes, int from, int to);
    }

    /** One line, {@code bytes[from, to)} without its newline, with what was made of it (null: nothing). */
    interface LineVisitor<T> {
        void line(byte[] bytes, int from, int to, boolean terminated, T read);
    }

    /** One intact entry, at {@code [from, to)} of its block. */
    interface EntryVisitor {
        void entry(AuditLineCodec.Decoded decoded, int from, int to);
    }

    private DecodedLines() {
    }

    /** Every line of {@code block}, in order, with what {@code reading} makes of it. */
    static <T> void forEachLine(LineBlocks.Block block, Reading<T> reading, LineVisitor<T> visitor) {
        AuditLineCodec.Decoder decoder = new AuditLineCodec.Decoder();
        block.forEachLine((bytes, from, to, terminated) ->
                visitor.line(bytes, from, to, terminated, terminated ? reading.read(decoder, bytes, from, to) : null));
    }

    /** The intact entries of {@code block}, in order, decoded whole. */
    static void forEachEntry(LineBlocks.Block block, EntryVisitor visitor) {
        forEachLine(block, AuditLineCodec.Decoder::decode, (bytes, from, to, terminated, decoded) -> {
            if (decoded != null) {
                visitor.entry(decoded, from, to);
            }
        });
    }
}
