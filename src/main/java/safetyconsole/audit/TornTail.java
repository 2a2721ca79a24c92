package safetyconsole.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;

import safetyconsole.json.Json;

/**
 * Tells a crash's torn last line from damage. A crash only cuts the entry being written short, so the bytes it
 * leaves are the start of exactly that entry: the next sequence number first, valid JSON as far as it goes, and
 * the head's hash as its prevHash. Garbage, an edited line or a complete line with a wrong hash are none of that.
 */
final class TornTail {

    private static final String PREV_HASH_MEMBER = ",\"prevHash\":\"";

    private TornTail() {
    }

    static boolean isStartOfNext(byte[] bytes, long nextSeq, String headHash) {
        byte[] start = ("{\"seq\":" + nextSeq + ",\"time\":\"").getBytes(StandardCharsets.US_ASCII);
        int common = Math.min(start.length, bytes.length);
        if (!Arrays.equals(bytes, 0, common, start, 0, common)) {
            return false;
        }
        return switch (jsonShape(bytes)) {
            case INVALID -> false;
            case PREFIX -> prevHashFits(new String(bytes, StandardCharsets.ISO_8859_1), headHash);
            // Cut just before its newline: then it must be that whole entry, hash and all.
            case COMPLETE -> AuditLineCodec.decode(bytes).map(AuditLineCodec.Decoded::entry)
                    .filter(entry -> entry.seq() == nextSeq && headHash.equals(entry.prevHash())).isPresent();
        };
    }

    private enum Shape { INVALID, PREFIX, COMPLETE }

    /** Whether the bytes are one JSON object cut short, exactly one whole object, or neither. */
    private static Shape jsonShape(byte[] bytes) {
        try (JsonParser parser = Json.mapper().getFactory().createNonBlockingByteArrayParser()) {
            ((ByteArrayFeeder) parser.getNonBlockingInputFeeder()).feedInput(bytes, 0, bytes.length);
            int depth = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.NOT_AVAILABLE) {
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd() && --depth == 0) {
                    return bytes[bytes.length - 1] == '}' ? Shape.COMPLETE : Shape.INVALID;
                }
            }
            return Shape.PREFIX;
        } catch (IOException e) {
            return Shape.INVALID;
        }
    }

    /** The member can only be ours: inside a JSON string every quote is escaped. */
    private static boolean prevHashFits(String text, String headHash) {
        int at = text.lastIndexOf(PREV_HASH_MEMBER);
        if (at < 0) {
            return true;
        }
        String written = text.substring(at + PREV_HASH_MEMBER.length());
        return written.length() <= headHash.length() ? headHash.startsWith(written)
                : written.startsWith(headHash + "\"");
    }
}
