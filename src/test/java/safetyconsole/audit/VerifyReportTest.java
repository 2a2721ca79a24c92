package safetyconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class VerifyReportTest {

    @Test
    void aLogOfOneEntrySaysEntryAndALargeOneSeparatesItsThousands() {
        VerifyReport one = new VerifyReport(VerifyReport.Status.INTACT, 1, 0, List.of(), "h", Optional.empty());
        VerifyReport many = new VerifyReport(VerifyReport.Status.INTACT, 100_000, 0, List.of(), "h",
                Optional.of(new AuditSeal(1, "h", Instant.parse("2026-11-28T10:00:00Z"), "alice@ws-17")));

        assertThat(one.summary()).isEqualTo("1 entry, chain intact.");
        assertThat(many.summary()).isEqualTo("100,000 entries, chain intact. It still holds the 1 entry sealed on"
                + " 2026-11-28T10:00:00Z by alice@ws-17.");
    }
}
