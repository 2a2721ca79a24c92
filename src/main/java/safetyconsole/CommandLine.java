package safetyconsole;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One command line read the one way the window and the {@code check} command share: options in any order, each of
 * {@code valued} followed by its value, a repeated one keeping every value. {@code --help} or {@code -h} ends the
 * reading (what follows is not looked at). What cannot be read is one sentence for the user.
 */
public final class CommandLine {

    /** A command line that cannot be used; the message is one sentence for the user. */
    public static final class InvalidOptionsException extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidOptionsException(String message) {
            super(message);
        }
    }

    /** One option as given; a flag has no value. */
    public record Option(String name, Optional<String> value) {
    }

    private static final Set<String> HELP = Set.of("--help", "-h");

    private final List<Option> options;
    private final boolean help;

    private CommandLine(List<Option> options, boolean help) {
        this.options = List.copyOf(options);
        this.help = help;
    }

    /** @throws InvalidOptionsException naming an unknown option, or one whose value is missing */
    public static CommandLine read(String[] args, Set<String> flags, Set<String> valued)
            throws InvalidOptionsException {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (HELP.contains(arg)) {
                return new CommandLine(options, true);
            }
            if (flags.contains(arg)) {
                options.add(new Option(arg, Optional.empty()));
            } else if (valued.contains(arg)) {
                // A value never starts with "--": "--settings --demo" forgot the file rather than naming one.
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new InvalidOptionsException(arg + " needs a value.");
                }
                options.add(new Option(arg, Optional.of(args[++i])));
            } else {
                throw new InvalidOptionsException("Unknown option \"" + arg + "\".");
            }
        }
        return new CommandLine(options, false);
    }

    /** Whether {@code --help} or {@code -h} was asked for. */
    public boolean help() {
        return help;
    }

    /** Every option given, in order. */
    public List<Option> options() {
        return options;
    }

    public boolean has(String name) {
        return options.stream().anyMatch(option -> option.name().equals(name));
    }

    /** The value of the last {@code name} given, if any. */
    public Optional<String> value(String name) {
        List<String> values = values(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    /** Every value given for {@code name}, in order. */
    public List<String> values(String name) {
        return options.stream().filter(option -> option.name().equals(name))
                .flatMap(option -> option.value().stream()).toList();
    }
}
