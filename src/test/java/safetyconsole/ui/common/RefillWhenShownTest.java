package safetyconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class RefillWhenShownTest {

    private final SimpleBooleanProperty shown = new SimpleBooleanProperty(true);
    private final AtomicInteger refills = new AtomicInteger();
    private final RefillWhenShown refill = new RefillWhenShown(shown, refills::incrementAndGet);

    @Test
    void aShownViewIsRefilledAtEachChange() {
        refill.changed();
        refill.changed();

        assertThat(refills).hasValue(2);
    }

    @Test
    void aHiddenViewIsRefilledOnceWhenShownAgainForAllTheChangesMeanwhile() {
        shown.set(false);
        refill.changed();
        refill.changed();
        assertThat(refills).as("nothing while hidden").hasValue(0);

        shown.set(true);
        assertThat(refills).hasValue(1);

        shown.set(false);
        shown.set(true);
        assertThat(refills).as("nothing changed meanwhile").hasValue(1);
    }
}
