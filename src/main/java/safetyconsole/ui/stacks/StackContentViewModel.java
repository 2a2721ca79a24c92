package safetyconsole.ui.stacks;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.cloud.App;
import safetyconsole.inventory.InstanceDetails;
import safetyconsole.inventory.InstanceRow;
import safetyconsole.inventory.LayerRow;
import safetyconsole.inventory.StackInventory;
import safetyconsole.ui.common.NewestResult;
import safetyconsole.ui.common.TaskRunner;
import safetyconsole.ui.drift.DriftViewModel;

/**
 * What the tables show for the selected stack. Cleared the moment another stack is chosen, so rows of
 * one stack never sit under another stack's banner. The rows are built, and the instances filtered, on the task
 * runner: a stack has thousands of instances, and the FX thread only puts each table's rows in at once.
 */
public final class StackContentViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(StackContentViewModel.class);

    /** A stack's rows as built off the FX thread: all of its instances, those {@code query} keeps, its layers. */
    private record Rows(StackInventory inventory, List<InstanceRow> all, String query, List<InstanceRow> matching,
                        List<LayerRow> layers) {
    }

    private final ObservableList<InstanceRow> instances = FXCollections.observableArrayList();
    private final ObservableList<LayerRow> layers = FXCollections.observableArrayList();
    private final ObservableList<App> apps = FXCollections.observableArrayList();
    private final ObservableList<InstanceDetails.Line> details = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<InstanceRow> selectedInstance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("Select a stack.");
    private final ReadOnlyStringWrapper instancesPlaceholder = new ReadOnlyStringWrapper("Select a stack.");
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper filterCount = new ReadOnlyStringWrapper("");
    private final DriftViewModel drift;
    private final NewestResult rowWork;
    /** The stack shown, once its rows are. */
    private StackInventory inventory;
    /** The stack to show, from {@link #show} until {@link #clear}; its rows are being built or shown. */
    private StackInventory toShow;
    /** All rows of {@link #inventory}, filtered again when the filter changes; empty while there is none. */
    private List<InstanceRow> allInstances = List.of();

    public StackContentViewModel(TaskRunner runner) {
        drift = new DriftViewModel(runner);
        rowWork = new NewestResult(runner);
        selectedInstance.addListener((obs, old, row) -> showDetails(row));
        filter.addListener((obs, old, now) -> filterInstances());
    }

    /** Shows {@code loaded} once its rows are built in the background; the filter typed so far applies. */
    public void show(StackInventory loaded) {
        toShow = loaded;
        buildRows(loaded);
        drift.show(loaded);
    }

    private void buildRows(StackInventory loaded) {
        String query = filter.get();
        rowWork.run("Rows of " + loaded.stack().name(), () -> {
            List<InstanceRow> all = InstanceRow.of(loaded);
            return new Rows(loaded, all, query, InstanceRow.matching(all, query), LayerRow.of(loaded));
        }, this::showRows, error -> clear("Could not show " + loaded.stack().name() + "."));
    }

    private void showRows(Rows rows) {
        inventory = rows.inventory();
        allInstances = rows.all();
        selectedInstance.set(null);
        instances.setAll(rows.matching());
        layers.setAll(rows.layers());
        apps.setAll(inventory.apps());
        placeholder.set(inventory.stack().name() + " has none.");
        sayWhyNoInstanceShows();
        if (!rows.query().equals(filter.get())) {
            filterInstances();
        }
    }

    /**
     * Filters the rows shown, in the background. While a stack's rows are still being built there is nothing to
     * filter yet: they are filtered with the text typed by then once they are built, not built again per key.
     */
    private void filterInstances() {
        if (toShow == null || toShow != inventory) {
            return;
        }
        List<InstanceRow> all = allInstances;
        String query = filter.get();
        String name = inventory.stack().name();
        rowWork.run("Filter the instances of " + name, () -> InstanceRow.matching(all, query),
                matching -> {
                    instances.setAll(matching);
                    sayWhyNoInstanceShows();
                }, error -> {
                    // Only the filter failed: the stack's other tables and its analysis stay.
                    LOG.warn("Filtering the instances of {}", name, error);
                    instances.clear();
                    instancesPlaceholder.set("Could not filter the instances of " + name + ".");
                });
    }

    private void sayWhyNoInstanceShows() {
        boolean filtered = !allInstances.isEmpty() && !filter.get().isBlank();
        instancesPlaceholder.set(!filtered ? placeholder.get()
                : "No instance of " + inventory.stack().name() + " matches \u201c" + filter.get().strip() + "\u201d.");
        filterCount.set(filtered ? instances.size() + " of " + allInstances.size() : "");
    }

    public void clear(String why) {
        rowWork.forget();
        toShow = null;
        inventory = null;
        allInstances = List.of();
        selectedInstance.set(null);
        instances.clear();
        layers.clear();
        apps.clear();
        drift.clear(why);
        placeholder.set(why);
        instancesPlaceholder.set(why);
        filterCount.set("");
    }

    private void showDetails(InstanceRow row) {
        if (row == null || inventory == null) {
            details.clear();
            return;
        }
        List<InstanceDetails.Line> lines = InstanceDetails.of(inventory, row.instance());
        details.setAll(lines);
    }

    /** The stack as last shown; empty while loading (or its rows are built) or after a failure. */
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

    /** What the empty instances table says: why it is empty, or that the filter keeps none of its rows. */
    public ReadOnlyStringProperty instancesPlaceholderProperty() {
        return instancesPlaceholder.getReadOnlyProperty();
    }

    /** Text the instances table keeps only the rows holding (any cell, ignoring case); blank keeps all. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** "12 of 2000" while a filter hides rows of the stack; empty otherwise. */
    public ReadOnlyStringProperty filterCountProperty() {
        return filterCount.getReadOnlyProperty();
    }
}
