package safetyconsole.ui.stacks;

import static safetyconsole.ui.common.Tables.column;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import safetyconsole.cloud.App;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.guard.InstanceOperation;
import safetyconsole.inventory.InstanceDetails;
import safetyconsole.inventory.InstanceRow;
import safetyconsole.inventory.LayerRow;
import safetyconsole.ui.common.LazyTab;
import safetyconsole.ui.common.LazyTooltips;
import safetyconsole.ui.common.Tables;
import safetyconsole.ui.drift.DriftView;
import safetyconsole.ui.icons.UiIcon;
import safetyconsole.ui.logrotate.LogRotationView;
import safetyconsole.ui.logrotate.LogRotationViewModel;

/** The selected stack's instances (with details), layers and apps, as tabs, each with its actions. */
public final class StackContentView extends TabPane {

    /** What the action buttons ask for; the shell turns each into a plan and a confirmation dialog. */
    public interface Actions extends DriftView.Actions {
        void instances(InstanceOperation operation, List<Instance> selection);

        void deleteLayer(Layer layer);

        void deleteApp(App app);

        /** Who changed this instance: its CloudTrail and audit timeline. */
        void history(Instance instance);
    }

    private final StackContentViewModel model;
    private final Actions actions;
    private final ObservableBooleanValue changesAllowed;
    private final GridPane details = new GridPane();
    private final TextField instanceFilter;
    private final Map<StackTab, Tab> tabs = new EnumMap<>(StackTab.class);

    public StackContentView(StackContentViewModel model, Actions actions, ObservableBooleanValue changesAllowed,
                            LogRotationViewModel logRotation) {
        this.model = model;
        this.actions = actions;
        this.changesAllowed = changesAllowed;
        this.instanceFilter = filterField();
        setId("stackContent");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        for (StackTab tab : StackTab.values()) {
            tabs.put(tab, switch (tab) {
                case INSTANCES -> tab(tab, instancesView());
                case LAYERS -> lazyTab(tab, this::layersView);
                case APPS -> lazyTab(tab, this::appsView);
                case SECURITY_GROUPS -> new LazyTab(tab.title(), tab.id(),
                        selected -> new DriftView(model.drift(), actions, changesAllowed, selected));
                case LOG_ROTATION -> lazyTab(tab, () -> new LogRotationView(logRotation));
            });
            getTabs().add(tabs.get(tab));
        }
        model.details().addListener(
                (javafx.collections.ListChangeListener<InstanceDetails.Line>) change -> showDetails());
    }

    public void select(StackTab tab) {
        getSelectionModel().select(tabs.get(tab));
    }

    /** Ctrl+F: the Instances tab with its filter focused and selected, to type over what was there. */
    public void focusInstanceFilter() {
        select(StackTab.INSTANCES);
        instanceFilter.requestFocus();
        instanceFilter.selectAll();
    }

