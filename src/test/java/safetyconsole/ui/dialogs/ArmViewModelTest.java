package safetyconsole.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArmViewModelTest {

    private final List<String> armedWith = new ArrayList<>();
    private final ArmViewModel model = new ArmViewModel(TestBanners.production("shop-prod"), armedWith::add);

    @Test
    void aShortReasonIsRefusedWithTheReasonWhy() {
        model.reasonProperty().set("OPS-77");

        assertThat(model.armableProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo(
                "Say why you are arming, in at least 10 characters (it goes into the audit log).");
        assertThat(model.arm()).isFalse();
        assertThat(armedWith).isEmpty();
    }

    @Test
    void spacesAroundTheReasonDoNotCount() {
        model.reasonProperty().set("   OPS-77     ");

        assertThat(model.armableProperty().get()).isFalse();
    }

    @Test
    void nothingTypedYetShowsNoProblemButCannotArm() {
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.armableProperty().get()).isFalse();
    }

    @Test
    void aReasonOfTenCharactersArmsWithIt() {
        model.reasonProperty().set("OPS-77 fix");

        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.armableProperty().get()).isTrue();
        assertThat(model.arm()).isTrue();
        assertThat(armedWith).containsExactly("OPS-77 fix");
    }

    @Test
    void theWordsNameTheStackAndTheLimits() {
        assertThat(model.explanation()).isEqualTo("Arming allows changes to shop-prod for 15 minutes. It ends sooner"
                + " after 5 idle minutes or when you switch stacks. Every change still needs the stack name typed.");
        assertThat(model.prompt()).isEqualTo("Why? (ticket, change or incident; at least 10 characters)");
        assertThat(model.armLabel()).isEqualTo("Arm for 15 minutes");
    }
}
