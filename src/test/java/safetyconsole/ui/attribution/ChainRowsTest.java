package safetyconsole.ui.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import safetyconsole.attribution.scaling.ActivityCause;
import safetyconsole.attribution.scaling.Caller;
import safetyconsole.attribution.scaling.CauseSentence;
import safetyconsole.attribution.scaling.CauseTrigger;
import safetyconsole.attribution.scaling.ChainHop;
import safetyconsole.attribution.scaling.ChainLink;
import safetyconsole.attribution.scaling.ChainStep;
import safetyconsole.attribution.scaling.GoneInstance;
import safetyconsole.attribution.scaling.MissingLink;
import safetyconsole.cloud.ScalingActivity;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.testing.TestClocks;

/** The lines of a gone group instance's chain, on chains built by hand: order, indents, evidence, gaps. */
class ChainRowsTest {

    private static final Instant GONE = TestClocks.NOW.minus(Duration.ofHours(3));
    private static final String GROUP = "shop-prod-rails-app-3f2a9c-ApplicationAsg-1XK";
    private static final String BOB = "arn:aws:iam::123456789012:user/bob";
    private static final String CAROL = "arn:aws:iam::123456789012:user/carol";
    private static final String SERVICE_ROLE = "arn:aws:sts::123456789012:assumed-role/cfn-deployer/AWSCloudFormation";

    @Test
    void bobsDesiredCapacityComesUnderTheActivityUnderTheTerminateWithItsEvidence() {
        TrailEvent setDesired = call("ev-bob", GONE.minusSeconds(40), "SetDesiredCapacity", BOB, "198.51.100.7",
                Map.of("autoScalingGroupName", GROUP, "desiredCapacity", "2"));
        GoneInstance gone = gone(GoneInstance.Fate.LOST, desiredCapacity(4, 2),
                List.of(new ChainHop(ChainStep.AUTO_SCALING_CALL, List.of(link(setDesired, Caller.PERSON, 40, true,
                        new ChainLink.MatchedValue("desiredCapacity", "2"))))), List.of());

        List<TimelineViewModel.Row> rows = ChainRows.of(gone);

        assertThat(rows).extracting(TimelineViewModel.Row::kind)
                .containsExactly("EC2", "Auto Scaling activity", "Auto Scaling call");
        assertThat(rows.get(0).what()).isEqualTo("TerminateInstances i-0aa1");
        assertThat(rows.get(0).who()).isEqualTo("Auto Scaling, for " + BOB + " (below)");
        assertThat(rows.get(1).what()).startsWith("\u21b3 Terminating EC2 instance: i-0aa1").doesNotContain("loss");
        assertThat(rows.get(1).who()).isEqualTo("a user request set the desired capacity from 4 to 2");
        assertThat(rows.get(2).what()).isEqualTo("    \u21b3 #1 SetDesiredCapacity on " + GROUP);
        assertThat(rows.get(2).who()).isEqualTo(BOB);
        assertThat(rows.get(2).details()).isEqualTo("event ev-bob, from 198.51.100.7, MFA yes, region us-east-1,"
                + " 40 s before, matched desiredCapacity = 2");
    }

    @Test
    void aServiceRoleIsSaidAsSuchAndTheStackOperationNamesCarolUnderIt() {
        TrailEvent update = call("ev-asg", GONE.minusSeconds(90), "UpdateAutoScalingGroup", SERVICE_ROLE,
                "cloudformation.amazonaws.com", Map.of("autoScalingGroupName", GROUP));
        TrailEvent stack = call("ev-carol", GONE.minusSeconds(200), "UpdateStack", CAROL, "203.0.113.9",
                Map.of("stackName", "shop-prod-sidekiq-3f2a9c"));
        GoneInstance gone = gone(GoneInstance.Fate.REPLACED, refresh(), List.of(
                new ChainHop(ChainStep.AUTO_SCALING_CALL, List.of(link(update, Caller.STACK_SERVICE_ROLE, 90, true))),
                new ChainHop(ChainStep.STACK_OPERATION, List.of(link(stack, Caller.PERSON, 200, true)))), List.of());

        List<TimelineViewModel.Row> rows = ChainRows.of(gone);

        assertThat(rows.get(1).what()).endsWith("\u2014 a replacement, not a loss");
        assertThat(rows.get(2).who()).startsWith("the stack's service role (" + SERVICE_ROLE + ")");
        assertThat(rows.get(3).kind()).isEqualTo("CloudFormation");
        assertThat(rows.get(3).what()).isEqualTo("        \u21b3 #1 UpdateStack of stack shop-prod-sidekiq-3f2a9c");
        assertThat(rows.get(3).who()).isEqualTo(CAROL);
    }

