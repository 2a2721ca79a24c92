package safetyconsole.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static safetyconsole.guard.ScalingWorld.BATCH;
import static safetyconsole.guard.ScalingWorld.PROD;
import static safetyconsole.guard.ScalingWorld.PROD_GROUP;
import static safetyconsole.guard.ScalingWorld.STAGING;
import static safetyconsole.guard.ScalingWorld.STAGING_GROUP;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.InstanceRefreshStatus;
import safetyconsole.context.Classification;
import safetyconsole.context.EnvironmentClassifier;
import safetyconsole.testing.TestClocks;

/** Plans on migrated stacks: their targets, consequences in words, and refusals, on a hand-built account. */
class ScalingPlansTest {

    private final ScalingWorld world = new ScalingWorld(TestClocks.mutable());
    private final Planner planner = new Planner(world.clock);
    private final EnvironmentClassifier classifier = new EnvironmentClassifier(Map.of());

    private Classification classification(String stack) {
        return classifier.classify(world.stack(stack));
    }

    @Test
    void aRefreshReplacesTheInstancesFromAnotherVersionButNeverAProtectedOne() {
        ScalingPlan<ScalingChange.None> plan = planner.startInstanceRefresh(world.inventory(PROD),
                classification(PROD), PROD_GROUP);

        assertThat(plan.targets()).singleElement().satisfies(target -> {
            assertThat(target.kind()).isEqualTo(TargetKind.GROUP);
            assertThat(target.id()).isEqualTo(PROD_GROUP);
        });
        assertThat(plan.title()).isEqualTo("Start an instance refresh of group " + PROD_GROUP + " in " + PROD);
        assertThat(plan.consequences().get(0)).contains("replaces 2 instances (i-prod1, i-prod2)")
                .contains("launch template shop-LaunchTemplate version 3").doesNotContain("i-prod3");
        assertThat(plan.consequences()).anySatisfy(c -> assertThat(c).startsWith("It skips i-prod4 (tag"));
        assertThat(plan.consequences()).anySatisfy(c -> assertThat(c)
                .isEqualTo("i-prod2 loses its hand-added groups sg-hand: its replacement gets only the template's."));
        assertThat(plan.choiceForAudit()).isEmpty();
    }

    @Test
    void aRefreshIsRefusedWhileOneRunsAndWhenItWouldReplaceNothing() {
        world.startRefreshBehindTheBack(PROD_GROUP, InstanceRefreshStatus.IN_PROGRESS);

        assertThatThrownBy(() -> planner.startInstanceRefresh(world.inventory(PROD), classification(PROD),
                PROD_GROUP)).isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("already running on " + PROD_GROUP + " (40% complete, InProgress)");
        assertThatThrownBy(() -> planner.startInstanceRefresh(world.inventory(STAGING), classification(STAGING),
                STAGING_GROUP)).isInstanceOf(PlanRefusedException.class).hasMessageContaining("would replace none");
    }

    @Test
    void aRefreshSaysWhichMissingInstancesSkipMatchingLeavesAlone() {
        world.setGroupsBehindTheBack("i-stg1", "sg-web");

        assertThatThrownBy(() -> planner.startInstanceRefresh(world.inventory(STAGING), classification(STAGING),
                STAGING_GROUP)).isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("i-stg1 lacks groups but matches launch template shop-LaunchTemplate version 3");
    }

    @Test
    void cancellingNeedsARunningRefreshAndSaysWhatStaysHalfDone() {
        assertThatThrownBy(() -> planner.cancelInstanceRefresh(world.inventory(PROD), classification(PROD),
                PROD_GROUP)).isInstanceOf(PlanRefusedException.class).hasMessageContaining("nothing to cancel");

        world.startRefreshBehindTheBack(PROD_GROUP, InstanceRefreshStatus.IN_PROGRESS);
        ScalingPlan<ScalingChange.None> plan = planner.cancelInstanceRefresh(world.inventory(PROD),
                classification(PROD), PROD_GROUP);

        assertThat(String.join(" ", plan.consequences())).contains("40% complete").contains("half-done")
                .contains("do not come back");
    }

