package safetyconsole.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import safetyconsole.AppContext;
import safetyconsole.audit.AuditEntry;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.context.BannerModel;
import safetyconsole.context.Mode;
import safetyconsole.guard.InstanceOperation;
import safetyconsole.guard.InstanceOptions;
import safetyconsole.guard.Plan;
import safetyconsole.inventory.StackInventory;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.FxTaskRunner;
import safetyconsole.ui.shell.ConsoleApp;

/** Drives the real typed-confirmation dialog, headless, over a plan to delete shop-dev's stopped dev-tools1. */
@ExtendWith(ApplicationExtension.class)
class ConfirmationDialogFxTest {

    @TempDir
    static Path dir;
    private final FxTaskRunner runner = new FxTaskRunner();
    private DemoAccount account;
    private AppContext app;
    private ConfirmationDialog dialog;
    private ConfirmationViewModel model;

    @Start
    void start(Stage stage) {
        account = DemoAccount.seeded(TestClocks.fixed());
        app = TestApps.of(account, account, dir.resolve(String.valueOf(System.nanoTime())), TestClocks.fixed());
        ConsoleApp.applyTheme();
        stage.setScene(ConsoleApp.scene(new StackPane()));
        stage.show();
        Stack dev = stack("shop-dev");
        StackInventory inventory = app.inventoryLoader().load(dev);
        Instance tools = inventory.instances().stream().filter(i -> i.hostname().equals("dev-tools1")).findFirst()
                .orElseThrow();
        Plan plan = app.planner().instances(inventory, app.stackContext().classify(dev), List.of(tools),
                InstanceOperation.DELETE_INSTANCE, InstanceOptions.NONE);
        BannerModel banner = app.stackContext().banner(dev, account.callerIdentity(), account.accountAlias(),
                Mode.UNLOCKED);
        model = new ConfirmationViewModel(plan, new javafx.beans.property.ReadOnlyObjectWrapper<>(banner),
                app.guard().orElseThrow(), null, runner, report -> { });
        dialog = new ConfirmationDialog(stage, model);
        dialog.show();
    }

    @AfterEach
    void closeEverything() throws Exception {
        runner.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void focusStartsOnCancelAndConfirmIsDisabled(FxRobot robot) {
        waitForFxEvents();

        assertThat(dialog.stage().getScene().getFocusOwner()).isSameAs(button(robot, "#cancelButton"));
        assertThat(button(robot, "#confirmButton").isDisabled()).isTrue();
    }

    @Test
    void confirmStaysDisabledUntilTheExactName(FxRobot robot) {
        for (String nearMiss : new String[] {"Shop-dev", "SHOP-DEV", "shop-dev ", " shop-dev", "shop-de", "shop dev"}) {
            typeInto(robot, nearMiss);
            assertThat(button(robot, "#confirmButton").isDisabled()).as("after typing '%s'", nearMiss).isTrue();
            assertThat(label(robot, "#confirmHint").getText()).contains("Not the stack name yet");
        }

        typeInto(robot, "shop-dev");

        assertThat(button(robot, "#confirmButton").isDisabled()).isFalse();
        assertThat(label(robot, "#confirmHint").getText()).isEmpty();
    }

    @Test
    void enterDoesNotConfirm(FxRobot robot) throws Exception {
        typeInto(robot, "shop-dev");

        robot.type(KeyCode.ENTER);
        robot.interact(() -> button(robot, "#confirmButton").requestFocus());
        robot.type(KeyCode.ENTER);
        Thread.sleep(300);
        waitForFxEvents();

        assertThat(model.reportProperty().get()).isNull();
        assertThat(dialog.stage().isShowing()).isTrue();
        assertThat(hostnames("shop-dev")).contains("dev-tools1");
        assertThat(app.auditLog().readAll()).isEmpty();
    }

    @Test
    void escapeCancelsAndNothingHappens(FxRobot robot) {
        typeInto(robot, "shop-dev");

        robot.type(KeyCode.ESCAPE);
        waitForFxEvents();

        assertThat(dialog.stage().isShowing()).isFalse();
        assertThat(hostnames("shop-dev")).contains("dev-tools1");
        assertThat(app.auditLog().readAll()).isEmpty();
    }

    @Test
    void dialogCarriesTheStacksBanner(FxRobot robot) {
        Node root = dialog.stage().getScene().getRoot();

        Label name = (Label) root.lookup("#bannerStackName");
        Label environment = (Label) root.lookup("#bannerEnvironment");
        Region banner = (Region) root.lookup("#banner");

        assertThat(name.getText()).isEqualTo("shop-dev");
        assertThat(environment.getText()).isEqualTo("DEVELOPMENT");
        assertThat(((Label) root.lookup("#bannerRegion")).getText()).contains("eu-west-1");
        assertThat(((Label) root.lookup("#bannerAccount")).getText()).contains("123456789012");
        assertThat(banner.getBackground().getFills().get(0).getFill()).isEqualTo(Color.rgb(45, 114, 184));
        assertThat(dialog.stage().getTitle()).contains("[DEVELOPMENT] shop-dev");
    }

    @Test
    void theNameShownCannotBeSelectedOrCopiedAndPastingIsRefused(FxRobot robot) {
        Node shown = in(robot).lookup("#confirmStackName").query();
        assertThat(shown).isInstanceOf(Label.class).isNotInstanceOf(TextInputControl.class);
        assertThat(shown.isMouseTransparent()).isTrue();

        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("shop-dev");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn(in(robot).lookup("#confirmInput").queryAs(TextField.class));
        robot.interact(() -> in(robot).lookup("#confirmInput").queryAs(TextField.class).paste());
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        waitForFxEvents();

        assertThat(in(robot).lookup("#confirmInput").queryAs(TextField.class).getText()).isEmpty();
        assertThat(button(robot, "#confirmButton").isDisabled()).isTrue();
    }

    @Test
    void clickingConfirmOnTheExactNameDeletesAndAudits(FxRobot robot) throws Exception {
        typeInto(robot, "shop-dev");

        robot.clickOn(button(robot, "#confirmButton"));
        waitFor(10, TimeUnit.SECONDS, () -> model.reportProperty().get() != null);
        waitForFxEvents();

        assertThat(hostnames("shop-dev")).doesNotContain("dev-tools1");
        assertThat(app.auditLog().readAll()).extracting(AuditEntry::record)
                .extracting(r -> r.phase().name() + " " + r.evidence().typedText())
                .containsExactly("INTENT shop-dev", "RESULT shop-dev");
        assertThat(label(robot, "#confirmMessage").getText()).startsWith("Done: Delete instance dev-tools1");
        assertThat(button(robot, "#cancelButton").getText()).isEqualTo("Close");
    }

    /** Lookups only inside this test's dialog, never another window. */
    private org.testfx.service.query.NodeQuery in(FxRobot robot) {
        return robot.from(dialog.stage().getScene().getRoot());
    }

    private void typeInto(FxRobot robot, String text) {
        TextField input = in(robot).lookup("#confirmInput").queryAs(TextField.class);
        robot.interact(input::clear);
        robot.clickOn(input);
        robot.write(text);
        waitForFxEvents();
        assertThat(input.getText()).isEqualTo(text);
    }

    private Stack stack(String name) {
        return account.describeStacks().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> hostnames(String stackName) {
        return account.describeInstances(stack(stackName).id()).stream().map(Instance::hostname).toList();
    }

    private Button button(FxRobot robot, String query) {
        return in(robot).lookup(query).queryAs(Button.class);
    }

    private Label label(FxRobot robot, String query) {
        return in(robot).lookup(query).queryAs(Label.class);
    }
}
