package safetyconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LazyTooltipsFxTest {

    private final AtomicReference<String> text = new AtomicReference<>("Read the account again");
    private final Button lazy = new Button("Refresh");
    private final Button elsewhere = new Button("Elsewhere");

    @Start
    void start(Stage stage) {
        LazyTooltips.install(lazy, text::get);
        stage.setScene(new Scene(new HBox(40, lazy, elsewhere), 400, 100));
        stage.show();
    }

    @Test
    void theTooltipIsMadeWhenThePointerFirstEnters(FxRobot robot) {
        assertThat(lazy.getTooltip()).as("nothing made before the pointer comes").isNull();
        assertThat(lazy.getAccessibleHelp()).as("what a screen reader reads meanwhile")
                .isEqualTo("Read the account again");

        robot.moveTo(lazy);
        waitForFxEvents();

        assertThat(lazy.getTooltip()).isNotNull();
        assertThat(lazy.getTooltip().getText()).isEqualTo("Read the account again");
    }

    @Test
    void theTextFollowsAtEachEntryAndOnRefresh(FxRobot robot) {
        robot.moveTo(lazy).moveTo(elsewhere);
        text.set("Loading\u2026");
        robot.moveTo(lazy);
        waitForFxEvents();
        assertThat(lazy.getTooltip().getText()).isEqualTo("Loading\u2026");

        text.set("Read again");
        robot.interact(() -> LazyTooltips.refresh(lazy, text::get));
        assertThat(lazy.getTooltip().getText()).as("changed under a resting pointer").isEqualTo("Read again");
        assertThat(lazy.getAccessibleHelp()).isEqualTo("Read again");

        text.set(null);
        robot.interact(() -> LazyTooltips.refresh(lazy, text::get));
        assertThat(lazy.getTooltip()).as("no text, no tooltip").isNull();
    }

    @Test
    void refreshMakesNoTooltip(FxRobot robot) {
        robot.interact(() -> LazyTooltips.refresh(elsewhere, () -> "never hovered"));
        assertThat(elsewhere.getTooltip()).isNull();
        assertThat(elsewhere.getAccessibleHelp()).isEqualTo("never hovered");
    }

    @Test
    void aNameFromTheAccountIsShownPrintableNotObeyed(FxRobot robot) {
        text.set("shop-\u202eprod\u001b[2J");
        robot.moveTo(lazy);
        waitForFxEvents();

        assertThat(lazy.getTooltip().getText()).isEqualTo("shop-\\u202eprod\\u001b[2J");
        robot.interact(() -> LazyTooltips.refresh(lazy, text::get));
        assertThat(lazy.getAccessibleHelp()).isEqualTo("shop-\\u202eprod\\u001b[2J");
    }
}