    @Test
    void aDesiredCapacityOutsideMinToMaxOrUnchangedIsRefused() {
        for (int refused : new int[] {1, 9, 4}) {
            assertThatThrownBy(() -> planner.setDesiredCapacity(world.inventory(PROD), classification(PROD),
                    PROD_GROUP, refused)).as("desired %d", refused).isInstanceOf(PlanRefusedException.class);
        }
        assertThatThrownBy(() -> planner.setDesiredCapacity(world.inventory(PROD), classification(PROD), PROD_GROUP,
                9)).hasMessageContaining("from 2 to 8; 9 is outside");
    }

    @Test
    void aDecreaseLeavesTheChoiceToAutoScalingNamesWhoMayGoAndWhoNeverDoes() {
        ScalingPlan<ScalingChange.Capacity> plan = planner.setDesiredCapacity(world.inventory(PROD),
                classification(PROD), PROD_GROUP, 3);

        assertThat(plan.consequences().get(0)).contains("goes from 4 to 3").contains("terminates 1 instance")
                .contains("Auto Scaling's choice").contains("among i-prod1, i-prod2, i-prod3.");
        assertThat(plan.consequences()).anySatisfy(c -> assertThat(c).contains("older launch template or version")
                .contains("i-prod1, i-prod2").doesNotContain("i-prod3"));
        assertThat(plan.consequences()).anySatisfy(c -> assertThat(c).startsWith("Never terminated by a scale-in: "
                + "i-prod4"));
        assertThat(plan.consequences()).last().asString().endsWith(Consequences.CANNOT_UNDO);
        assertThat(plan.choiceForAudit()).contains("DesiredCapacity 4 -> 3");
    }

    @Test
    void anIncreaseSaysWhichTemplateVersionTheNewInstancesComeFrom() {
        ScalingPlan<ScalingChange.Capacity> plan = planner.setDesiredCapacity(world.inventory(STAGING),
                classification(STAGING), STAGING_GROUP, 4);

        assertThat(plan.consequences()).containsExactly(STAGING_GROUP + "'s desired capacity goes from 2 to 4: Auto"
                + " Scaling launches 2 new instances from launch template shop-LaunchTemplate version 3.");
    }

    @Test
    void aGroupOrInstanceOfAnotherStackIsRefused() {
        assertThatThrownBy(() -> planner.setDesiredCapacity(world.inventory(PROD), classification(PROD),
                STAGING_GROUP, 1)).isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("is not in " + PROD);
        assertThatThrownBy(() -> planner.terminateInGroup(world.inventory(PROD), classification(PROD),
                List.of("i-prod1", "i-stg1"), false)).isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("i-stg1 is in no group of " + PROD);
        assertThatThrownBy(() -> planner.hotfixGroups(world.inventory(STAGING), classification(STAGING), "i-prod1",
                List.of("sg-web"))).isInstanceOf(PlanRefusedException.class);
    }

    @Test
    void terminatingWithTheDecrementIsRefusedBelowTheMinimum() {
        assertThatThrownBy(() -> planner.terminateInGroup(world.inventory(PROD), classification(PROD),
                List.of("i-prod1", "i-prod2", "i-prod3"), true)).isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("from 4 to 1, below its minimum 2");
    }

    @Test
    void terminatingSaysWhetherAReplacementIsLaunched() {
        ScalingPlan<ScalingChange.Termination> replaced = planner.terminateInGroup(world.inventory(PROD),
                classification(PROD), List.of("i-prod4"), false);
        ScalingPlan<ScalingChange.Termination> shrunk = planner.terminateInGroup(world.inventory(PROD),
                classification(PROD), List.of("i-prod1"), true);

        assertThat(replaced.targets()).extracting(PlanTarget::id).containsExactly("i-prod4");
        assertThat(replaced.consequences()).anySatisfy(c -> assertThat(c).contains("i-prod4 is protected")
                .contains("overrides"));
        assertThat(replaced.consequences()).anySatisfy(c -> assertThat(c).contains("launches a replacement from"));
        assertThat(replaced.choiceForAudit()).isEmpty();
        assertThat(shrunk.consequences()).anySatisfy(c -> assertThat(c).contains("goes from 4 to 3: no replacement"));
        assertThat(shrunk.choiceForAudit()).contains("ShouldDecrementDesiredCapacity");
        assertThat(shrunk.title()).isEqualTo("Terminate instance i-prod1 from " + PROD);
    }

