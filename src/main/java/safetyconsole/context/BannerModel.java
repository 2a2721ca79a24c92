package safetyconsole.context;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the stack context banner shows, decided without any UI: words, colors, pattern and
 * the window title. {@code colorProblem} explains a stack Color attribute that could not be used.
 */
public record BannerModel(
        Environment environment,
        String stackName,
        String accountText,
        String region,
        String callerText,
        Mode mode,
        Rgb background,
        Rgb text,
        boolean patterned,
        String classificationReason,
        Optional<String> colorProblem,
        Duration armedRemaining) {

    public static final String APP_NAME = "OpsWorks Safety Console";

    public BannerModel {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(stackName, "stackName");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(colorProblem, "colorProblem");
        Objects.requireNonNull(armedRemaining, "armedRemaining");
    }

    /** The same banner in another mode; {@code remaining} counts down while ARMED. */
    public BannerModel withMode(Mode newMode, Duration remaining) {
        return new BannerModel(environment, stackName, accountText, region, callerText, newMode, background, text,
                patterned, classificationReason, colorProblem, remaining);
    }

    /** "READ-ONLY", or "ARMED 14:32" with the time left. */
    public String modeText() {
        if (mode != Mode.ARMED) {
            return mode.label();
        }
        long seconds = Math.max(0, armedRemaining.getSeconds());
        return String.format(Locale.ROOT, "%s %d:%02d", mode.label(), seconds / 60, seconds % 60);
    }

    /** {@code [PRODUCTION] shop-prod — OpsWorks Safety Console}: the context survives in the task bar. */
    public String windowTitle() {
        return "[" + environment.label() + "] " + stackName + " \u2014 " + APP_NAME;
    }
}
