package safetyconsole.check;

import java.io.Console;
import java.util.Optional;

import safetyconsole.cloud.MfaPrompt;

/** The check's MFA prompt: the code is read from the terminal; with no terminal (cron, CI) nobody is asked. */
public final class ConsoleMfaPrompt {

    private ConsoleMfaPrompt() {
    }

    public static MfaPrompt forSystemConsole() {
        Console console = System.console();
        return console == null ? MfaPrompt.NONE : of(console);
    }

    private static MfaPrompt of(Console console) {
        return (profile, serial) -> {
            String line = console.readLine("MFA code for profile %s (%s): ", profile, serial);
            return line == null || line.isBlank() ? Optional.empty() : Optional.of(line.strip());
        };
    }
}
