package safetyconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import safetyconsole.csv.Csv;

class AuditCsvTest {

    @Test
    void writesHeaderAndOneRowPerEntry() throws IOException {
        AuditEntry entry = new AuditEntry(7, Instant.parse("2026-11-28T10:00:00Z"),
                AuditLogTest.record("shop-prod", Phase.RESULT), "a".repeat(64), "b".repeat(64));
        StringWriter out = new StringWriter();

        AuditCsv.write(List.of(entry), out);

        String[] rows = out.toString().split("\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows[0]).startsWith("seq,time,os_user");
        assertThat(rows[1]).startsWith("7,2026-11-28T10:00:00Z,alice,ws-17,");
        assertThat(rows[1]).contains(",DELETE_INSTANCE,DeleteVolumes,plan-1,");
        assertThat(rows[1]).contains(",shop-prod,decommission v1,arm-1,RESULT,ok request=r-1,");
    }

    @Test
    void quotesCommasQuotesAndNewlines() {
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void defusesSpreadsheetFormulas() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("@sum")).isEqualTo("'@sum");
    }
}
