package safetyconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WholeTicksTest {

    @Test
    void aFewInstancesTickByOne() {
        assertThat(WholeTicks.step(0)).isEqualTo(1);
        assertThat(WholeTicks.step(1)).isEqualTo(1);
        assertThat(WholeTicks.step(10)).isEqualTo(1);
        assertThat(WholeTicks.upperBound(0, 1)).isEqualTo(1);
        assertThat(WholeTicks.upperBound(1, 1)).isEqualTo(1);
        assertThat(WholeTicks.upperBound(7, 1)).isEqualTo(7);
    }

    @Test
    void moreInstancesTickByOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(WholeTicks.step(11)).isEqualTo(2);
        assertThat(WholeTicks.step(41)).isEqualTo(5);
        assertThat(WholeTicks.step(461)).isEqualTo(50);
        assertThat(WholeTicks.step(2_000)).isEqualTo(200);
        assertThat(WholeTicks.step(2_001)).isEqualTo(500);
        assertThat(WholeTicks.upperBound(461, 50)).isEqualTo(500);
        assertThat(WholeTicks.upperBound(2_000, 200)).isEqualTo(2_000);
    }
}
