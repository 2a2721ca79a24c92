package safetyconsole.ui.shell;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.cloud.AccountConnector;
import safetyconsole.context.BannerModel;
import safetyconsole.ui.common.AccountBoundWindows;
import safetyconsole.ui.common.AppIcons;
import safetyconsole.ui.common.ErrorMessages;
import safetyconsole.ui.common.TaskRunner;
import safetyconsole.ui.connect.ConnectDialog;
import safetyconsole.ui.connect.ConnectViewModel;
import safetyconsole.ui.connect.FxMfaPrompt;

/**
 * The main window on the account in use. Connecting to another account (or going back to the demo) puts a new
 * view on the same stage and closes the account left behind.
 */
public final class AccountWindow {

    private static final Logger LOG = LoggerFactory.getLogger(AccountWindow.class);

    private final Stage stage;
    private final TaskRunner runner;
    private final Accounts accounts;
    private final Label waiting = new Label("Connecting\u2026");
    private OpenAccount account;
    private MainViewModel model;
    private boolean shown;

    public AccountWindow(Stage stage, TaskRunner runner, Accounts accounts) {
        this.stage = stage;
        this.runner = runner;
        this.accounts = accounts;
    }

    /** An account's view model and view, made before they are shown. */
    public record Opening(OpenAccount account, MainViewModel model, MainView view) {
    }

    /**
     * Makes {@code next}'s view model and view; {@code connect} opens the connect dialog. On any thread: nothing of
     * it is on a scene yet, and nothing runs until it is shown. At start-up it runs on the launcher thread while the
     * FX thread loads the theme, so the view's constructors make nodes only, never a window: popups, tooltips and
     * context menus are made when first asked for ({@code LazyTooltips}, the stack list's menu).
     */
    public static Opening open(OpenAccount next, TaskRunner runner, Runnable connect) {
        MainViewModel model = next.model(runner);
        return new Opening(next, model, new MainView(model, next.windows(runner), connect));
    }

    /** Shows {@code next} and starts reading it; the account shown so far is closed. */
    public MainViewModel show(OpenAccount next) {
        return show(open(next, runner, this::openConnectDialog));
    }

    /** Shows an account made by {@link #open} and starts reading it; the account shown so far is closed. */
    public MainViewModel show(Opening opening) {
        OpenAccount left = account;
        account = opening.account();
        model = opening.model();
        model.stacks().refresh();
        MainView view = opening.view();
        if (!shown) {
            showStage(view);
        } else {
            stage.getScene().setRoot(view);
        }
        stage.titleProperty().bind(model.banner().windowTitleProperty());
        view.focusStackList();
        if (left != null) {
            AccountBoundWindows.closeAll(stage);
            runner.run("Close " + left.description(), () -> {
                left.close();
                return left;
            }, closed -> { }, error -> LOG.warn("Closing {} failed", left.description(), error));
        }
        return model;
    }

    /** Opens on the connect dialog, connecting to {@code request} at once; cancelling it closes the window. */
    public void connectFirst(AccountConnector.Request request) {
        waiting.setId("waitingLabel");
        showStage(new StackPane(waiting));
        stage.setTitle(BannerModel.APP_NAME);
        openConnectDialog(Optional.of(request), stage::close);
    }

    public void openConnectDialog() {
        openConnectDialog(Optional.empty(), () -> { });
    }

    private void openConnectDialog(Optional<AccountConnector.Request> now, Runnable cancelled) {
        ConnectViewModel dialog = new ConnectViewModel(accounts::connector,
                accounts.directories().lastConnectionFile(), runner, new FxMfaPrompt(), this::connected);
        new ConnectDialog(stage, dialog, account == null ? null : account.description(), this::openDemo,
                cancelled).show();
        dialog.open(now);
    }

    private void connected(AccountConnector.Connection connection, List<String> stackRegions) {
        runner.run("Open " + connection.description(), () -> accounts.aws(connection, stackRegions), this::show,
                error -> {
                    connection.close();
                    unexpected(error);
                });
    }

    private void openDemo() {
        runner.run("Open the demo account", accounts::demo, this::show, this::unexpected);
    }

    private void unexpected(Throwable error) {
        LOG.error("Could not open the account", error);
        if (model != null) {
            model.showUnexpected(error);
        } else {
            waiting.setText(ErrorMessages.sentence(error));
        }
    }

    private void showStage(javafx.scene.Parent root) {
        WindowBounds bounds = new WindowBounds(accounts.directories().windowBoundsFile());
        shown = true;
        ConsoleApp.showFirst(stage, root, bounds);
        stage.setOnCloseRequest(event -> bounds.save(stage));
        AppIcons.apply(stage, runner);
    }

    /** The view model on screen; null until an account is open. */
    public MainViewModel model() {
        return model;
    }

    /** At exit: closes the account (an AWS connection and its clients). */
    public void close() {
        if (account != null) {
            account.close();
        }
    }
}
