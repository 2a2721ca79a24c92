package safetyconsole.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import safetyconsole.text.Printable;

class CsvTest {

    @Test
    void aValueFromElsewhereCannotDriveTheTerminalAndItsLineBreakStaysInItsCell() {
        assertThat(Csv.row("shop-prod\r\ni-0,0 findings", "\u001b[2Jok"))
                .isEqualTo("\"shop-prod\\r\ni-0,0 findings\",\\u001b[2Jok")
                .doesNotContain("\r", "\u001b");
    }

    @Test
    void formulasAndQuotesAreStillDefused() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void aMarkdownCellIsPrintableWithItsPipesEscaped() {
        assertThat(Printable.markdownCell("a|b\n| forged | row |")).isEqualTo("a\\|b\\n\\| forged \\| row \\|");
        assertThat(Printable.markdownCell("")).isEqualTo("\u2014");
    }
}
