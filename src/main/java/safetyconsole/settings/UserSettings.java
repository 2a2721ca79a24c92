package safetyconsole.settings;

import java.util.List;
import java.util.Map;

import safetyconsole.context.Environment;

/**
 * What the user's settings file says, plus a sentence for every part of it that could not be used.
 * A problem never stops the console: the affected part falls back to the built-in rules.
 */
public record UserSettings(Map<String, Environment> environmentOverrides, List<String> problems) {

    public static final UserSettings DEFAULTS = new UserSettings(Map.of(), List.of());

    public UserSettings {
        environmentOverrides = Map.copyOf(environmentOverrides);
        problems = List.copyOf(problems);
    }
}
