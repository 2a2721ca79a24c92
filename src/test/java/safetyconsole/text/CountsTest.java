package safetyconsole.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void oneTakesTheSingularAndOthersThePlural() {
        assertThat(Counts.of(1, "entry", "entries")).isEqualTo("1 entry");
        assertThat(Counts.of(0, "entry", "entries")).isEqualTo("0 entries");
        assertThat(Counts.of(2, "entry", "entries")).isEqualTo("2 entries");
    }

    @Test
    void thousandsAreSeparatedByCommasWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Counts.of(100_000, "entry", "entries")).isEqualTo("100,000 entries");
            assertThat(Counts.of(1_250, "entry", "entries")).isEqualTo("1,250 entries");
        } finally {
            Locale.setDefault(before);
        }
    }
}
