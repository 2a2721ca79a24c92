package safetyconsole.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.Layer;
import safetyconsole.cloud.LayerType;
import safetyconsole.cloud.SecurityGroup;

class LayerGroupsViewModelTest {

    private static final List<SecurityGroup> VPC_GROUPS = List.of(
            group("sg-web", "web"),
            group("sg-metrics", "metrics"),
            group("sg-builtin", "AWS-OpsWorks-Rails-App-Server"),
            group("sg-admin", "admin"));
    private final List<List<String>> reviewed = new ArrayList<>();

    @Test
    void offersTheCustomGroupsByNameWithTheLayersOwnChosen() {
        LayerGroupsViewModel model = model(layer(List.of("sg-web"), List.of()));

        assertThat(model.choices()).extracting(GroupChoice::label)
                .containsExactly("admin  (sg-admin)", "metrics  (sg-metrics)", "web  (sg-web)");
        assertThat(model.choices()).filteredOn(GroupChoice::isChosen)
                .extracting(GroupChoice::id).containsExactly("sg-web");
    }

    @Test
    void thereIsNothingToReviewUntilTheChoiceDiffers() {
        LayerGroupsViewModel model = model(layer(List.of("sg-web"), List.of()));
        assertThat(model.changedProperty().get()).isFalse();

        choice(model, "metrics").chosenProperty().set(true);
        assertThat(model.changedProperty().get()).isTrue();

        choice(model, "metrics").chosenProperty().set(false);
        assertThat(model.changedProperty().get()).isFalse();
    }

    @Test
    void theLayersOrderIsKeptAndNewGroupsAppended() {
        LayerGroupsViewModel model = model(layer(List.of("sg-web", "sg-admin"), List.of()));

        choice(model, "metrics").chosenProperty().set(true);
        model.review();

        assertThat(reviewed).containsExactly(List.of("sg-web", "sg-admin", "sg-metrics"));
    }

    @Test
    void groupsNotOfferedStayWithTheLayer() {
        LayerGroupsViewModel model = model(layer(List.of("sg-other-vpc", "sg-web"), List.of()));

        choice(model, "web").chosenProperty().set(false);

        assertThat(model.chosenGroupIds()).containsExactly("sg-other-vpc");
    }

    @Test
    void theExplanationNamesTheBuiltInGroupsOnlyWhenThereAreAny() {
        assertThat(model(layer(List.of(), List.of("AWS-OpsWorks-Rails-App-Server"))).explanation())
                .contains("Its built-in groups (AWS-OpsWorks-Rails-App-Server) come with the layer type and stay.");
        assertThat(model(layer(List.of(), List.of())).explanation()).doesNotContain("built-in");
        assertThat(model(layer(List.of(), List.of())).title()).isEqualTo("Security groups of layer Rails App Server");
    }

    private LayerGroupsViewModel model(Layer layer) {
        return new LayerGroupsViewModel(TestBanners.production("shop-prod"), layer, VPC_GROUPS, reviewed::add);
    }

    private static GroupChoice choice(LayerGroupsViewModel model, String name) {
        return model.choices().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static Layer layer(List<String> custom, List<String> builtIn) {
        return new Layer("layer-1", "stack-1", "Rails App Server", "rails-app", LayerType.RAILS_APP, custom, builtIn,
                true);
    }

    private static SecurityGroup group(String id, String name) {
        return new SecurityGroup(id, name, "vpc-1", name);
    }
}
