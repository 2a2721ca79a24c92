package safetyconsole.ui.stacks;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import safetyconsole.cloud.App;
import safetyconsole.inventory.InstanceDetails;
import safetyconsole.inventory.InstanceRow;
import safetyconsole.inventory.LayerRow;
import safetyconsole.inventory.StackInventory;
import safetyconsole.ui.common.TaskRunner;
import safetyconsole.ui.drift.DriftViewModel;

/**
 * What the tables show for the selected stack. Cleared the moment another stack is chosen, so rows of
 * one stack never sit under another stack's banner.
 */
public final class StackContentViewModel {

    private final ObservableList<InstanceRow> instances = FXCollections.observableArrayList();
    private final ObservableList<LayerRow> layers = FXCollections.observableArrayList();
    private final ObservableList<App> apps = FXCollections.observableArrayList();
    private final ObservableList<InstanceDetails.Line> details = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<InstanceRow> selectedInstance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("Select a stack.");
    private final DriftViewModel drift;
    private StackInventory inventory;

    public StackContentViewModel(TaskRunner runner) {
        drift = new DriftViewModel(runner);
        selectedInstance.addListener((obs, old, row) -> showDetails(row));
    }

    public void show(StackInventory loaded) {
        inventory = loaded;
        selectedInstance.set(null);
        instances.setAll(InstanceRow.of(loaded));
        layers.setAll(LayerRow.of(loaded));
        apps.setAll(loaded.apps());
        drift.show(loaded);
        placeholder.set(loaded.stack().name() + " has none.");
    }

    public void clear(String why) {
        inventory = null;
        selectedInstance.set(null);
        instances.clear();
        layers.clear();
        apps.clear();
        drift.clear(why);
        placeholder.set(why);
    }

    private void showDetails(InstanceRow row) {
        if (row == null || inventory == null) {
            details.clear();
            return;
        }
        List<InstanceDetails.Line> lines = InstanceDetails.of(inventory, row.instance());
        details.setAll(lines);
    }

    /** The stack as last loaded; empty while loading or after a failure. */
    public Optional<StackInventory> inventory() {
        return Optional.ofNullable(inventory);
    }

    public DriftViewModel drift() {
        return drift;
    }

    public ObservableList<InstanceRow> instances() {
        return instances;
    }

    public ObservableList<LayerRow> layers() {
        return layers;
    }

    public ObservableList<App> apps() {
        return apps;
    }

    public ObservableList<InstanceDetails.Line> details() {
        return details;
    }

    /** The view reports the table's selection here; null clears the details. */
    public void selectInstance(InstanceRow row) {
        selectedInstance.set(row);
    }

    /** What an empty table says: why it is empty. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }
}
