package safetyconsole.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import safetyconsole.context.BannerModel;

class HotfixGroupsViewModelTest {

    private final List<List<String>> reviewed = new ArrayList<>();
    private final HotfixGroupsViewModel model = new HotfixGroupsViewModel(new SimpleObjectProperty<BannerModel>(),
            "i-0a", "launch template web-lt version 3", List.of("sg-web", "sg-metrics"), List.of("sg-web"),
            id -> id.equals("sg-metrics") ? "shop-prod-metrics-scrape" : id, reviewed::add);

    @Test
    void choicesAreNamedAsTheStacksLoadResolvedThemWithTheIdBeside() {
        assertThat(model.choices()).extracting(GroupChoice::label)
                .containsExactly("sg-web", "shop-prod-metrics-scrape  (sg-metrics)");
    }

    @Test
    void offersItsGroupsAndTheTemplatesAllTickedSoTheMissingOnesAreAdded() {
        assertThat(model.choices()).extracting(GroupChoice::id).containsExactly("sg-web", "sg-metrics");
        assertThat(model.chosenGroupIds()).containsExactly("sg-web", "sg-metrics");
        assertThat(model.review()).isTrue();
        assertThat(reviewed).containsExactly(List.of("sg-web", "sg-metrics"));
    }

    @Test
    void theInstancesGroupsUnchangedAreNothingToReview() {
        model.choices().get(1).chosenProperty().set(false);

        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.reviewableProperty().get()).isFalse();
        assertThat(model.review()).isFalse();
    }

    @Test
    void typedIdsAreAddedOnceAndABadOneIsNamedWhileTheTextStays() {
        model.othersProperty().set("sg-0abc, sg-metrics  sg-0def");
        assertThat(model.chosenGroupIds()).containsExactly("sg-web", "sg-metrics", "sg-0abc", "sg-0def");

        model.othersProperty().set("sg-0abc web");
        assertThat(model.problemProperty().get())
                .isEqualTo("\u201cweb\u201d is not a security group id: they look like sg-0123456789abcdef0.");
        assertThat(model.review()).isFalse();
        assertThat(model.othersProperty().get()).isEqualTo("sg-0abc web");
        assertThat(reviewed).isEmpty();
    }

    @Test
    void anInstanceWithoutAnyGroupIsRefused() {
        model.choices().forEach(choice -> choice.chosenProperty().set(false));

        assertThat(model.problemProperty().get()).isEqualTo("An instance needs at least one security group.");
        assertThat(model.review()).isFalse();
    }

    @Test
    void theExplanationWarnsThatTheNextReplacementDropsIt() {
        assertThat(model.explanation()).contains("launch template web-lt version 3 stays as it is",
                "the next replacement of the instance drops a group the template lacks");
    }
}
