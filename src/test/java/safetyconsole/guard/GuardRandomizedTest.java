package safetyconsole.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.asgdrift.InstanceTemplateDrift;
import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.audit.AuditEntry;
import safetyconsole.audit.AuditException;
import safetyconsole.audit.AuditLog;
import safetyconsole.audit.Operator;
import safetyconsole.audit.Phase;
import safetyconsole.audit.VerifyReport;
import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.AutoScalingInstance;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.demo.DemoAccount;
import safetyconsole.cloud.demo.DemoOperation;
import safetyconsole.cloud.demo.DemoTestAccess;
import safetyconsole.context.EnvironmentClassifier;
import safetyconsole.drift.DriftAnalyzer;
import safetyconsole.drift.GroupDrift;
import safetyconsole.drift.SyncStatus;
import safetyconsole.inventory.InventoryLoader;
import safetyconsole.inventory.StackInventory;
import safetyconsole.migrated.AccountStacks;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.migrated.ScalingStackLoader;
import safetyconsole.testing.HookedOperations;
import safetyconsole.testing.MutableClock;
import safetyconsole.testing.TestClocks;

/**
 * Thousands of random sessions: arming and disarming, typing right and wrong names (the look-alike stack's
 * among them), time passing, other operators changing and renaming things, injected failures. While a plan runs,
 * more goes wrong: reads fail, stops are slow, the audit log's file is replaced and comes back, the clock steps
 * forward and back, and a second console window on the same account and audit log runs a plan of its own. Every
 * mutation is checked where it reaches the account ({@link CheckingOperations}); every outcome the dialog is given
 * must match what the account did; afterwards the audit chain must be intact and hold an intent and a result (or
 * hold one back for a late write) for every call.
 */
class GuardRandomizedTest {

    private static final int RUNS = 2000;
    private static final int STEPS = 25;
    /** Found through the sealed interface, so a new operation is not forgotten here. */
    private static final List<GuardedOperation<?>> OPERATIONS = GuardFixture.allOperations();
    private static final DemoOperation[] MUTATION_CALLS = {DemoOperation.START_INSTANCE, DemoOperation.STOP_INSTANCE,
        DemoOperation.REBOOT_INSTANCE, DemoOperation.DELETE_INSTANCE, DemoOperation.DELETE_LAYER,
        DemoOperation.DELETE_APP, DemoOperation.DELETE_STACK, DemoOperation.MODIFY_INSTANCE_GROUPS,
        DemoOperation.UPDATE_LAYER_GROUPS, DemoOperation.START_INSTANCE_REFRESH, DemoOperation.CANCEL_INSTANCE_REFRESH,
        DemoOperation.SET_DESIRED_CAPACITY, DemoOperation.TERMINATE_INSTANCE_IN_GROUP,
        DemoOperation.HOTFIX_INSTANCE_GROUPS, DemoOperation.DELETE_AUTO_SCALING_GROUP,
        DemoOperation.DELETE_CLOUDFORMATION_STACK, DemoOperation.SEND_RUN_SHELL_SCRIPT};
    private static final CloudException.Kind[] FAILURES = {CloudException.Kind.THROTTLED, CloudException.Kind.NETWORK,
        CloudException.Kind.ACCESS_DENIED, CloudException.Kind.CONFLICT};
    private static final CloudException.Kind[] READ_FAILURES = {CloudException.Kind.THROTTLED,
        CloudException.Kind.NETWORK, CloudException.Kind.TIMED_OUT};

    @TempDir
    Path dir;

