package safetyconsole.guard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import safetyconsole.cloud.Stack;
import safetyconsole.context.Environment;
import safetyconsole.context.Mode;

/**
 * Arming of one stack at a time. It asks for a reason, lasts a fixed time, and lapses early when the operator
 * is idle; switching stacks disarms (the caller says so). Checked again by the guard at execution.
 */
public final class Arming {

    public static final Duration DEFAULT_LENGTH = Duration.ofMinutes(15);
    public static final Duration DEFAULT_IDLE_LIMIT = Duration.ofMinutes(5);
    public static final int MIN_REASON_LENGTH = 10;

    /** How an arming ended, for one sentence in the status line. */
    public enum Ending { NONE, EXPIRED, IDLE }

    private final Clock clock;
    private final Duration length;
    private final Duration idleLimit;
    private ArmingSession session;
    private Instant lastActivity;
    private Ending lastEnding = Ending.NONE;

    public Arming(Clock clock, Duration length, Duration idleLimit) {
        this.clock = clock;
        this.length = length;
        this.idleLimit = idleLimit;
    }

    /** Null when the reason is good enough, else why not (a sentence). */
    public static String reasonProblem(String reason) {
        if (reason == null || reason.strip().length() < MIN_REASON_LENGTH) {
            return "Say why you are arming, in at least " + MIN_REASON_LENGTH
                    + " characters (it goes into the audit log).";
        }
        return null;
    }

    public synchronized ArmingSession arm(Stack stack, String reason) {
        String problem = reasonProblem(reason);
        if (problem != null) {
            throw new GuardRefusedException(problem);
        }
        Instant now = clock.instant();
        session = new ArmingSession(UUID.randomUUID().toString(), stack.id(), stack.name(), reason.strip(), now,
                now.plus(length));
        lastActivity = now;
        lastEnding = Ending.NONE;
        return session;
    }

    public synchronized void disarm() {
        session = null;
    }

    /** The operator did something: the idle limit starts again. */
    public synchronized void touch() {
        if (session != null) {
            lastActivity = clock.instant();
        }
    }

    /** The live session for this stack, if any; a session past its time or idle limit ends here. */
    public synchronized Optional<ArmingSession> active(String stackId) {
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!now.isBefore(session.expiresAt())) {
            end(Ending.EXPIRED);
        } else if (!now.isBefore(lastActivity.plus(idleLimit))) {
            end(Ending.IDLE);
        }
        return session != null && session.stackId().equals(stackId) ? Optional.of(session) : Optional.empty();
    }

    /**
     * The mode a stack is in, by the rule the guard enforces: a production-like stack (production or unclassified)
     * is read-only unless this stack has the live session; any other stack is unlocked.
     */
    public synchronized Mode mode(String stackId, Environment environment) {
        if (!environment.productionLike()) {
            return Mode.UNLOCKED;
        }
        return active(stackId).isPresent() ? Mode.ARMED : Mode.READ_ONLY;
    }

    /** Time left on this stack's session (zero when none). */
    public synchronized Duration remaining(String stackId) {
        return active(stackId).map(s -> Duration.between(clock.instant(), s.expiresAt())).orElse(Duration.ZERO);
    }

    /** Why the last session ended by itself, if it did; cleared by the next arming. */
    public synchronized Ending lastEnding() {
        return lastEnding;
    }

    private void end(Ending ending) {
        session = null;
        lastEnding = ending;
    }
}
