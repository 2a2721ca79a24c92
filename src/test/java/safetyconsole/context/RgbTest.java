package safetyconsole.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RgbTest {

    @Test
    void parsesOpsworksColorAttribute() {
        assertThat(Rgb.parse("rgb(45, 114, 184)")).contains(new Rgb(45, 114, 184));
        assertThat(Rgb.parse("rgb(45,114,184)")).contains(new Rgb(45, 114, 184));
        assertThat(Rgb.parse(" RGB( 0 , 0 , 0 ) ")).contains(Rgb.BLACK);
    }

    @Test
    void parsesHexColor() {
        assertThat(Rgb.parse("#2d72b8")).contains(new Rgb(45, 114, 184));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "blue", "rgb(256, 0, 0)", "rgb(1, 2)", "rgba(1, 2, 3, 0.5)", "#12345", "rgb(-1, 0, 0)"})
    void unknownColorStringsAreEmpty(String text) {
        assertThat(Rgb.parse(text)).isEmpty();
    }

    @Test
    void nullIsEmpty() {
        assertThat(Rgb.parse(null)).isEqualTo(Optional.empty());
    }

    @Test
    void contrastOfBlackOnWhiteIs21() {
        assertThat(Rgb.BLACK.contrastWith(Rgb.WHITE)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Rgb.WHITE.contrastWith(Rgb.WHITE)).isEqualTo(1.0);
    }

    @Test
    void contrastMatchesWcagReferenceValue() {
        // #767676 on white is the well-known 4.54:1 AA boundary color.
        assertThat(new Rgb(0x76, 0x76, 0x76).contrastWith(Rgb.WHITE))
                .isCloseTo(4.54, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void readableTextPicksBlackOnLightAndWhiteOnDark() {
        assertThat(new Rgb(250, 230, 120).readableText()).isEqualTo(Rgb.BLACK);
        assertThat(new Rgb(40, 40, 90).readableText()).isEqualTo(Rgb.WHITE);
    }

    @Test
    void readableTextMeetsWcagAaOnEveryBackground() {
        for (int r = 0; r <= 255; r += 5) {
            for (int g = 0; g <= 255; g += 5) {
                for (int b = 0; b <= 255; b += 5) {
                    Rgb background = new Rgb(r, g, b);
                    assertThat(background.contrastWith(background.readableText()))
                            .as("text on %s", background.toHex())
                            .isGreaterThanOrEqualTo(Rgb.MIN_TEXT_CONTRAST);
                }
            }
        }
    }

    @Test
    void environmentColorsCarryReadableText() {
        for (Environment environment : Environment.values()) {
            Rgb color = environment.color();
            assertThat(color.contrastWith(color.readableText())).isGreaterThanOrEqualTo(Rgb.MIN_TEXT_CONTRAST);
        }
    }

    @Test
    void hexRoundTrips() {
        assertThat(new Rgb(186, 65, 50).toHex()).isEqualTo("#ba4132");
    }
}
