package safetyconsole.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import safetyconsole.context.BannerModel;

class LookViewModelTest {

    private final List<String> reviewed = new ArrayList<>();

    private LookViewModel model(List<LookViewModel.Choice> choices, String directory) {
        return new LookViewModel(new SimpleObjectProperty<BannerModel>(), choices, directory,
                (instanceId, dir) -> reviewed.add(instanceId + " " + dir));
    }

    @Test
    void theFirstInstanceIsChosenAndAPlainDirectoryIsReviewed() {
        LookViewModel model = model(List.of(new LookViewModel.Choice("i-1", "web-asg"),
                new LookViewModel.Choice("i-2", "web-asg")), "/srv/www/shop/shared/log");

        assertThat(model.chosenProperty().get().toString()).isEqualTo("i-1 (web-asg)");
        model.chosenProperty().set(model.choices().get(1));

        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.review()).isTrue();
        assertThat(reviewed).containsExactly("i-2 /srv/www/shop/shared/log");
    }

    @Test
    void aDirectoryThatCouldReachTheShellAsCodeIsNotReviewed() {
        LookViewModel model = model(List.of(new LookViewModel.Choice("i-1", "web-asg")), "/srv/www/shop/shared/log");

        model.directoryProperty().set("/srv/www/$(reboot)");

        assertThat(model.problemProperty().get()).contains("absolute path");
        assertThat(model.reviewableProperty().get()).isFalse();
        assertThat(model.review()).isFalse();
        assertThat(reviewed).isEmpty();
    }

    @Test
    void withoutAnInstanceInServiceThereIsNothingToLookOn() {
        LookViewModel model = model(List.of(), "/srv/www/shop/shared/log");

        assertThat(model.problemProperty().get()).startsWith("No instance of this stack is in service");
        assertThat(model.review()).isFalse();
    }
}
