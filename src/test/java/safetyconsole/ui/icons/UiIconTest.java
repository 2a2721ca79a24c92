package safetyconsole.ui.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.io.InputStream;
import java.util.Arrays;
import java.util.stream.Collectors;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class UiIconTest {

    @Test
    void theSubsetFontHoldsEveryIconsGlyph() throws Exception {
        Font font;
        try (InputStream in = new UiIconHandler().getFontResourceAsStream()) {
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        assertThat(font.getFamily()).isEqualTo(UiIconHandler.FONT_FAMILY);
        assertThat(Arrays.stream(UiIcon.values()).filter(icon -> !font.canDisplay(icon.getCode()))
                .map(UiIcon::name).collect(Collectors.toList()))
                .as("icons whose glyph is missing: run icons/build-ui-icon-font.sh").isEmpty();
        assertThat(font.getNumGlyphs()).as("only the listed glyphs (and .notdef)")
                .isEqualTo(UiIcon.values().length + 1);
    }

    @Test
    void ikonliFindsTheHandlerAndDrawsFromTheSubset(FxRobot robot) {
        FontIcon icon = new FontIcon(UiIcon.REFRESH);
        // Ikonli names the family in the icon's style: it takes effect once styled in a scene.
        robot.interact(() -> {
            new Scene(new StackPane(icon));
            icon.applyCss();
        });

        assertThat(icon.getIconCode()).isEqualTo(UiIcon.REFRESH);
        assertThat(icon.getFont().getFamily()).isEqualTo(UiIconHandler.FONT_FAMILY);
        assertThat(icon.getText()).isEqualTo(new String(Character.toChars(UiIcon.REFRESH.getCode())));
    }

    @Test
    void descriptionsRoundTrip() {
        UiIconHandler handler = new UiIconHandler();
        for (UiIcon icon : UiIcon.values()) {
            assertThat(handler.supports(icon.getDescription())).isTrue();
            assertThat(handler.resolve(icon.getDescription())).isEqualTo(icon);
        }
        assertThat(handler.supports("mdi2r-refresh")).isFalse();
        assertThatThrownBy(() -> UiIcon.findByDescription("sci-nothing")).isInstanceOf(IllegalArgumentException.class);
    }
}
