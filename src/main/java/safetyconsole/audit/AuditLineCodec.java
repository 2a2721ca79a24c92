package safetyconsole.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import safetyconsole.json.Json;

/**
 * One audit entry per line of Json.mapper(). The hash is SHA-256 over the line's exact bytes without its trailing
 * {@code "hash"} member, so verification never depends on re-serialising (field order, number format).
 */
final class AuditLineCodec {

    static final String GENESIS = "0".repeat(64);
    private static final String HASH_MEMBER = ",\"hash\":\"";

    /**
     * A torn line recovered by the entry that follows it: after which entry, the torn bytes' hash, and whether
     * they were moved to the quarantine file (older versions left them in the log, just before this entry).
     */
    record Recovery(long afterSeq, String sha256, boolean quarantined) {
    }

    /** A line that is a well-formed entry whose hash matches its content. */
    record Decoded(AuditEntry entry, Optional<Recovery> recovery) {
    }

    /** What the chain needs of such a line: read without building the entry, which verify does not look at. */
    record Link(long seq, String prevHash, String hash, Optional<Recovery> recovery) {
    }

    private AuditLineCodec() {
    }

    static String encode(long seq, Instant time, AuditRecord record, String prevHash, Optional<Recovery> recovery) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("seq", seq);
        node.put("time", time.toString());
        node.put("osUser", record.operator().osUser());
        node.put("host", record.operator().host());
        node.put("callerArn", record.callerArn());
        node.put("accountId", record.accountId());
        node.put("region", record.region());
        node.put("stackId", record.stackId());
        node.put("stackName", record.stackName());
        node.put("environment", record.environment());
        node.put("operation", record.operation());
        node.put("options", record.options());
        node.put("planId", record.planId());
        record.targets().forEach(node.putArray("targets")::add);
        if (record.targets().isEmpty()) {
            node.putArray("targets");
        }
        ObjectNode evidence = node.putObject("evidence");
        evidence.put("typedText", record.evidence().typedText());
        evidence.put("reason", record.evidence().reason());
        evidence.put("armingSession", record.evidence().armingSessionId());
        node.put("phase", record.phase().name());
        node.put("outcome", record.outcome());
        recovery.ifPresent(r -> {
            ObjectNode recovered = node.putObject("recoveredTornLine");
            recovered.put("afterSeq", r.afterSeq());
            recovered.put("sha256", r.sha256());
            if (r.quarantined()) {
                recovered.put("quarantined", true);
            }
        });
        node.put("prevHash", prevHash);
        String body;
        try {
            body = Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new AuditException("Cannot encode an audit entry", e);
        }
        return body.substring(0, body.length() - 1) + HASH_MEMBER + Sha256.hex(body) + "\"}";
    }

    /** Empty when the line is not an intact entry (cut short, edited, or not ours). */
    static Optional<Decoded> decode(byte[] line) {
        return Optional.ofNullable(new Decoder().decode(line, 0, line.length));
    }

    static Optional<Decoded> decode(String line) {
        return decode(line.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes lines one after another, reusing its digest and buffer: one per thread. Reads the JSON as a stream of
     * tokens, each field by the type the console writes it with; anything else makes the line not an intact entry.
     */
    static final class Decoder {

        private static final byte[] HASH_MEMBER_BYTES = HASH_MEMBER.getBytes(StandardCharsets.US_ASCII);
        private static final int HASH_HEX = 64;
        private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

        private static final Map<String, Integer> ENTRY_FIELDS = numbered("seq", "time", "osUser", "host", "callerArn",
                "accountId", "region", "stackId", "stackName", "environment", "operation", "options", "planId",
                "targets", "evidence", "phase", "outcome", "recoveredTornLine", "prevHash");
        private static final Map<String, Integer> EVIDENCE_FIELDS = numbered("typedText", "reason", "armingSession");
        private static final Map<String, Integer> RECOVERY_FIELDS = numbered("afterSeq", "sha256", "quarantined");
        /** Finds keys given twice itself, one bit per field: Jackson's check costs a hash set per line. */
        private static final JsonFactory FIELDS_CHECKED_HERE = JsonFactory.builder()
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

        private final MessageDigest sha256 = Sha256.digest();
        private byte[] body = new byte[1024];

        /** The line {@code bytes[from, to)} without its newline; null when it is not an intact entry. */
        Decoded decode(byte[] bytes, int from, int to) {
            Read read = read(bytes, from, to, true);
            return read == null ? null : new Decoded(read.entry(), read.link().recovery());
        }

        /** As {@link #decode}, checking the line just as much, but keeping only what the chain needs. */
        Link link(byte[] bytes, int from, int to) {
            Read read = read(bytes, from, to, false);
            return read == null ? null : read.link();
        }

        /** {@code entry} is null unless {@code whole}. */
        private record Read(Link link, AuditEntry entry) {
        }

        private Read read(byte[] bytes, int from, int to, boolean whole) {
            // The hash member can only be the line's last 75 bytes: a hash is 64 hex digits, and any other place
            // for it (a later one too) leaves no 64 digits before the closing brace.
            int hashFrom = to - 2 - HASH_HEX;
            int at = hashFrom - HASH_MEMBER_BYTES.length;
            if (at <= from || bytes[to - 2] != '"' || bytes[to - 1] != '}'
                    || !Arrays.equals(bytes, at, hashFrom, HASH_MEMBER_BYTES, 0, HASH_MEMBER_BYTES.length)) {
                return null;
            }
            // The body is hashed as written: the line's own bytes up to its hash member, then the closing brace.
            int bodyLength = at - from + 1;
            if (body.length < bodyLength) {
                body = new byte[Math.max(bodyLength, body.length * 2)];
            }
            System.arraycopy(bytes, from, body, 0, bodyLength - 1);
            body[bodyLength - 1] = '}';
            sha256.update(body, 0, bodyLength);
            if (!isHexOf(sha256.digest(), bytes, hashFrom)) {
                return null;
            }
            String hash = new String(bytes, hashFrom, HASH_HEX, StandardCharsets.US_ASCII);
            try {
                return parse(FIELDS_CHECKED_HERE, bodyLength, hash, false, whole);
            } catch (LaterField later) {
                // Passed over, with the shared strict mapper's factory finding keys given twice inside it too.
                return parse(Json.mapper().getFactory(), bodyLength, hash, true, whole);
            }
        }

        private Read parse(JsonFactory json, int bodyLength, String hash, boolean passOver, boolean whole) {
            try (JsonParser parser = json.createParser(body, 0, bodyLength)) {
                return read(parser, hash, passOver, whole);
            } catch (LaterField later) {
                throw later;
            } catch (IOException | RuntimeException notOurs) {
                return null;
            }
        }

        /** A field the console does not write (a later version's): read again, passing over it. */
        private static final class LaterField extends RuntimeException {
            private static final long serialVersionUID = 1L;
            private static final LaterField INSTANCE = new LaterField();

            private LaterField() {
                super(null, null, false, false);
            }
        }

        private static Map<String, Integer> numbered(String... names) {
            Map<String, Integer> numbers = new HashMap<>();
            for (String name : names) {
                numbers.put(name, numbers.size());
            }
            return Map.copyOf(numbers);
        }

        /** {@code seen} with field {@code name} added; a key given twice is not ours. */
        private static long once(long seen, Map<String, Integer> fields, String name, boolean passOver) {
            Integer field = fields.get(name);
            if (field == null) {
                if (!passOver) {
                    throw LaterField.INSTANCE;
                }
                return seen;
            }
            require((seen & 1L << field) == 0);
            return seen | 1L << field;
        }

        /** Every field is checked for its type; unless {@code whole}, only the chain's and checked ones are kept. */
        private static Read read(JsonParser p, String hash, boolean passOver, boolean whole) throws IOException {
            require(p.nextToken() == JsonToken.START_OBJECT);
            long seq = -1;
            String time = null;
            String osUser = null;
            String host = null;
            String callerArn = null;
            String accountId = null;
            String region = null;
            String stackId = null;
            String stackName = null;
            String environment = null;
            String operation = null;
            String options = null;
            String planId = null;
            List<String> targets = List.of();
            Evidence evidence = new Evidence(null, null, null);
            String phase = null;
            String outcome = null;
            Recovery recovery = null;
            String prevHash = null;
            long seen = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                seen = once(seen, ENTRY_FIELDS, name, passOver);
                p.nextToken();
                switch (name) {
                    case "seq" -> seq = number(p);
                    case "time" -> time = text(p);
                    case "osUser" -> osUser = text(p, whole);
                    case "host" -> host = text(p, whole);
                    case "callerArn" -> callerArn = text(p, whole);
                    case "accountId" -> accountId = text(p, whole);
                    case "region" -> region = text(p, whole);
                    case "stackId" -> stackId = text(p, whole);
                    case "stackName" -> stackName = text(p, whole);
                    case "environment" -> environment = text(p, whole);
                    case "operation" -> operation = text(p, whole);
                    case "options" -> options = text(p, whole);
                    case "planId" -> planId = text(p, whole);
                    case "targets" -> targets = texts(p, whole);
                    case "evidence" -> evidence = evidence(p, passOver, whole);
                    case "phase" -> phase = text(p);
                    case "outcome" -> outcome = text(p, whole);
                    case "recoveredTornLine" -> recovery = recovery(p, passOver);
                    case "prevHash" -> prevHash = text(p);
                    default -> p.skipChildren();
                }
            }
            // What AuditRecord requires, checked whether or not the entry is built.
            require(p.nextToken() == null && seq >= 0 && stackId != null && operation != null);
            Instant at = instant(time);
            Phase of = Phase.valueOf(phase);
            Link link = new Link(seq, prevHash, hash, Optional.ofNullable(recovery));
            if (!whole) {
                return new Read(link, null);
            }
            AuditRecord record = new AuditRecord(new Operator(osUser, host), callerArn, accountId, region, stackId,
                    stackName, environment, operation, options, planId, targets, evidence, of, outcome);
            return new Read(link, new AuditEntry(seq, at, record, prevHash, hash));
        }

        /**
         * {@code Instant.toString()}'s form read digit by digit (a formatter costs a tenth of the decoding); any other
         * text, and any field out of its range, is left to {@link Instant#parse}, which decides.
         */
        static Instant instant(String text) {
            int length = text.length();
            int fraction = length - 21;
            boolean canonical = length >= 20 && text.charAt(length - 1) == 'Z'
                    && (length == 20 || fraction >= 1 && fraction <= 9 && text.charAt(19) == '.')
                    && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                    && text.charAt(13) == ':' && text.charAt(16) == ':';
            int hour = canonical ? digits(text, 11, 13) : -1;
            int minute = canonical ? digits(text, 14, 16) : -1;
            int second = canonical ? digits(text, 17, 19) : -1;
            int month = canonical ? digits(text, 5, 7) : -1;
            int day = canonical ? digits(text, 8, 10) : -1;
            int year = canonical ? digits(text, 0, 4) : -1;
            int nanos = canonical && length > 20 ? digits(text, 20, length - 1) : 0;
            if (year < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
                    || month < 0 || day < 0 || nanos < 0) {
                return Instant.parse(text);
            }
            for (int i = fraction; i < 9; i++) {
                nanos *= 10;
            }
            long days;
            try {
                days = LocalDate.of(year, month, day).toEpochDay();
            } catch (DateTimeException noSuchDay) {
                return Instant.parse(text);
            }
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
        }

        /** The number the decimal digits {@code text[from, to)} write; -1 when any is not a digit. */
        private static int digits(String text, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        private static Evidence evidence(JsonParser p, boolean passOver, boolean whole) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return new Evidence(null, null, null);
            }
            require(p.currentToken() == JsonToken.START_OBJECT);
            String typedText = null;
            String reason = null;
            String armingSession = null;
            long seen = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                seen = once(seen, EVIDENCE_FIELDS, name, passOver);
                p.nextToken();
                switch (name) {
                    case "typedText" -> typedText = text(p, whole);
                    case "reason" -> reason = text(p, whole);
                    case "armingSession" -> armingSession = text(p, whole);
                    default -> p.skipChildren();
                }
            }
            return new Evidence(typedText, reason, armingSession);
        }

        private static Recovery recovery(JsonParser p, boolean passOver) throws IOException {
            require(p.currentToken() == JsonToken.START_OBJECT);
            long afterSeq = -1;
            String sha256 = null;
            boolean quarantined = false;
            long seen = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                seen = once(seen, RECOVERY_FIELDS, name, passOver);
                p.nextToken();
                switch (name) {
                    case "afterSeq" -> afterSeq = number(p);
                    case "sha256" -> sha256 = text(p);
                    case "quarantined" -> {
                        require(p.currentToken().isBoolean());
                        quarantined = p.getBooleanValue();
                    }
                    default -> p.skipChildren();
                }
            }
            require(afterSeq >= 0 && sha256 != null);
            return new Recovery(afterSeq, sha256, quarantined);
        }

        private static List<String> texts(JsonParser p, boolean whole) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return List.of();
            }
            require(p.currentToken() == JsonToken.START_ARRAY);
            List<String> texts = new ArrayList<>();
            while (p.nextToken() == JsonToken.VALUE_STRING) {
                if (whole) {
                    texts.add(p.getText());
                }
            }
            require(p.currentToken() == JsonToken.END_ARRAY);
            return texts;
        }

        /** Text or null; unless {@code kept}, a text is checked but not decoded (its place held by ""). */
        private static String text(JsonParser p, boolean kept) throws IOException {
            if (!kept && p.currentToken() == JsonToken.VALUE_STRING) {
                return "";
            }
            return text(p);
        }

        private static String text(JsonParser p) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            require(p.currentToken() == JsonToken.VALUE_STRING);
            return p.getText();
        }

        private static long number(JsonParser p) throws IOException {
            require(p.currentToken() == JsonToken.VALUE_NUMBER_INT);
            return p.getLongValue();
        }

        private static void require(boolean ours) {
            if (!ours) {
                throw new IllegalArgumentException("not an audit entry");
            }
        }

        private static boolean isHexOf(byte[] digest, byte[] bytes, int from) {
            for (int i = 0; i < digest.length; i++) {
                int at = from + 2 * i;
                if (bytes[at] != HEX[(digest[i] >> 4) & 0xf] || bytes[at + 1] != HEX[digest[i] & 0xf]) {
                    return false;
                }
            }
            return true;
        }
    }
}
