package safetyconsole.attribution.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CauseParserTest {

    private static final String AWS_AT = "At 2021-10-06T20:22:57Z ";
    private static final String MOTO_AT = "At 2026-12-01 22:16:55.805418, ";
    private static final Instant AWS_TIME = Instant.parse("2021-10-06T20:22:57Z");
    private static final Instant MOTO_TIME = Instant.parse("2026-12-01T22:16:55.805418Z");
    private static final String ID = "i-0a1b2c3d4e5f6a7b8";

    /** Every row of SUCCESSOR-FACTS §5 (and what follows it), with the numbers each one carries. */
    static Stream<Arguments> rows() {
        return Stream.of(
                row("instance " + ID + " was taken out of service in response to a user request, shrinking the"
                        + " capacity from 4 to 3.", CauseTrigger.USER_TERMINATE, 4, 3, ID),
                row("a user request explicitly set group desired capacity changing the desired capacity from 4 to 2.",
                        CauseTrigger.DESIRED_CAPACITY_SET, 4, 2, null),
                row("a user request update of AutoScalingGroup constraints to min: 0, max: 4, desired: 2 changing"
                        + " the desired capacity from 4 to 2.", CauseTrigger.CONSTRAINTS_UPDATED, 4, 2, null),
                row("an instance was taken out of service in response to an instance refresh.",
                        CauseTrigger.INSTANCE_REFRESH, null, null, null),
                row("an instance was taken out of service in response to a EC2 health check indicating it has been"
                        + " terminated or stopped.", CauseTrigger.EC2_STOPPED_OR_TERMINATED, null, null, null),
                row("an instance was taken out of service in response to an EC2 health check indicating it has been"
                        + " terminated or stopped.", CauseTrigger.EC2_STOPPED_OR_TERMINATED, null, null, null),
                row("an instance was taken out of service in response to an ELB system health check failure.",
                        CauseTrigger.HEALTH_CHECK_FAILED, null, null, null),
                row("a monitor alarm TargetTracking-shop-AlarmLow-9a8b in state ALARM triggered policy cpu-40"
                        + " changing the desired capacity from 4 to 2.", CauseTrigger.ALARM_POLICY, 4, 2, null),
                row("instance " + ID + " was detached in response to a user request, shrinking the capacity from 4"
                        + " to 3.", CauseTrigger.DETACHED, 4, 3, ID),
                row("an instance was taken out of service in response to a difference between desired and actual"
                        + " capacity, shrinking the capacity from 4 to 2.", CauseTrigger.CAPACITY_DIFFERENCE, 4, 2,
                        null),
                row("instance " + ID + " was selected for termination.", CauseTrigger.SELECTED_FOR_TERMINATION,
                        null, null, ID));
    }

    private static Arguments row(String sentence, CauseTrigger trigger, Integer from, Integer to, String instance) {
        return Arguments.of(sentence, trigger, from, to, instance);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void awsWording(String sentence, CauseTrigger trigger, Integer from, Integer to, String instance) {
        assertSentence(CauseParser.parse(AWS_AT + sentence), AWS_TIME, sentence, trigger, from, to, instance);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void motoWording(String sentence, CauseTrigger trigger, Integer from, Integer to, String instance) {
        assertSentence(CauseParser.parse(MOTO_AT + sentence), MOTO_TIME, sentence, trigger, from, to, instance);
    }

    private static void assertSentence(ActivityCause cause, Instant time, String text, CauseTrigger trigger,
                                       Integer from, Integer to, String instance) {
        assertThat(cause.sentences()).singleElement().satisfies(s -> {
            assertThat(s.trigger()).isEqualTo(trigger);
            assertThat(s.time()).contains(time);
            assertThat(s.text()).isEqualTo(text);
            assertThat(s.fromCapacity()).isEqualTo(from == null ? OptionalInt.empty() : OptionalInt.of(from));
            assertThat(s.toCapacity()).isEqualTo(to == null ? OptionalInt.empty() : OptionalInt.of(to));
            assertThat(s.instanceId()).isEqualTo(Optional.ofNullable(instance));
        });
        assertThat(cause.unclassified()).isEqualTo(!trigger.explains());
    }

    @Test
    void threeSentencesAreReadInOrderAndTheRequestExplainsThem() {
        String raw = "At 2021-10-06T20:22:57Z a user request explicitly set group desired capacity changing the"
                + " desired capacity from 4 to 2.  At 2021-10-06T20:23:07Z an instance was taken out of service in"
                + " response to a difference between desired and actual capacity, shrinking the capacity from 4 to"
                + " 2.  At 2021-10-06T20:23:07Z instance " + ID + " was selected for termination.";

        ActivityCause cause = CauseParser.parse(raw);

        assertThat(cause.raw()).isEqualTo(raw);
        assertThat(cause.sentences()).extracting(CauseSentence::trigger).containsExactly(
                CauseTrigger.DESIRED_CAPACITY_SET, CauseTrigger.CAPACITY_DIFFERENCE,
                CauseTrigger.SELECTED_FOR_TERMINATION);
        assertThat(cause.sentences()).extracting(s -> s.time().orElseThrow()).containsExactly(AWS_TIME,
                Instant.parse("2021-10-06T20:23:07Z"), Instant.parse("2021-10-06T20:23:07Z"));
        assertThat(cause.trigger()).isEqualTo(CauseTrigger.DESIRED_CAPACITY_SET);
        assertThat(cause.explaining().orElseThrow().toCapacity()).hasValue(2);
    }

    @Test
    void twoMotoSentencesOneAfterAnother() {
        ActivityCause cause = CauseParser.parse("At 2026-12-01 22:16:55.805418, a user request update of"
                + " AutoScalingGroup constraints to min: 1, max: 5, desired: 3 changing the desired capacity from 4"
                + " to 3. At 2026-12-01 22:16:56, instance " + ID + " was selected for termination.");

        assertThat(cause.sentences()).hasSize(2);
        assertThat(cause.explaining().orElseThrow().constraints())
                .contains(new CauseSentence.GroupConstraints(1, 5, 3));
        assertThat(cause.sentences().get(1).time()).contains(Instant.parse("2026-12-01T22:16:56Z"));
        assertThat(cause.sentences().get(1).instanceId()).contains(ID);
    }

    @Test
    void theAlarmAndPolicyAreNamed() {
        CauseSentence sentence = CauseParser.parse(AWS_AT + "a monitor alarm TargetTracking-shop-AlarmLow-9a8b in"
                + " state ALARM triggered policy cpu 40 percent changing the desired capacity from 4 to 2.")
                .explaining().orElseThrow();

        assertThat(sentence.alarmName()).contains("TargetTracking-shop-AlarmLow-9a8b");
        assertThat(sentence.policyName()).contains("cpu 40 percent");
    }

    @Test
    void unknownWordingIsKeptAsWrittenAndMarkedUnclassified() {
        String raw = "At 2021-10-06T20:22:57Z the moon moved the group.";

        ActivityCause cause = CauseParser.parse(raw);

        assertThat(cause.unclassified()).isTrue();
        assertThat(cause.trigger()).isEqualTo(CauseTrigger.UNCLASSIFIED);
        assertThat(cause.sentences()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("the moon moved the group.");
            assertThat(s.unclassified()).isTrue();
            assertThat(s.time()).contains(AWS_TIME);
        });
    }

    @Test
    void textWithoutAnyTimeAndAnImpossibleTimeAreKept() {
        assertThat(CauseParser.parse("something else entirely").sentences()).singleElement()
                .satisfies(s -> assertThat(s.time()).isEmpty());
        assertThat(CauseParser.parse("At 2021-13-45T99:99:99Z a user request explicitly set group desired"
                + " capacity changing the desired capacity from 4 to 2.").sentences()).singleElement()
                .satisfies(s -> {
                    assertThat(s.time()).isEmpty();
                    assertThat(s.trigger()).isEqualTo(CauseTrigger.DESIRED_CAPACITY_SET);
                });
        assertThat(CauseParser.parse("").sentences()).isEmpty();
    }

    @Test
    void hugeNumbersAreNotReadAsCapacities() {
        CauseSentence sentence = CauseParser.parse(AWS_AT + "a user request explicitly set group desired capacity"
                + " changing the desired capacity from 99999999999 to 2.").sentences().get(0);

        assertThat(sentence.fromCapacity()).isEmpty();
        assertThat(sentence.trigger()).isEqualTo(CauseTrigger.DESIRED_CAPACITY_SET);
    }
}
