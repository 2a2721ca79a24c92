package safetyconsole.ui.dialogs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;

import safetyconsole.cloud.Layer;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.context.BannerModel;

/**
 * The choice of a layer's custom security groups among the VPC's groups. Nothing changes here: reviewing hands
 * the chosen ids on, to be planned and confirmed like any change.
 */
public final class LayerGroupsViewModel {

    /** OpsWorks' own groups: they come with the layer type, so they are not offered as custom groups. */
    private static final String BUILT_IN_PREFIX = "AWS-OpsWorks-";

    private final ObservableValue<BannerModel> banner;
    private final Layer layer;
    private final Consumer<List<String>> review;
    private final List<GroupChoice> choices;
    private final BooleanBinding changed;

    /** @param review plans the change to the group ids given */
    public LayerGroupsViewModel(ObservableValue<BannerModel> banner, Layer layer, List<SecurityGroup> vpcGroups,
                                Consumer<List<String>> review) {
        this.banner = banner;
        this.layer = layer;
        this.review = review;
        choices = vpcGroups.stream().filter(group -> !group.name().startsWith(BUILT_IN_PREFIX))
                .sorted(Comparator.comparing(SecurityGroup::name))
                .map(group -> new GroupChoice(group.id(), group.name(),
                        layer.customSecurityGroupIds().contains(group.id())))
                .toList();
        changed = Bindings.createBooleanBinding(() -> !chosenGroupIds().equals(layer.customSecurityGroupIds()),
                choices.stream().map(GroupChoice::chosenProperty).toArray(Observable[]::new));
    }

    public ObservableValue<BannerModel> banner() {
        return banner;
    }

    public String title() {
        return "Security groups of layer " + layer.name();
    }

    public String explanation() {
        List<String> builtIn = layer.defaultSecurityGroupNames();
        return "Custom groups of the layer. "
                + (builtIn.isEmpty() ? "" : "Its built-in groups (" + String.join(", ", builtIn)
                        + ") come with the layer type and stay. ")
                + "A change reaches new instances only; the next step shows which running instances will not get it.";
    }

    /** The groups the layer may have, by name. */
    public List<GroupChoice> choices() {
        return choices;
    }

    /** True once the choice differs from the layer's groups: only then is there a change to review. */
    public BooleanBinding changedProperty() {
        return changed;
    }

    /** The layer's current order kept, new groups appended: a reorder alone is no change. */
    public List<String> chosenGroupIds() {
        List<String> ids = new ArrayList<>();
        layer.customSecurityGroupIds().stream()
                .filter(id -> choices.stream().filter(c -> c.id().equals(id)).allMatch(GroupChoice::isChosen))
                .forEach(ids::add);
        choices.stream().filter(GroupChoice::isChosen).map(GroupChoice::id).filter(id -> !ids.contains(id))
                .forEach(ids::add);
        return ids;
    }

    public void review() {
        review.accept(chosenGroupIds());
    }
}