    @Test
    void severalCandidatesAreAllListedBestFirstAndALooseOneSaysSo() {
        TrailEvent near = call("ev-1", GONE.minusSeconds(40), "SetDesiredCapacity", BOB, "198.51.100.7",
                Map.of("autoScalingGroupName", GROUP));
        TrailEvent far = call("ev-2", GONE.minusSeconds(600), "SetDesiredCapacity", CAROL, "203.0.113.9",
                Map.of("autoScalingGroupName", GROUP));
        GoneInstance gone = gone(GoneInstance.Fate.LOST, desiredCapacity(4, 2), List.of(new ChainHop(
                ChainStep.AUTO_SCALING_CALL, List.of(link(near, Caller.PERSON, 40, true),
                        link(far, Caller.PERSON, 600, false)))), List.of());

        List<TimelineViewModel.Row> rows = ChainRows.of(gone);

        assertThat(rows.subList(2, 4)).extracting(TimelineViewModel.Row::who).containsExactly(BOB, CAROL);
        assertThat(rows.get(3).what()).contains("#2 SetDesiredCapacity");
        assertThat(rows.get(3).details()).endsWith("(could also explain it)");
    }

    @Test
    void aMissingLinkSaysWhyAndHasNoTime() {
        GoneInstance gone = gone(GoneInstance.Fate.LOST, desiredCapacity(4, 2), List.of(), List.of(
                new MissingLink(ChainStep.AUTO_SCALING_CALL, MissingLink.Reason.OLDER_THAN_TRAIL_HISTORY,
                        "SetDesiredCapacity on " + GROUP, Optional.empty())));

        TimelineViewModel.Row row = ChainRows.of(gone).get(2);

        assertThat(ChainRows.of(gone).get(0).who()).isEqualTo(
                "Auto Scaling's service-linked role; no person's call found");
        assertThat(row.time()).isNull();
        assertThat(row.kind()).isEqualTo(ChainRows.NOT_FOUND);
        assertThat(row.what()).isEqualTo("    \u21b3 The Auto Scaling call not found");
        assertThat(row.details()).isEqualTo("older than the 90 days CloudTrail keeps (SetDesiredCapacity on "
                + GROUP + ")");
    }

    @Test
    void anUnknownCauseIsShownAsWrittenAndMarkedUnclassified() {
        String raw = "At 2026-12-01T07:00:00Z something new happened.";
        ActivityCause cause = new ActivityCause(raw, List.of(sentence(CauseTrigger.UNCLASSIFIED, raw,
                OptionalInt.empty(), OptionalInt.empty())));
        GoneInstance gone = new GoneInstance("i-0aa1", Optional.empty(), Optional.of(activity(raw)),
                Optional.of(cause), GoneInstance.Fate.LOST, Optional.empty(), List.of(), List.of());

        TimelineViewModel.Row row = ChainRows.of(gone).get(0);

        assertThat(row.who()).isEqualTo("a cause this console does not know, shown as written");
        assertThat(row.details()).startsWith("cause \u201c" + raw + "\u201d (unclassified)");
    }

