package safetyconsole.logrotate;

import java.time.Duration;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CommandInvocation;
import safetyconsole.cloud.SystemsManagerReads;

/**
 * Waits for the look's command on its instance and reads what it printed. Systems Manager answers "no such
 * invocation" for a moment after the command was sent and "in progress" while it runs, so it is asked again after a
 * pause that doubles up to {@link #LONGEST_PAUSE}, at most {@link #MAX_ASKS} times (about three minutes: the script
 * is stopped after two). Blocking: call it off the FX thread.
 */
public final class LookOutputReader {

    static final int MAX_ASKS = 30;
    static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(8);

    /** How the reader waits between two asks; tests wait not at all. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;

        Pause REAL = duration -> Thread.sleep(duration.toMillis());
    }

    private final SystemsManagerReads systemsManager;
    private final Pause pause;

    public LookOutputReader(SystemsManagerReads systemsManager, Pause pause) {
        this.systemsManager = systemsManager;
        this.pause = pause;
    }

    /** The look as the finished command's output tells it; unfinished after the last ask, said so in the look. */
    public InstanceLogrotateLook read(String region, String commandId, String instanceId, String logDirectory) {
        Duration wait = FIRST_PAUSE;
        CommandInvocation last = new CommandInvocation(commandId, instanceId, CommandInvocation.Status.PENDING, "",
                "");
        for (int ask = 1; ask <= MAX_ASKS; ask++) {
            try {
                last = systemsManager.commandInvocation(region, commandId, instanceId);
                if (last.finished()) {
                    break;
                }
            } catch (CloudException e) {
                if (e.kind() != CloudException.Kind.NOT_FOUND || ask == MAX_ASKS) {
                    throw e;
                }
            }
            if (ask < MAX_ASKS) {
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : wait.multipliedBy(2);
            }
        }
        return LookOutputParser.parse(last, logDirectory);
    }

    private void sleep(Duration duration) {
        try {
            pause.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudException(CloudException.Kind.UNKNOWN, "Interrupted while waiting for the look's output",
                    e);
        }
    }
}