    @Test
    void aHotfixWarnsThatTheNextReplacementDropsWhatTheTemplateLacks() {
        ScalingPlan<ScalingChange.Groups> lost = planner.hotfixGroups(world.inventory(PROD), classification(PROD),
                "i-prod1", List.of("sg-web", "sg-debug"));
        ScalingPlan<ScalingChange.Groups> kept = planner.hotfixGroups(world.inventory(PROD), classification(PROD),
                "i-prod1", List.of("sg-web", "sg-metrics"));

        assertThat(lost.consequences().get(0)).isEqualTo("i-prod1 gains sg-debug. Groups after: sg-web, sg-debug.");
        assertThat(lost.consequences()).anySatisfy(c -> assertThat(c).contains("next replacement of i-prod1")
                .contains("drops sg-debug").contains("version 3 does not have it"));
        assertThat(kept.consequences()).noneSatisfy(c -> assertThat(c).contains("next replacement"));
        assertThat(lost.describe(lost.targets().get(0)))
                .isEqualTo("i-prod1 (i-prod1) groups sg-web -> sg-web,sg-debug");
    }

    @Test
    void aHotfixThatChangesNothingOrLeavesNoGroupIsRefused() {
        assertThatThrownBy(() -> planner.hotfixGroups(world.inventory(PROD), classification(PROD), "i-prod3",
                List.of("sg-metrics", "sg-web"))).isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("already has exactly these groups");
        assertThatThrownBy(() -> planner.hotfixGroups(world.inventory(PROD), classification(PROD), "i-prod3",
                List.of())).isInstanceOf(PlanRefusedException.class).hasMessageContaining("at least one");
    }

    @Test
    void aGroupWithInstancesIsDeletedOnlyWhenThePlanSaysEveryInstanceGoes() {
        assertThatThrownBy(() -> planner.deleteAutoScalingGroup(world.inventory(PROD), classification(PROD),
                PROD_GROUP, false)).isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("still has 4 instances (i-prod1, i-prod2, i-prod3, i-prod4)");

        ScalingPlan<ScalingChange.GroupDeletion> plan = planner.deleteAutoScalingGroup(world.inventory(PROD),
                classification(PROD), PROD_GROUP, true);

        assertThat(plan.consequences()).anySatisfy(c -> assertThat(c)
                .isEqualTo("Every instance of it is terminated, protected ones too: i-prod1, i-prod2, i-prod3,"
                        + " i-prod4."));
        assertThat(plan.consequences()).anySatisfy(c -> assertThat(c).contains("still lists the group"));
        assertThat(plan.choiceForAudit()).contains("ForceDelete");
        assertThat(plan.title()).isEqualTo("Delete group " + PROD_GROUP + " from " + PROD);
    }

    @Test
    void deletingACloudFormationStackListsWhatItHolds() {
        ScalingPlan<ScalingChange.None> plan = planner.deleteCloudFormationStack(world.inventory(STAGING),
                classification(STAGING));

        assertThat(plan.title()).isEqualTo("Delete CloudFormation stack " + STAGING);
        assertThat(plan.targets()).singleElement().satisfies(target -> {
            assertThat(target.kind()).isEqualTo(TargetKind.STACK);
            assertThat(target.id()).isEqualTo(world.stack(STAGING).id()).startsWith("arn:aws:cloudformation:");
        });
        assertThat(plan.consequences()).containsExactly(
                "CloudFormation deletes stack " + STAGING + " and what it holds (but resources its template"
                        + " retains): ApplicationAsg (AWS::AutoScaling::AutoScalingGroup " + STAGING_GROUP + ").",
                "Group " + STAGING_GROUP + "'s instances are terminated: i-stg1, i-stg2.",
                Consequences.CANNOT_UNDO);
    }

    @Test
    void onlyASettledCloudFormationStackIsDeleted() {
        world.setStatusBehindTheBack(STAGING, "UPDATE_IN_PROGRESS");

        assertThatThrownBy(() -> planner.deleteCloudFormationStack(world.inventory(STAGING), classification(STAGING)))
                .isInstanceOf(PlanRefusedException.class).hasMessageContaining("is UPDATE_IN_PROGRESS; wait");
        assertThatThrownBy(() -> planner.deleteCloudFormationStack(world.inventory(BATCH), classification(BATCH)))
                .isInstanceOf(PlanRefusedException.class).hasMessageContaining("delete its group instead");
    }
}