    @Test
    void aHealthReplacementIsAutoScalingOnItsOwn() {
        String raw = "At 2026-12-01T07:00:00Z an instance was taken out of service in response to an ELB system"
                + " health check failure.";
        ActivityCause cause = new ActivityCause(raw, List.of(sentence(CauseTrigger.HEALTH_CHECK_FAILED, raw,
                OptionalInt.empty(), OptionalInt.empty())));
        GoneInstance gone = new GoneInstance("i-0aa1", Optional.of(slrTerminate()), Optional.of(activity(raw)),
                Optional.of(cause), GoneInstance.Fate.REPLACED,
                Optional.of(GoneInstance.OnItsOwn.HEALTH_REPLACEMENT), List.of(), List.of());

        List<TimelineViewModel.Row> rows = ChainRows.of(gone);

        assertThat(rows.get(0).who()).isEqualTo("Auto Scaling on its own, not a person's call");
        assertThat(rows.get(1).who()).isEqualTo("Auto Scaling on its own (health replacement): a failed health check");
    }

    @Test
    void aGroupThatStartsWithALinkNotFoundGoesLast() {
        TimelineViewModel.Row missing = new TimelineViewModel.Row(null, ChainRows.NOT_FOUND, "x", "", "");
        TimelineViewModel.Row early = new TimelineViewModel.Row(GONE, "EC2", "y", "", "");
        TimelineViewModel.Row late = new TimelineViewModel.Row(TestClocks.NOW, "This console", "z", "", "");

        assertThat(TimelineViewModel.inTimeOrder(List.of(List.of(missing), List.of(late), List.of(early))))
                .containsExactly(early, late, missing);
    }

    private static GoneInstance gone(GoneInstance.Fate fate, ActivityCause cause, List<ChainHop> hops,
                                     List<MissingLink> missing) {
        return new GoneInstance("i-0aa1", Optional.of(slrTerminate()), Optional.of(activity(cause.raw())),
                Optional.of(cause), fate, Optional.empty(), hops, missing);
    }

    private static ActivityCause desiredCapacity(int from, int to) {
        String raw = "At 2026-12-01T07:00:00Z a user request explicitly set group desired capacity changing the"
                + " desired capacity from " + from + " to " + to + ".";
        return new ActivityCause(raw, List.of(sentence(CauseTrigger.DESIRED_CAPACITY_SET, raw, OptionalInt.of(from),
                OptionalInt.of(to))));
    }

    private static ActivityCause refresh() {
        String raw = "At 2026-12-01T07:00:00Z an instance was taken out of service in response to an instance"
                + " refresh.";
        return new ActivityCause(raw, List.of(sentence(CauseTrigger.INSTANCE_REFRESH, raw, OptionalInt.empty(),
                OptionalInt.empty())));
    }

    private static CauseSentence sentence(CauseTrigger trigger, String text, OptionalInt from, OptionalInt to) {
        return new CauseSentence(trigger, text, Optional.of(GONE), from, to, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static ScalingActivity activity(String cause) {
        return new ScalingActivity("act-1", GROUP, "Terminating EC2 instance: i-0aa1", cause, GONE.plusSeconds(2),
                Optional.of(GONE.plusSeconds(60)), "Successful");
    }

    private static TrailEvent slrTerminate() {
        return new TrailEvent("ev-ec2", GONE.plusSeconds(5), "ec2.amazonaws.com", "TerminateInstances", "us-east-1",
                "arn:aws:sts::123456789012:assumed-role/AWSServiceRoleForAutoScaling/AutoScaling", null,
                "autoscaling.amazonaws.com", "autoscaling.amazonaws.com", false, List.of("i-0aa1"), Map.of());
    }

    private static TrailEvent call(String id, Instant time, String name, String arn, String ip,
                                   Map<String, String> parameters) {
        return new TrailEvent(id, time, name.endsWith("Stack") ? "cloudformation.amazonaws.com"
                : "autoscaling.amazonaws.com", name, "us-east-1", arn, null,
                ip.endsWith(".com") ? ip : null, ip, !ip.endsWith(".com"), List.of(), parameters);
    }

    private static ChainLink link(TrailEvent event, Caller caller, long secondsBefore, boolean exact,
                                  ChainLink.MatchedValue... matched) {
        return new ChainLink(event, caller, Duration.ofSeconds(secondsBefore), List.of(matched), exact,
                Optional.empty());
    }
}
