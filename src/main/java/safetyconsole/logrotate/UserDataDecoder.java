package safetyconsole.logrotate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A launch template's user data, as EC2 returns it (base64), decoded into the texts an instance runs: plain or
 * gzipped, a MIME multipart with several parts (each possibly base64 or gzip itself). Hostile input: strict base64
 * and UTF-8, bounded sizes, part counts and nesting; anything else is {@link Unreadable} with the reason, never
 * half a result.
 */
public final class UserDataDecoder {

    /** EC2 takes at most 16 KB before base64; a little more room for whatever a provider returns. */
    static final int MAX_ENCODED_CHARS = 64 * 1024;
    /** What gzip may expand to: a bomb stops here. */
    static final int MAX_DECODED_BYTES = 1024 * 1024;
    static final int MAX_PARTS = 32;
    static final int MAX_DEPTH = 3;

    /** One text an instance would run or read, and where in the user data it is ("user data, MIME part 2"). */
    public record Part(String origin, String text) {
    }

    /** Why the user data could not be read. */
    public static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason);
        }
    }

    private UserDataDecoder() {
    }

    public static List<Part> decode(String base64) throws Unreadable {
        String compact = base64.replaceAll("[\\r\\n]", "");
        if (compact.length() > MAX_ENCODED_CHARS) {
            throw new Unreadable("the user data is " + compact.length() + " characters long, more than the "
                    + MAX_ENCODED_CHARS + " read");
        }
        List<Part> parts = new ArrayList<>();
        unwrap(base64Bytes(compact, "the user data"), "user data", 0, parts);
        return parts;
    }

    private static byte[] base64Bytes(String text, String what) throws Unreadable {
        try {
            return Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new Unreadable(what + " is not base64 (" + e.getMessage() + ")");
        }
    }

    private static void unwrap(byte[] bytes, String origin, int depth, List<Part> parts) throws Unreadable {
        if (depth > MAX_DEPTH) {
            throw new Unreadable(origin + " nests more than " + MAX_DEPTH + " levels of encoding");
        }
        if (isGzip(bytes)) {
            unwrap(gunzip(bytes, origin), origin + " (gzip)", depth + 1, parts);
            return;
        }
        String text = utf8(bytes, origin);
        Optional<String> boundary = MimeMultipart.boundary(text);
        if (boundary.isEmpty()) {
            parts.add(new Part(origin, text));
            return;
        }
        List<MimeMultipart.BodyPart> bodies = MimeMultipart.split(text, boundary.get());
        if (bodies.size() > MAX_PARTS) {
            throw new Unreadable(origin + " has " + bodies.size() + " MIME parts, more than the " + MAX_PARTS
                    + " read");
        }
        for (int i = 0; i < bodies.size(); i++) {
            MimeMultipart.BodyPart body = bodies.get(i);
            String partOrigin = origin + ", MIME part " + (i + 1) + body.contentType().map(t -> " (" + t + ")")
                    .orElse("");
            byte[] content = body.base64()
                    ? base64Bytes(body.content().replaceAll("\\s", ""), partOrigin)
                    : body.content().getBytes(StandardCharsets.UTF_8);
            unwrap(content, partOrigin, depth + 1, parts);
        }
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    static byte[] gunzip(byte[] bytes, String origin) throws Unreadable {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + read > MAX_DECODED_BYTES) {
                    throw new Unreadable(origin + " expands past " + MAX_DECODED_BYTES + " bytes");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new Unreadable(origin + " is not valid gzip (" + e.getMessage() + ")");
        }
    }

    static String utf8(byte[] bytes, String origin) throws Unreadable {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable(origin + " is neither gzip nor UTF-8 text");
        }
    }
}
