package safetyconsole.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
        return decode(new String(line, StandardCharsets.UTF_8));
    }

    static Optional<Decoded> decode(String line) {
        int at = line.lastIndexOf(HASH_MEMBER);
        if (at < 0 || !line.endsWith("\"}")) {
            return Optional.empty();
        }
        String body = line.substring(0, at) + "}";
        String hash = line.substring(at + HASH_MEMBER.length(), line.length() - 2);
        if (!hash.equals(Sha256.hex(body))) {
            return Optional.empty();
        }
        try {
            JsonNode node = Json.mapper().readTree(body);
            return Optional.of(new Decoded(toEntry(node, hash), recoveryOf(node)));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static AuditEntry toEntry(JsonNode node, String hash) {
        JsonNode evidence = node.path("evidence");
        List<String> targets = new ArrayList<>();
        node.path("targets").forEach(target -> targets.add(target.asText()));
        AuditRecord record = new AuditRecord(
                new Operator(text(node, "osUser"), text(node, "host")),
                text(node, "callerArn"), text(node, "accountId"), text(node, "region"),
                text(node, "stackId"), text(node, "stackName"), text(node, "environment"),
                text(node, "operation"), text(node, "options"), text(node, "planId"), targets,
                new Evidence(text(evidence, "typedText"), text(evidence, "reason"), text(evidence, "armingSession")),
                Phase.valueOf(text(node, "phase")), text(node, "outcome"));
        return new AuditEntry(node.get("seq").asLong(), Instant.parse(text(node, "time")), record,
                text(node, "prevHash"), hash);
    }

    private static Optional<Recovery> recoveryOf(JsonNode node) {
        JsonNode recovered = node.get("recoveredTornLine");
        if (recovered == null) {
            return Optional.empty();
        }
        return Optional.of(new Recovery(recovered.get("afterSeq").asLong(), text(recovered, "sha256"),
                recovered.path("quarantined").asBoolean(false)));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
