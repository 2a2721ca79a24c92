package safetyconsole.ui.stacks;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.control.ScrollPane;

import safetyconsole.cloud.App;
import safetyconsole.inventory.InstanceDetails;
import safetyconsole.inventory.InstanceRow;
import safetyconsole.inventory.LayerRow;

/** The selected stack's instances (with details), layers and apps, as tabs. */
public final class StackContentView extends TabPane {

    private final StackContentViewModel model;
    private final GridPane details = new GridPane();

    public StackContentView(StackContentViewModel model) {
        this.model = model;
        setId("stackContent");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs().addAll(instancesTab(), layersTab(), appsTab());
        model.details().addListener((javafx.collections.ListChangeListener<InstanceDetails.Line>) change -> showDetails());
    }

    public void selectTab(int index) {
        getSelectionModel().select(index);
    }

    private Tab instancesTab() {
        TableView<InstanceRow> table = table("instancesTable", model.instances());
        table.getColumns().add(column("Hostname", 120, InstanceRow::hostname));
        table.getColumns().add(column("Status", 80, InstanceRow::status));
        table.getColumns().add(column("Layers", 190, InstanceRow::layers));
        table.getColumns().add(column("EC2 instance", 180, InstanceRow::ec2Id));
        table.getColumns().add(column("Root device", 115, InstanceRow::rootDevice));
        table.getColumns().add(column("Security groups (EC2)", 360, InstanceRow::securityGroups));
        table.getColumns().add(column("Private IP", 110, InstanceRow::privateIp));
        table.getColumns().add(column("Public IP", 110, InstanceRow::publicIp));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectInstance(row));

        details.setId("instanceDetails");
        details.setHgap(14);
        details.setVgap(4);
        details.setPadding(new Insets(10, 14, 10, 14));
        ScrollPane detailsScroll = new ScrollPane(details);
        detailsScroll.setFitToWidth(true);
        showDetails();

        SplitPane split = new SplitPane(table, detailsScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        return tab("Instances", split);
    }

    private Tab layersTab() {
        TableView<LayerRow> table = table("layersTable", model.layers());
        table.getColumns().add(column("Layer", 170, LayerRow::name));
        table.getColumns().add(column("Type", 140, LayerRow::type));
        table.getColumns().add(column("Short name", 110, LayerRow::shortname));
        table.getColumns().add(column("Instances", 110, LayerRow::instances));
        table.getColumns().add(column("Custom groups", 330, LayerRow::customGroups));
        table.getColumns().add(column("Built-in groups", 260, LayerRow::builtInGroups));
        return tab("Layers", table);
    }

    private Tab appsTab() {
        TableView<App> table = table("appsTable", model.apps());
        table.getColumns().add(column("App", 160, App::name));
        table.getColumns().add(column("Short name", 120, App::shortname));
        table.getColumns().add(column("Type", 90, App::type));
        table.getColumns().add(column("Environment variables", 420,
                app -> app.environment().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .reduce((a, b) -> a + ", " + b).orElse("\u2014")));
        return tab("Apps", table);
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

    private <T> TableView<T> table(String id, javafx.collections.ObservableList<T> items) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.placeholderProperty());
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        return table;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
        return column;
    }

    private static ObservableValue<String> constant(String value) {
        return new ReadOnlyStringWrapper(value).getReadOnlyProperty();
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(title.toLowerCase() + "Tab");
        return tab;
    }
}
