package safetyconsole.ui.scaling;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import safetyconsole.cloud.StackKind;
import safetyconsole.logrotate.MigratedLogRotation;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.ui.common.TaskRunner;
import safetyconsole.ui.logrotate.MigratedLogRotationViewModel;

/**
 * What the tabs show for the selected migrated stack: its Auto Scaling groups, their instances, their security
 * groups and its apps' log rotation. Cleared the moment another stack is chosen, so rows of one stack never sit
 * under another's banner.
 */
public final class ScalingContentViewModel {

    private final ObservableList<GroupRow> groups = FXCollections.observableArrayList();
    private final ObservableList<GroupInstanceRow> instances = FXCollections.observableArrayList();
    private final ObservableList<String> groupSentences = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<GroupRow> selectedGroup = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper cloudFormationStack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("Select a stack.");
    private final ScalingDriftViewModel drift;
    private final MigratedLogRotationViewModel logRotation;
    private ScalingStackInventory inventory;

    /** @param checkLogRotation where a loaded stack rotates its apps' logs (it reads; run in the background) */
    public ScalingContentViewModel(TaskRunner runner,
                                   Function<ScalingStackInventory, MigratedLogRotation> checkLogRotation) {
        drift = new ScalingDriftViewModel(runner);
        logRotation = new MigratedLogRotationViewModel(checkLogRotation, runner);
        selectedGroup.addListener((obs, old, row) -> groupSentences.setAll(row == null ? List.of() : row.sentences()));
    }

    public void show(ScalingStackInventory loaded) {
        inventory = loaded;
        selectedGroup.set(null);
        groups.setAll(GroupRow.of(loaded));
        instances.setAll(GroupInstanceRow.of(loaded));
        drift.show(loaded);
        logRotation.show(loaded);
        cloudFormationStack.set(loaded.stack().kind() == StackKind.CLOUDFORMATION);
        placeholder.set(loaded.stack().name() + " has none.");
    }

    public void clear(String why) {
        inventory = null;
        selectedGroup.set(null);
        groups.clear();
        instances.clear();
        drift.clear(why);
        logRotation.clear(why);
        cloudFormationStack.set(false);
        placeholder.set(why);
    }

    /** The stack as last loaded; empty while loading or after a failure. */
    public Optional<ScalingStackInventory> inventory() {
        return Optional.ofNullable(inventory);
    }

    public ObservableList<GroupRow> groups() {
        return groups;
    }

    public ObservableList<GroupInstanceRow> instances() {
        return instances;
    }

    /** The view reports the groups table's selection here; null clears the sentences. */
    public void selectGroup(GroupRow row) {
        selectedGroup.set(row);
    }

    public ReadOnlyObjectProperty<GroupRow> selectedGroupProperty() {
        return selectedGroup.getReadOnlyProperty();
    }

    /** What the selected group's analysis says: refreshes, unused groups, skipped instances, the fix. */
    public ObservableList<String> groupSentences() {
        return groupSentences;
    }

    public ScalingDriftViewModel drift() {
        return drift;
    }

    public MigratedLogRotationViewModel logRotation() {
        return logRotation;
    }

    /** Whether the stack shown is a CloudFormation stack (which can be deleted as a whole). */
    public ReadOnlyBooleanProperty cloudFormationStackProperty() {
        return cloudFormationStack.getReadOnlyProperty();
    }

    /** What an empty table says: why it is empty. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }
}
