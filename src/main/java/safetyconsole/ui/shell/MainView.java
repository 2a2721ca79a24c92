package safetyconsole.ui.shell;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import safetyconsole.ui.stacks.StackContentView;

/** The main window: banner on top of everything, stack list left, the stack's contents right, status below. */
public final class MainView extends BorderPane {

    private final MainViewModel model;
    private final ListView<StackEntry> stackList = new ListView<>();
    private final StackContentView content;
    private final VBox notices = new VBox();

    public MainView(MainViewModel model) {
        this.model = model;
        setId("mainView");
        content = new StackContentView(model.content());

        setTop(new VBox(new BannerView(model.bannerProperty()), notices, toolbar()));
        setCenter(centre());
        setBottom(statusBar());

        notices.setId("notices");
        model.notices().addListener((ListChangeListener<String>) change -> showNotices());
        showNotices();
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts();
            }
        });
    }

    private HBox toolbar() {
        Button refresh = new Button("Refresh", new FontIcon(MaterialDesignR.REFRESH));
        refresh.setId("refreshButton");
        refresh.setTooltip(new Tooltip("Read the account again (F5 or Ctrl+R)"));
        refresh.setOnAction(event -> model.refresh());
        refresh.disableProperty().bind(model.loadingProperty());
        Label source = new Label(model.sourceDescription());
        source.setId("sourceLabel");
        source.getStyleClass().add("source-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, refresh, spacer, source);
        bar.getStyleClass().add("toolbar-row");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    private SplitPane centre() {
        stackList.setId("stackList");
        stackList.setItems(model.stacks());
        stackList.setCellFactory(list -> new StackListCell());
        stackList.setMinWidth(200);
        Label empty = new Label("No stacks yet.");
        stackList.setPlaceholder(empty);
        stackList.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null && !entry.equals(model.selectedStackProperty().get())) {
                model.select(entry);
            }
        });
        model.selectedStackProperty().addListener((obs, old, entry) -> {
            if (entry == null) {
                stackList.getSelectionModel().clearSelection();
            } else if (!entry.equals(stackList.getSelectionModel().getSelectedItem())) {
                stackList.getSelectionModel().select(entry);
            }
        });
        SplitPane split = new SplitPane(stackList, content);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(stackList, false);
        return split;
    }

    private HBox statusBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(model.loadingProperty());
        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(model.statusProperty());
        status.graphicProperty().bind(Bindings.createObjectBinding(
                () -> model.statusKindProperty().get() == MainViewModel.StatusKind.ERROR
                        ? new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE) : null,
                model.statusKindProperty()));
        model.statusKindProperty().addListener((obs, old, kind) -> {
            status.getStyleClass().remove("status-error");
            if (kind == MainViewModel.StatusKind.ERROR) {
                status.getStyleClass().add("status-error");
            }
        });
        HBox bar = new HBox(10, progress, status);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private void showNotices() {
        notices.getChildren().clear();
        for (String notice : model.notices()) {
            Label label = new Label(notice, new FontIcon(MaterialDesignA.ALERT_OUTLINE));
            label.getStyleClass().add("notice");
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            notices.getChildren().add(label);
        }
    }

    private void installShortcuts() {
        var accelerators = getScene().getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.F5), model::refresh);
        accelerators.put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), model::refresh);
        accelerators.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), stackList::requestFocus);
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), () -> content.selectTab(0));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), () -> content.selectTab(1));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN), () -> content.selectTab(2));
    }

    /** Where keyboard focus starts: the stack list, so arrows move between stacks at once. */
    public void focusStackList() {
        stackList.requestFocus();
    }
}
