package safetyconsole.cloud.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The demo account's time: story time while the seed plays, the live clock once the account is in use. */
final class DemoClock {

    private Instant storyTime;
    private Clock live;

    DemoClock(Instant start) {
        this.storyTime = start;
    }

    Instant now() {
        return live == null ? storyTime : live.instant();
    }

    void advance(Duration duration) {
        storyTime = storyTime.plus(duration);
    }

    /** The seed is done: from now on events happen at real time. */
    void goLive(Clock clock) {
        live = clock;
    }
}