    @Test
    void noMutationEverHappensWithoutAMatchingConfirmation() {
        int executed = 0;
        int refused = 0;
        Set<Operation> reached = EnumSet.noneOf(Operation.class);
        Tally tally = new Tally();
        for (int seed = 0; seed < RUNS; seed++) {
            Session session = new Session(seed, dir.resolve("audit-" + seed + ".jsonl"), tally);
            try {
                session.play();
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
            session.checkAuditTrail(seed);
            executed += session.calls();
            reached.addAll(session.console.writes.reached());
            refused += session.refused;
        }
        // The sessions must actually exercise both sides, or the property says nothing.
        assertThat(executed).as("mutations that went through").isGreaterThan(RUNS);
        assertThat(refused).as("executions the guard refused").isGreaterThan(RUNS);
        // The OpsWorks demo has no stack empty enough to delete; every change on a migrated stack must go through.
        assertThat(reached).as("port calls that went through").contains(Operation.START_INSTANCE_REFRESH,
                Operation.CANCEL_INSTANCE_REFRESH, Operation.SET_DESIRED_CAPACITY,
                Operation.TERMINATE_INSTANCE_IN_GROUP, Operation.HOTFIX_INSTANCE_GROUPS,
                Operation.DELETE_AUTO_SCALING_GROUP, Operation.DELETE_CLOUDFORMATION_STACK,
                Operation.SEND_RUN_SHELL_SCRIPT);
        // Each kind of trouble after a first call must have happened, and been told, many times.
        assertThat(tally.outcomes).as("outcomes checked against the account").isGreaterThan(RUNS);
        assertThat(tally.stoppedAfterAChange).as("plans stopped after a change").isGreaterThan(RUNS / 10);
        assertThat(tally.lateResults).as("result entries held for a late write").isGreaterThan(RUNS / 20);
        assertThat(tally.startsOffered).as("stop-and-starts left stopped, the start offered (%s)", tally)
                .isGreaterThan(10);
        assertThat(tally.endedMidPlan).as("arming or confirmation ended mid-plan").isGreaterThan(10);
        assertThat(tally.readRetries).as("reads tried again while waiting for a stop").isGreaterThan(10);
        assertThat(tally.clockSteps).as("clock steps during a plan").isGreaterThan(RUNS / 10);
        assertThat(tally.twoAtOnce).as("plans run by a second window during a plan").isGreaterThan(RUNS / 10);
    }

    /** What the sessions made happen, counted over all of them. */
    private static final class Tally {
        int outcomes;
        int stoppedAfterAChange;
        int lateResults;
        int startsOffered;
        int endedMidPlan;
        int readRetries;
        int clockSteps;
        int twoAtOnce;

        @Override
        public String toString() {
            return "outcomes " + outcomes + ", stopped after a change " + stoppedAfterAChange + ", late results "
                    + lateResults + ", starts offered " + startsOffered + ", ended mid-plan " + endedMidPlan
                    + ", read retries " + readRetries + ", clock steps " + clockSteps + ", two at once " + twoAtOnce;
        }
    }

    private static final class Session {
        final Random random;
        final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
        final DemoAccount account = DemoAccount.seeded(clock);
        final BrokenAuditFile auditFile;
        final FaultyReads guardReads = new FaultyReads(account);
        final Planner planner = new Planner(clock);
        final EnvironmentClassifier classifier = new EnvironmentClassifier(Map.of());
        final Tally tally;
        /** The window under test; trouble strikes whenever its guard calls the account or pauses. */
        final Console console;
        /** A second window on the same account and audit log, run now and then while the first one's plan runs. */
        final Console other;
        int refused;
        /** Trouble is being made: what it runs (the other window's plan) makes none of its own. */
        boolean meddling;

        Session(long seed, Path auditFile, Tally tally) {
            random = new Random(seed);
            this.auditFile = new BrokenAuditFile(auditFile);
            this.tally = tally;
            console = new Console(auditFile, "fuzz", true);
            other = new Console(auditFile, "other", false);
        }

        /** One console window: its audit log object, arming, checked writes and guard. */
        final class Console {
            final AuditLog audit;
            final Arming arming = new Arming(clock, Arming.DEFAULT_LENGTH, Arming.DEFAULT_IDLE_LIMIT);
            final CheckingOperations writes;
            final Guard guard;

            Console(Path auditFile, String operator, boolean troubled) {
                audit = new AuditLog(auditFile, clock, AuditLog.Durability.OS_BUFFERED);
                writes = new CheckingOperations(account, audit, arming);
                CloudOperations calls = troubled ? HookedOperations.afterAny(writes, call -> meddle()) : writes;
                guard = new Guard(guardReads.reads(), calls, audit, arming, new Operator(operator, "host"), clock,
                        pause -> {
                            if (!pause.equals(StopWait.POLL)) {
                                tally.readRetries++;
                            }
                            clock.advance(pause);
                            if (troubled) {
                                meddle();
                            }
                        });
            }
        }

        int calls() {
            return console.writes.calls() + other.writes.calls();
        }

        void play() {
            for (int step = 0; step < STEPS; step++) {
                switch (random.nextInt(11)) {
                    case 0:
                        arm(random.nextInt(4) == 0 ? other : console);
                        break;
                    case 1:
                        console.arming.disarm();
                        break;
                    case 2:
                        clock.advance(Duration.ofSeconds(random.nextInt(8 * 60)));
                        break;
                    case 3:
                        changeBehindTheBack();
                        break;
                    case 4:
                        account.faults().failAfter(pick(MUTATION_CALLS), random.nextInt(2), pick(FAILURES));
                        break;
                    case 5:
                        auditFile.mend();
                        break;
                    default:
                        planAndExecute(console);
                }
            }
            auditFile.mend();
        }

        /** While the window's plan runs: the world does not hold still. */
        private void meddle() {
            if (meddling) {
                return;
            }
            meddling = true;
            try {
                switch (random.nextInt(14)) {
                    case 0:
                        tally.clockSteps++;
                        clock.advance(Duration.ofMinutes(1 + random.nextInt(20)));
                        break;
                    case 1:
                        tally.clockSteps++;
                        clock.advance(Duration.ofMinutes(-1 - random.nextInt(5)));
                        break;
                    case 2:
                        auditFile.breakIt();
                        break;
                    case 3:
                        auditFile.mend();
                        break;
                    case 4:
                        guardReads.failNext(1 + random.nextInt(7), pick(READ_FAILURES));
                        break;
                    case 5:
                        guardReads.slowFor(random.nextInt(130));
                        break;
                    case 6:
                        tally.twoAtOnce++;
                        planAndExecute(other);
                        break;
                    default:
                        // Most of the time, nothing.
                }
            } finally {
                meddling = false;
            }
        }

        void checkAuditTrail(long seed) {
            VerifyReport report = console.audit.verify();
            assertThat(report.status()).as("seed %d audit chain", seed).isEqualTo(VerifyReport.Status.INTACT);
            List<AuditEntry> entries = console.audit.readAll();
            long intents = entries.stream().filter(e -> e.record().phase() == Phase.INTENT).count();
            long results = entries.stream().filter(e -> e.record().phase() == Phase.RESULT).count();
            long held = Stream.of(console, other).flatMap(c -> c.guard.held().stream())
                    .filter(r -> r.phase() == Phase.RESULT).count();
            assertThat(intents).as("seed %d intents", seed).isEqualTo(calls());
            assertThat(results + held).as("seed %d results, written or held", seed).isEqualTo(calls());
            // Two windows interleave: each result follows an intent of its own plan and target, later ones late.
            Map<String, Integer> open = new HashMap<>();
            for (AuditEntry entry : entries) {
                String key = entry.record().planId() + " " + entry.record().targets();
                if (entry.record().phase() == Phase.INTENT) {
                    open.merge(key, 1, Integer::sum);
                } else if (entry.record().phase() == Phase.RESULT) {
                    assertThat(open.getOrDefault(key, 0)).as("seed %d result without its intent: %s", seed, key)
                            .isPositive();
                    open.merge(key, -1, Integer::sum);
                }
            }
        }

        /** The OpsWorks stacks and the migrated ones, as the window lists them. */
        private List<Stack> allStacks() {
            return AccountStacks.read(account).stacks();
        }

        private void arm(Console window) {
            List<Stack> stacks = allStacks();
            if (stacks.isEmpty()) {
                return;
            }
            String reason = random.nextBoolean() ? "Planned maintenance OPS-" + random.nextInt(999) : "fix";
            try {
                window.arming.arm(pick(stacks), reason);
            } catch (GuardRefusedException e) {
                refused++;
            }
        }

        private void changeBehindTheBack() {
            if (random.nextInt(3) == 0) {
                changeGroupBehindTheBack();
                return;
            }
            List<Stack> stacks = account.describeStacks();
            if (stacks.isEmpty()) {
                return;
            }
            Stack stack = pick(stacks);
            List<Instance> instances = account.describeInstances(stack.id());
            try {
                switch (random.nextInt(5)) {
                    case 0:
                        DemoTestAccess.rename(account, stack.id(), stack.name().endsWith("-x")
                                ? stack.name().substring(0, stack.name().length() - 2) : stack.name() + "-x");
                        break;
                    case 1:
                        if (!instances.isEmpty()) {
                            DemoTestAccess.stopBehindTheBack(account, pick(instances).id());
                        }
                        break;
                    case 2:
                        if (!instances.isEmpty()) {
                            DemoTestAccess.startBehindTheBack(account, pick(instances).id());
                        }
                        break;
                    case 3:
                        if (!instances.isEmpty()) {
                            DemoTestAccess.deleteBehindTheBack(account, pick(instances).id());
                        }
                        break;
                    default:
                        if (!instances.isEmpty() && pick(instances).ec2Id().isPresent()) {
                            DemoTestAccess.autoHeal(account, pick(instances).id());
                        }
                }
            } catch (CloudException e) {
                // The change was not possible in that state; the session goes on.
            }
        }

        /** Someone else scales a group, moves it to another template version or protects an instance. */
        private void changeGroupBehindTheBack() {
            List<AutoScalingGroup> groups = account.scalingGroups().describeAutoScalingGroups(account.endpointRegion());
            if (groups.isEmpty()) {
                return;
            }
            AutoScalingGroup group = pick(groups);
            try {
                switch (random.nextInt(3)) {
                    case 0:
                        DemoTestAccess.setDesiredCapacityBehindTheBack(account, group.region(), group.name(),
                                random.nextInt(group.maxSize() + 1));
                        break;
                    case 1:
                        DemoTestAccess.useLaunchTemplateVersionBehindTheBack(account, group.region(), group.name(),
                                pick(new String[] {"1", "2", "3", LaunchTemplateSpec.LATEST}));
                        break;
                    default:
                        if (!group.instances().isEmpty()) {
                            DemoTestAccess.protectFromScaleInBehindTheBack(account, group.region(),
                                    pick(group.instances()).instanceId());
                        }
                }
            } catch (CloudException e) {
                // Not possible in that state; the session goes on.
            }
        }

        private void planAndExecute(Console window) {
            List<Stack> stacks = allStacks();
            GuardedOperation<?> operation = pick(OPERATIONS);
            boolean migrated = operation instanceof ScalingOperation;
            List<Stack> candidates = stacks.stream().filter(s -> s.isOpsWorks() != migrated)
                    .collect(Collectors.toList());
            if (candidates.isEmpty()) {
                return;
            }
            Stack stack = pick(candidates);
            Plan plan;
            try {
                plan = migrated
                        ? scalingPlan(new ScalingStackLoader(account, clock).load(stack),
                                (ScalingOperation<?>) operation)
                        : plan(new InventoryLoader(account, TestClocks.fixed()).load(stack), operation,
                                account.describeStacks());
            } catch (PlanRefusedException e) {
                return;
            }
            if (plan.requiresArming() && random.nextInt(3) > 0) {
                try {
                    window.arming.arm(stack, "Maintenance window OPS-" + random.nextInt(999));
                } catch (GuardRefusedException e) {
                    refused++;
                }
            }
            if (random.nextInt(4) == 0) {
                changeBehindTheBack();
            }
            if (random.nextInt(3) == 0) {
                // A stop that shows at once, a little late, or later than any wait.
                guardReads.slowFor(pick(new Integer[] {0, 3, 30, 200}));
            }
            int before = window.writes.log().size();
            try {
                ExecutionReport report = window.guard.execute(plan, typed(stack, stacks));
                checkOutcomes(report, window.writes.log().subList(before, window.writes.log().size()));
            } catch (GuardRefusedException e) {
                refused++;
                assertThat(window.writes.log()).as("calls of a refused plan").hasSize(before);
            } catch (CloudException | AuditException e) {
                // A read during re-verification, or the audit log, failed before the first call: nothing changed.
                assertThat(window.writes.log()).as("calls of a plan that threw " + e).hasSize(before);
            }
        }

        /** What the dialog is told, target by target, against the calls that reached the account. */
        private void checkOutcomes(ExecutionReport report, List<CheckingOperations.Call> calls) {
            List<Operation> steps = report.plan().operation().calls();
            int next = 0;
            for (TargetOutcome outcome : report.outcomes()) {
                tally.outcomes++;
                // Targets are carried out in order, each with at most one call per step: its calls come together.
                // (A plan may name one instance twice; this walk tells the two apart.)
                List<CheckingOperations.Call> made = new ArrayList<>();
                while (outcome.result() != TargetOutcome.Result.NOT_RUN && next < calls.size()
                        && made.size() < steps.size() && calls.get(next).targetId().equals(outcome.target().id())) {
                    made.add(calls.get(next++));
                }
                CheckingOperations.Call last = made.isEmpty() ? null : made.get(made.size() - 1);
                String what = outcome + " after " + made;
                switch (outcome.result()) {
                    case DONE -> assertThat(last != null && last.succeeded()).as("done: %s", what).isTrue();
                    case NOT_RUN -> assertThat(made).as("not attempted: %s", what).isEmpty();
                    case FAILED -> assertThat(last != null && (!last.succeeded()
                            || outcome.offered().isPresent() && last.operation() == Operation.STOP_INSTANCE))
                            .as("failed: %s", what).isTrue();
                    default -> throw new AssertionError(outcome.result());
                }
                if (outcome.offered().isPresent()) {
                    tally.startsOffered++;
                    assertThat(made).as("start offered: %s", what)
                            .anyMatch(c -> c.operation() == Operation.STOP_INSTANCE && c.succeeded())
                            .noneMatch(c -> c.operation() == Operation.START_INSTANCE && c.succeeded());
                }
                if (outcome.resultLate()) {
                    tally.lateResults++;
                }
                if (outcome.note() != null && (outcome.note().contains("arming of") || outcome.note().contains(
                        "confirmation expired"))) {
                    tally.endedMidPlan++;
                }
            }
            assertThat(calls.subList(next, calls.size())).as("calls no outcome tells of").isEmpty();
            assertThat(calls).as("calls of another plan").allMatch(c -> c.planId().equals(report.plan().id()));
            if (report.status() == ExecutionReport.Status.STOPPED_BY_FAILURE && !calls.isEmpty()) {
                tally.stoppedAfterAChange++;
            }
        }

        private Plan plan(StackInventory inventory, GuardedOperation<?> operation, List<Stack> stacks) {
            var classification = classifier.classify(inventory.stack());
            if (operation instanceof InstanceOperation instanceOperation) {
                List<Instance> selection = new ArrayList<>();
                for (Instance instance : inventory.instances()) {
                    if (random.nextInt(3) == 0) {
                        selection.add(instance);
                    }
                }
                if (random.nextInt(10) == 0) {
                    List<Instance> elsewhere = account.describeInstances(pick(stacks).id());
                    if (!elsewhere.isEmpty()) {
                        selection.add(pick(elsewhere));
                    }
                }
                InstanceOptions options = new InstanceOptions(random.nextBoolean(), random.nextBoolean(),
                        random.nextBoolean());
                return planner.instances(inventory, classification, selection, instanceOperation, options);
            }
            if (operation == DeleteLayer.DELETE_LAYER) {
                if (inventory.layers().isEmpty()) {
                    throw new PlanRefusedException("none");
                }
                return planner.deleteLayer(inventory, classification, pick(inventory.layers()));
            }
            if (operation == DeleteApp.DELETE_APP) {
                if (inventory.apps().isEmpty()) {
                    throw new PlanRefusedException("none");
                }
                return planner.deleteApp(inventory, classification, pick(inventory.apps()));
            }
            if (operation == DeleteStack.DELETE_STACK) {
                return planner.deleteStack(inventory, classification);
            }
            if (operation == ModifyInstanceGroups.MODIFY_INSTANCE_GROUPS) {
                List<GroupDrift> drifts = new ArrayList<>();
                for (GroupDrift drift : DriftAnalyzer.analyze(inventory).instances()) {
                    if (random.nextInt(2) == 0) {
                        drifts.add(drift);
                    }
                }
                return planner.fixGroups(inventory, classification, drifts, pick(GroupFix.values()));
            }
            if (operation == RestartInstanceStore.RESTART_INSTANCE_STORE) {
                // Mostly the instances it is for, so that its stops and waits are exercised; now and then any.
                boolean anyInstance = random.nextInt(4) == 0;
                List<GroupDrift> pending = DriftAnalyzer.analyze(inventory).instances().stream()
                        .filter(d -> anyInstance ? random.nextInt(2) == 0 : d.status() == SyncStatus.PENDING
                                && d.instance().rootDeviceType() == RootDeviceType.INSTANCE_STORE)
                        .collect(Collectors.toList());
                return planner.restartInstanceStore(inventory, classification, pending);
            }
            if (operation == UpdateLayerGroups.UPDATE_LAYER_GROUPS) {
                if (inventory.layers().isEmpty() || inventory.groupsById().isEmpty()) {
                    throw new PlanRefusedException("none");
                }
                List<String> groups = new ArrayList<>();
                for (String id : inventory.groupsById().keySet()) {
                    if (random.nextInt(3) == 0) {
                        groups.add(id);
                    }
                }
                return planner.updateLayerGroups(inventory, classification, pick(inventory.layers()), groups);
            }
            throw new AssertionError("No random plan for " + operation.name() + " yet: add one here.");
        }

        /** Mostly the stack's own groups and instances; now and then one of another stack's. */
        private Plan scalingPlan(ScalingStackInventory inventory, ScalingOperation<?> operation) {
            var classification = classifier.classify(inventory.stack());
            List<AutoScalingGroup> everywhere = account.scalingGroups()
                    .describeAutoScalingGroups(inventory.stack().region());
            if (inventory.groups().isEmpty() || everywhere.isEmpty()) {
                throw new PlanRefusedException("none");
            }
            ScalingGroupDrift drift = pick(inventory.groups());
            AutoScalingGroup group = random.nextInt(10) == 0 ? pick(everywhere) : drift.group();
            List<String> instanceIds = new ArrayList<>();
            for (AutoScalingInstance instance : group.instances()) {
                if (random.nextInt(2) == 0) {
                    instanceIds.add(instance.instanceId());
                }
            }
            if (operation == StartInstanceRefresh.START_INSTANCE_REFRESH) {
                return planner.startInstanceRefresh(inventory, classification, group.name());
            }
            if (operation == CancelInstanceRefresh.CANCEL_INSTANCE_REFRESH) {
                return planner.cancelInstanceRefresh(inventory, classification, group.name());
            }
            if (operation == SetDesiredCapacity.SET_DESIRED_CAPACITY) {
                return planner.setDesiredCapacity(inventory, classification, group.name(),
                        random.nextInt(group.maxSize() + 2));
            }
            if (operation == TerminateInstanceInGroup.TERMINATE_INSTANCE_IN_GROUP) {
                return planner.terminateInGroup(inventory, classification, instanceIds, random.nextBoolean());
            }
            if (operation == HotfixInstanceGroups.HOTFIX_INSTANCE_GROUPS) {
                if (drift.instances().isEmpty()) {
                    throw new PlanRefusedException("none");
                }
                InstanceTemplateDrift instance = pick(drift.instances());
                List<String> groupIds = new ArrayList<>();
                for (String id : instance.desired()) {
                    if (random.nextInt(3) > 0) {
                        groupIds.add(id);
                    }
                }
                return planner.hotfixGroups(inventory, classification, instance.instanceId(), groupIds);
            }
            if (operation == DeleteAutoScalingGroup.DELETE_AUTO_SCALING_GROUP) {
                return planner.deleteAutoScalingGroup(inventory, classification, group.name(), random.nextBoolean());
            }
            if (operation == DeleteCloudFormationStack.DELETE_CLOUDFORMATION_STACK) {
                return planner.deleteCloudFormationStack(inventory, classification);
            }
            if (operation == LookOnInstance.LOOK_ON_INSTANCE) {
                if (group.instances().isEmpty()) {
                    throw new PlanRefusedException("none");
                }
                return planner.lookOnInstance(inventory, classification, pick(group.instances()).instanceId(),
                        random.nextInt(5) == 0 ? "/srv/../etc" : "/srv/www/shop/shared/log");
            }
            throw new AssertionError("No random plan for " + operation.name() + " yet: add one here.");
        }

        /** The exact name, or one of the near misses an operator types. */
        private String typed(Stack planned, List<Stack> stacks) {
            String name = planned.name();
            switch (random.nextInt(7)) {
                case 0:
                    return name.toUpperCase(Locale.ROOT);
                case 1:
                    return name + " ";
                case 2:
                    return name.substring(0, name.length() - 1);
                case 3:
                    return pick(stacks).name();
                default:
                    return name;
            }
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        private <T> T pick(T[] items) {
            return items[random.nextInt(items.length)];
        }
    }
}