    private javafx.scene.Node instancesView() {
        TableView<InstanceRow> table = Tables.table("instancesTable", model.instances(),
                model.instancesPlaceholderProperty());
        table.getColumns().add(column("Hostname", 160, InstanceRow::hostname));
        table.getColumns().add(column("Status", 84, row -> row.status().apiName()));
        table.getColumns().add(column("Layers", 190, InstanceRow::layers));
        table.getColumns().add(column("EC2 instance", 180, InstanceRow::ec2Id));
        table.getColumns().add(column("Root device", 115, row -> row.rootDevice().apiName()));
        table.getColumns().add(column("Security groups (EC2)", 360, InstanceRow::securityGroups));
        table.getColumns().add(column("Private IP", 110, InstanceRow::privateIp));
        table.getColumns().add(column("Public IP", 110, InstanceRow::publicIp));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectInstance(row));
        ObservableList<InstanceRow> selected = table.getSelectionModel().getSelectedItems();
        HBox bar = actionBar(
                action("startButton", "Start", UiIcon.PLAY, InstanceOperation.START_INSTANCE, selected),
                action("stopButton", "Stop\u2026", UiIcon.STOP, InstanceOperation.STOP_INSTANCE, selected),
                action("rebootButton", "Reboot\u2026", UiIcon.RESTART, InstanceOperation.REBOOT_INSTANCE, selected),
                action("deleteInstanceButton", "Delete\u2026", UiIcon.DELETE_OUTLINE, InstanceOperation.DELETE_INSTANCE,
                        selected));
        Button history = new Button("History\u2026", new FontIcon(UiIcon.HISTORY));
        history.setId("historyButton");
        LazyTooltips.install(history, "Who changed this instance (CloudTrail and this console)");
        history.disableProperty().bind(Bindings.size(selected).isNotEqualTo(1));
        history.setOnAction(event -> actions.history(selected.get(0).instance()));
        bar.getChildren().add(history);
        Label matches = new Label();
        matches.setId("instanceFilterCount");
        matches.textProperty().bind(model.filterCountProperty());
        matches.setMaxHeight(Double.MAX_VALUE); // as tall as the field beside it, its text centred on the field's
        HBox.setMargin(matches, new Insets(0, 0, 0, 8));
        bar.getChildren().addAll(instanceFilter, matches);
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && !selected.isEmpty() && changesAllowed.get()) {
                actions.instances(InstanceOperation.DELETE_INSTANCE, instancesOf(selected));
            }
        });

        details.setId("instanceDetails");
        details.setHgap(14);
        details.setVgap(4);
        details.setPadding(new Insets(10, 14, 10, 14));
        ScrollPane detailsScroll = new ScrollPane(details);
        detailsScroll.setFitToWidth(true);
        showDetails();

        VBox tableWithActions = new VBox(bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(tableWithActions, detailsScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        return split;
    }

    /** Keeps the rows holding what is typed; the filtering itself runs in the background. */
    private TextField filterField() {
        TextField filter = new TextField();
        filter.setId("instanceFilter");
        filter.setPromptText("Filter instances");
        filter.setPrefColumnCount(18);
        filter.textProperty().bindBidirectional(model.filterProperty());
        LazyTooltips.install(filter, "Only the instances with this text in any column (name, layer, group, IP\u2026)."
                + " Ctrl+F here, Esc clears");
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                event.consume();
            }
        });
        HBox.setMargin(filter, new Insets(0, 0, 0, 12));
        return filter;
    }

    private javafx.scene.Node layersView() {
        TableView<LayerRow> table = table("layersTable", model.layers());
        table.getColumns().add(column("Layer", 170, LayerRow::name));
        table.getColumns().add(column("Type", 140, row -> row.type().displayName()));
        table.getColumns().add(column("Short name", 110, LayerRow::shortname));
        table.getColumns().add(column("Instances", 110, LayerRow::instances));
        table.getColumns().add(column("Custom groups", 330, LayerRow::customGroups));
        table.getColumns().add(column("Built-in groups", 260, LayerRow::builtInGroups));
        Button edit = new Button("Edit groups\u2026", new FontIcon(UiIcon.PENCIL_OUTLINE));
        edit.setId("editLayerGroupsButton");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(Bindings.not(changesAllowed)));
        edit.setOnAction(event -> actions.editLayerGroups(table.getSelectionModel().getSelectedItem().layer()));
        Button delete = deleteButton("deleteLayerButton", "Delete layer\u2026", table,
                row -> actions.deleteLayer(row.layer()));
        VBox box = new VBox(actionBar(edit, delete), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private javafx.scene.Node appsView() {
        TableView<App> table = table("appsTable", model.apps());
        table.getColumns().add(column("App", 160, App::name));
        table.getColumns().add(column("Short name", 120, App::shortname));
        table.getColumns().add(column("Type", 90, App::type));
        table.getColumns().add(column("Environment variables", 420,
                app -> app.environment().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .reduce((a, b) -> a + ", " + b).orElse("\u2014")));
        Button delete = deleteButton("deleteAppButton", "Delete app\u2026", table, actions::deleteApp);
        VBox box = new VBox(actionBar(delete), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Button action(String id, String text, Ikon icon, InstanceOperation operation,
                          ObservableList<InstanceRow> selected) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.disableProperty().bind(Bindings.isEmpty(selected).or(Bindings.not(changesAllowed)));
        button.setOnAction(event -> actions.instances(operation, instancesOf(selected)));
        if (operation.removes()) {
            button.getStyleClass().add("danger");
        }
        return button;
    }

    private <T> Button deleteButton(String id, String text, TableView<T> table, Consumer<T> action) {
        Button button = new Button(text, new FontIcon(UiIcon.DELETE_OUTLINE));
        button.setId(id);
        button.getStyleClass().add("danger");
        button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(Bindings.not(changesAllowed)));
        button.setOnAction(event -> action.accept(table.getSelectionModel().getSelectedItem()));
        return button;
    }

    private static HBox actionBar(Button... buttons) {
        HBox bar = new HBox(6, buttons);
        bar.getStyleClass().add("action-bar");
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private static List<Instance> instancesOf(List<InstanceRow> rows) {
        return rows.stream().map(InstanceRow::instance).collect(Collectors.toList());
    }

    private void showDetails() {
        details.getChildren().clear();
        if (model.details().isEmpty()) {
            Label hint = new Label("Select an instance to see its details.");
            hint.getStyleClass().add("hint");
            details.add(hint, 0, 0);
            return;
        }
        int row = 0;
        for (InstanceDetails.Line line : model.details()) {
            Label label = new Label(line.label());
            label.getStyleClass().add("detail-label");
            Label value = new Label(line.value());
            value.getStyleClass().add("detail-value");
            value.setWrapText(true);
            details.addRow(row++, label, value);
        }
    }

    private <T> TableView<T> table(String id, ObservableList<T> items) {
        return Tables.table(id, items, model.placeholderProperty());
    }

    private static Tab tab(StackTab which, javafx.scene.Node content) {
        Tab tab = new Tab(which.title(), content);
        tab.setId(which.id());
        return tab;
    }

    private static Tab lazyTab(StackTab which, Supplier<javafx.scene.Node> content) {
        return new LazyTab(which.title(), which.id(), content);
    }
}
