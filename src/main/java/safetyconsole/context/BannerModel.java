package safetyconsole.context;

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
        Optional<String> colorProblem) {

    public static final String APP_NAME = "OpsWorks Safety Console";

    public BannerModel {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(stackName, "stackName");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(colorProblem, "colorProblem");
    }

    /** {@code [PRODUCTION] shop-prod — OpsWorks Safety Console}: the context survives in the task bar. */
    public String windowTitle() {
        return "[" + environment.label() + "] " + stackName + " \u2014 " + APP_NAME;
    }
}
