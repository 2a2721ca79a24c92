package safetyconsole.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import safetyconsole.context.BannerModel;

class DesiredCapacityViewModelTest {

    private final List<Integer> reviewed = new ArrayList<>();
    private final DesiredCapacityViewModel model = new DesiredCapacityViewModel(new SimpleObjectProperty<BannerModel>(),
            "shop-prod-rails-app-3f2a9c-ApplicationAsg-1X2Y3Z", 4, 2, 6, reviewed::add);

    @Test
    void startsAtTheDesiredCapacityNowWithNothingToReview() {
        assertThat(model.typedProperty().get()).isEqualTo("4");
        assertThat(model.problemProperty().get()).isEqualTo("That is the group's desired capacity now.");
        assertThat(model.review()).isFalse();
        assertThat(reviewed).isEmpty();
    }

    @Test
    void aNumberWithinTheLimitsIsReviewedAsAWholeNumber() {
        model.typedProperty().set(" 2 ");

        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.review()).isTrue();
        assertThat(reviewed).containsExactly(2);
    }

    @Test
    void whatIsNotANumberTheGroupTakesIsSaidAndTheTextIsKept() {
        for (String typed : List.of("", "two", "-1", "2.5", "1e3", "\u0663", "99999999999")) {
            model.typedProperty().set(typed);
            assertThat(model.reviewableProperty().get()).as(typed).isFalse();
            assertThat(model.review()).isFalse();
            assertThat(model.typedProperty().get()).isEqualTo(typed);
        }
        model.typedProperty().set("two");
        assertThat(model.problemProperty().get()).isEqualTo("\u201ctwo\u201d is not a whole number of instances.");
        model.typedProperty().set("7");
        assertThat(model.problemProperty().get())
                .isEqualTo("The group takes 2 to 6 instances; change its minimum or maximum first.");
        model.typedProperty().set("");
        assertThat(model.problemProperty().get()).isEqualTo("Type the number of instances the group is to have.");
        assertThat(reviewed).isEmpty();
    }

    @Test
    void theExplanationSaysADecreaseTerminatesAndCannotBeUndone() {
        assertThat(model.explanation()).contains("(min 2, max 6)", "terminates running instances",
                "cannot be undone");
    }
}
