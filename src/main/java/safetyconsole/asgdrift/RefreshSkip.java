package safetyconsole.asgdrift;

import java.util.Objects;

/** An instance an instance refresh leaves alone, and why. */
public record RefreshSkip(String instanceId, String why) {

    public RefreshSkip {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(why, "why");
    }
}
