package safetyconsole.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.AppContext;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.context.Mode;
import safetyconsole.guard.ExecutionReport;
import safetyconsole.guard.InstanceOperation;
import safetyconsole.guard.InstanceOptions;
import safetyconsole.guard.InstancePlan;
import safetyconsole.inventory.StackInventory;
import safetyconsole.testing.HookedOperations;
import safetyconsole.testing.TestApps;
import safetyconsole.testing.TestClocks;
import safetyconsole.ui.common.InlineTaskRunner;

class ConfirmationViewModelTest {

    @TempDir
    Path dir;
    private final DemoAccount account = DemoAccount.seeded(TestClocks.fixed());
    private final List<ExecutionReport> reports = new ArrayList<>();
    private AppContext app;
    private ConfirmationViewModel model;

    @BeforeEach
    void setUp() {
        app = TestApps.of(account, account, dir, TestClocks.fixed());
        model = stopDevApp();
    }

    @Test
    void confirmIsPossibleOnlyOnTheExactName() {
        model.typedProperty().set("shop-dev ");
        assertThat(model.canConfirmProperty().get()).isFalse();
        assertThat(model.hintProperty().get()).isNotEmpty();

        model.typedProperty().set("shop-dev");
        assertThat(model.canConfirmProperty().get()).isTrue();
        assertThat(model.hintProperty().get()).isEmpty();
    }

    @Test
    void confirmWithTheWrongNameDoesNothing() {
        model.typedProperty().set("shop-prod");

        model.confirm();

        assertThat(reports).isEmpty();
        assertThat(app.auditLog().readAll()).isEmpty();
    }

    @Test
    void confirmRunsOnceAndThenCannotRunAgain() {
        model.typedProperty().set("shop-dev");

        model.confirm();
        model.confirm();

        assertThat(reports).hasSize(1);
        assertThat(model.succeeded()).isTrue();
        assertThat(model.canConfirmProperty().get()).isFalse();
        assertThat(model.outcomes()).singleElement().asString().startsWith("dev-app1: done (request ");
    }

    @Test
    void togglingForceReplansWithItsConsequence() {
        assertThat(model.offersForce()).isFalse();
        assertThat(model.planProperty().get().consequences()).noneMatch(c -> c.contains("Force"));

        ConfirmationViewModel ebs = stop("shop-staging", "rails-app1");
        assertThat(ebs.offersForce()).isTrue();
        ebs.forceProperty().set(true);

        assertThat(ebs.planProperty().get()).isInstanceOfSatisfying(InstancePlan.class,
                plan -> assertThat(plan.options().force()).isTrue());
        assertThat(ebs.planProperty().get().consequences()).anyMatch(c -> c.contains("Force"));
    }

    @Test
    void aRefusalFromTheGuardIsShownAndNothingRuns() {
        ConfirmationViewModel prod = stop("shop-prod", "rails-app1");
        prod.typedProperty().set("shop-prod");

        prod.confirm();

        assertThat(prod.messageProperty().get()).contains("arm it");
        assertThat(prod.reportProperty().get()).isNull();
    }

    @Test
    void aResultTheLogCannotTakeIsShownAsDoneAndHeldNeverAsNothingChanged() {
        // After the stop has gone through, the audit log's file is replaced by something it cannot write to.
        app = TestApps.of(account, HookedOperations.after(account, "stopInstance", () -> {
            try {
                Path file = app.auditLog().file();
                Files.move(file, file.resolveSibling("aside.jsonl"));
                Files.createDirectory(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), dir, TestClocks.fixed());
        ConfirmationViewModel stop = stopDevApp();
        stop.typedProperty().set("shop-dev");

        stop.confirm();

        assertThat(stop.messageProperty().get()).doesNotContain("Nothing was changed")
                .isEqualTo("Stopped: 1 of 1 done. The audit log could not take 1 entry; it is kept and will be"
                        + " written, marked late, before the log's next entry (lost if the console closes first).");
        assertThat(stop.outcomes()).singleElement().asString().startsWith("dev-app1: done (request ")
                .endsWith("; the audit log could not take its result when it came");
        assertThat(account.describeInstances(stop.planProperty().get().stack().id()))
                .filteredOn(i -> i.hostname().equals("dev-app1")).singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(InstanceStatus.STOPPED));
    }

    private ConfirmationViewModel stopDevApp() {
        return stop("shop-dev", "dev-app1");
    }

    private ConfirmationViewModel stop(String stackName, String hostname) {
        Stack stack = account.describeStacks().stream().filter(s -> s.name().equals(stackName))
                .findFirst().orElseThrow();
        StackInventory inventory = app.inventoryLoader().load(stack);
        Instance target = inventory.instances().stream().filter(i -> i.hostname().equals(hostname))
                .findFirst().orElseThrow();
        var classification = app.stackContext().classify(stack);
        return new ConfirmationViewModel(
                app.planner().instances(inventory, classification, List.of(target), InstanceOperation.STOP_INSTANCE,
                        InstanceOptions.NONE),
                new javafx.beans.property.ReadOnlyObjectWrapper<>(
                        app.stackContext().banner(stack, account.callerIdentity(), account.accountAlias(),
                                Mode.UNLOCKED)),
                app.guard().orElseThrow(),
                options -> app.planner().instances(inventory, classification, List.of(target),
                        InstanceOperation.STOP_INSTANCE, options),
                new InlineTaskRunner(), reports::add);
    }
}
