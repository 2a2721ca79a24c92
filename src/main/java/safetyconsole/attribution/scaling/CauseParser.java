package safetyconsole.attribution.scaling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a scaling activity's {@code Cause} into sentences: every row of SUCCESSOR-FACTS §5, in AWS's time format
 * ({@code At 2021-10-06T20:22:57Z a user request …}) and moto's ({@code At 2026-12-01 22:16:55.805418, …}).
 * A sentence starts at each "At &lt;time&gt;"; its wording is classified by the first rule that finds it, and
 * the numbers, instance, alarm and policy are read from it whatever its kind.
 */
public final class CauseParser {

    private static final Pattern SENTENCE_START = Pattern.compile(
            "At (\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)Z?,?\\s+");
    private static final int NUMBER = 9;
    private static final String COUNT = "(\\d{1," + NUMBER + "})";
    private static final Pattern CAPACITY = Pattern.compile(
            "(?:changing the desired|shrinking the|increasing the) capacity from " + COUNT + " to " + COUNT);
    private static final Pattern CONSTRAINTS = Pattern.compile(
            "constraints to min: " + COUNT + ", max: " + COUNT + ", desired: " + COUNT);
    private static final Pattern INSTANCE = Pattern.compile("\\b(i-[0-9a-f]{8,17})\\b");
    private static final Pattern ALARM_AND_POLICY = Pattern.compile(
            "a monitor alarm (.+?) in state \\w+ triggered policy (.+?)(?: changing the desired capacity|\\.?$)");

    /** The wording of each kind, most specific first: a stop or terminate by EC2 before other health checks. */
    private static final List<Rule> RULES = List.of(
            new Rule(CauseTrigger.DESIRED_CAPACITY_SET, "a user request explicitly set group desired capacity"),
            new Rule(CauseTrigger.CONSTRAINTS_UPDATED, "a user request update of AutoScalingGroup constraints"),
            new Rule(CauseTrigger.USER_TERMINATE, "taken out of service in response to a user request"),
            new Rule(CauseTrigger.INSTANCE_REFRESH, "taken out of service in response to an instance refresh"),
            new Rule(CauseTrigger.EC2_STOPPED_OR_TERMINATED,
                    "in response to an? EC2 health check indicating it has been terminated or stopped"),
            new Rule(CauseTrigger.HEALTH_CHECK_FAILED,
                    "taken out of service in response to an? [^.]*(?:health|status) check"),
            new Rule(CauseTrigger.ALARM_POLICY, "a monitor alarm .+ triggered policy"),
            new Rule(CauseTrigger.DETACHED, "was detached in response to a user request"),
            new Rule(CauseTrigger.CAPACITY_DIFFERENCE,
                    "taken out of service in response to a difference between desired and actual capacity"),
            new Rule(CauseTrigger.SELECTED_FOR_TERMINATION, "instance i-[0-9a-f]+ was selected for termination"));

    private CauseParser() {
    }

    /** The cause as written and its sentences; unknown wording is kept, marked unclassified, never dropped. */
    public static ActivityCause parse(String cause) {
        List<CauseSentence> sentences = new ArrayList<>();
        Matcher start = SENTENCE_START.matcher(cause);
        int textStart = 0;
        Optional<Instant> time = Optional.empty();
        while (start.find()) {
            addSentence(sentences, time, cause.substring(textStart, start.start()));
            time = time(start);
            textStart = start.end();
        }
        addSentence(sentences, time, cause.substring(textStart));
        return new ActivityCause(cause, sentences);
    }

    private static void addSentence(List<CauseSentence> sentences, Optional<Instant> time, String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return;
        }
        CauseTrigger trigger = RULES.stream().filter(rule -> rule.wording().matcher(text).find())
                .map(Rule::trigger).findFirst().orElse(CauseTrigger.UNCLASSIFIED);
        Matcher capacity = CAPACITY.matcher(text);
        boolean hasCapacity = capacity.find();
        Matcher alarm = ALARM_AND_POLICY.matcher(text);
        boolean hasAlarm = trigger == CauseTrigger.ALARM_POLICY && alarm.find();
        sentences.add(new CauseSentence(trigger, text, time,
                hasCapacity ? OptionalInt.of(Integer.parseInt(capacity.group(1))) : OptionalInt.empty(),
                hasCapacity ? OptionalInt.of(Integer.parseInt(capacity.group(2))) : OptionalInt.empty(),
                constraints(text), group(INSTANCE.matcher(text), 1),
                hasAlarm ? Optional.of(alarm.group(1)) : Optional.empty(),
                hasAlarm ? Optional.of(alarm.group(2)) : Optional.empty()));
    }

    private static Optional<CauseSentence.GroupConstraints> constraints(String text) {
        Matcher m = CONSTRAINTS.matcher(text);
        return m.find() ? Optional.of(new CauseSentence.GroupConstraints(Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))) : Optional.empty();
    }

    private static Optional<String> group(Matcher matcher, int group) {
        return matcher.find() ? Optional.of(matcher.group(group)) : Optional.empty();
    }

    /** AWS writes ISO-8601 with Z; moto writes a space, microseconds and no zone (its clock is UTC). */
    private static Optional<Instant> time(Matcher start) {
        try {
            return Optional.of(LocalDateTime.parse(start.group(1) + "T" + start.group(2)).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private record Rule(CauseTrigger trigger, Pattern wording) {

        Rule(CauseTrigger trigger, String wording) {
            this(trigger, Pattern.compile(wording));
        }
    }
}
