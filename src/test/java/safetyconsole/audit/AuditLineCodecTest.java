package safetyconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.testing.TestClocks;

/**
 * The decoder reads each field by the type the console writes it with (decision 0036): a line whose hash fits but
 * whose JSON the console would not write is not an intact entry. The hash is over the line's own bytes.
 */
class AuditLineCodecTest {

    private static final String LINE = AuditLineCodec.encode(7, Instant.parse("2026-11-28T10:00:00Z"),
            AuditLogTest.record("typed", Phase.RESULT), "a".repeat(64), Optional.empty());

    @Test
    void whatTheConsoleWritesDecodesToWhatItWrote() {
        AuditEntry entry = AuditLineCodec.decode(LINE).orElseThrow().entry();

        assertThat(entry.seq()).isEqualTo(7);
        assertThat(entry.record()).isEqualTo(AuditLogTest.record("typed", Phase.RESULT));
        assertThat(entry.prevHash()).isEqualTo("a".repeat(64));
        assertThat(entry.hash()).isEqualTo(Sha256.hex(LINE.substring(0, LINE.lastIndexOf(",\"hash\"")) + "}"));
    }

    @Test
    void aFieldOfAnotherTypeIsNotAnEntryEvenWithItsHashRight() {
        assertThat(rehashed(LINE.replace("\"seq\":7", "\"seq\":\"7\""))).isEmpty();
        assertThat(rehashed(LINE.replace("\"phase\":\"RESULT\"", "\"phase\":1"))).isEmpty();
        assertThat(rehashed(LINE.replace("\"targets\":[\"inst-1 (rails-app7)\"]", "\"targets\":[1]"))).isEmpty();
    }

    @Test
    void aKeyGivenTwiceIsNotAnEntry() {
        assertThat(rehashed(LINE.replace("{\"seq\":7,", "{\"seq\":7,\"seq\":8,"))).isEmpty();
        assertThat(rehashed(LINE.replace("\"reason\":", "\"reason\":null,\"reason\":"))).isEmpty();
        assertThat(rehashed(LINE.replace("\"outcome\":", "\"x\":1,\"x\":2,\"outcome\":"))).isEmpty();
        assertThat(rehashed(LINE.replace("\"reason\":", "\"x\":{\"a\":1,\"a\":2},\"reason\":"))).isEmpty();
    }

    @Test
    void aFieldOfALaterVersionIsPassedOver() {
        assertThat(rehashed(LINE.replace("\"outcome\":", "\"ticket\":{\"id\":[1,2]},\"outcome\":")))
                .hasValueSatisfying(d -> assertThat(d.entry().seq()).isEqualTo(7));
    }

    @Test
    void aLineWhoseHashIsNotItsLastMemberIsNotAnEntry() {
        String body = LINE.substring(0, LINE.lastIndexOf(",\"hash\""));
        String hashFirst = "{\"hash\":\"" + Sha256.hex(body + "}") + "\"," + body.substring(1) + "}";

        assertThat(AuditLineCodec.decode(hashFirst)).isEmpty();
        assertThat(AuditLineCodec.decode(LINE + " ")).isEmpty();
    }

    @Test
    void timesAreReadAsInstantParseReadsThem() {
        for (String time : List.of("2026-11-28T10:00:00Z", "2024-02-29T23:59:59.123456789Z", "0001-01-01T00:00:00.5Z",
                "2026-12-31T23:59:59.120Z", "2026-11-28T24:00:00Z", "2026-06-30T23:59:60Z", "2026-11-28T10:00:00.Z")) {
            assertThat(AuditLineCodec.Decoder.instant(time)).as(time).isEqualTo(Instant.parse(time));
        }
        for (String time : List.of("2026-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-11-28T10:00:00.1234567890Z",
                "2026-11-28T10:00:00", "2026-11-28T10:0a:00Z", "+2026-11-28T1:0Z")) {
            assertThatThrownBy(() -> AuditLineCodec.Decoder.instant(time)).as(time)
                    .isInstanceOf(DateTimeParseException.class);
        }
    }

    @Test
    void anEntryWithoutPrevHashDoesNotFollowTheOneBefore(@TempDir Path dir) throws IOException {
        AuditLog log = new AuditLog(dir.resolve("audit.jsonl"), TestClocks.fixed(), AuditLog.Durability.OS_BUFFERED);
        log.append(AuditLogTest.record("one", Phase.INTENT));
        log.append(AuditLogTest.record("two", Phase.RESULT));
        List<String> lines = new ArrayList<>(Files.readAllLines(log.file()));
        String second = lines.get(1).replaceAll(",\"prevHash\":\"[0-9a-f]{64}\"", "");
        String body = second.substring(0, second.lastIndexOf(",\"hash\""));
        lines.set(1, body + ",\"hash\":\"" + Sha256.hex(body + "}") + "\"}");
        Files.write(log.file(), lines);

        VerifyReport report = log.verify();

        assertThat(report.status()).isEqualTo(VerifyReport.Status.TAMPERED);
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).startsWith("line 2 does not follow"));
    }

    /** The line with {@code body}'s hash made to fit, as a forger would. */
    private static Optional<AuditLineCodec.Decoded> rehashed(String line) {
        String body = line.substring(0, line.lastIndexOf(",\"hash\""));
        return AuditLineCodec.decode(body + ",\"hash\":\"" + Sha256.hex(body + "}") + "\"}");
    }
}
