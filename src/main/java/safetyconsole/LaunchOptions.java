package safetyconsole;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line. {@code --demo} is the default source; {@code --snapshot} and the AWS options name the others;
 * {@code --settings} points at another settings file; {@code --demo-latency} slows every demo call, to see how the
 * console behaves against a slow account.
 */
public record LaunchOptions(Optional<Path> settingsFile, Optional<Path> snapshot, AwsOptions aws,
                            Duration demoLatency, boolean smokeTest, boolean help) {

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: opsworks-safety-console [--demo | --snapshot DIR | [--profile NAME] [--region REGION]"
                    + " [--endpoint-url URL]]",
            "                               [--settings FILE] [--demo-latency MILLIS] [--smoke-test] [--help]",
            "       opsworks-safety-console check --help",
            "  --demo                 open the built-in demo account (the default; nothing touches AWS)",
            "  --snapshot DIR         open AWS CLI output files in DIR, read-only (see the README for the commands)",
            "  --profile NAME         connect to AWS with this profile (default: as the AWS CLI, AWS_PROFILE or default)",
            "  --region REGION        the OpsWorks Stacks endpoint region (default: the profile's region)",
            "  --endpoint-url URL     send every AWS call to URL (https, or http to this machine, e.g. an emulator)",
            "  --settings FILE        read settings from FILE instead of the standard location",
            "  --demo-latency MILLIS  add this delay to every demo call",
            "  --smoke-test           open the window on the demo, exit 0 once the banner is drawn (1: timeout, 2: error)",
            "  --help                 show this text");

    /** A command line that cannot be used; the message is one sentence for the user. */
    public static final class InvalidOptionsException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidOptionsException(String message) {
            super(message);
        }
    }

    public static LaunchOptions parse(String... args) throws InvalidOptionsException {
        Optional<Path> settings = Optional.empty();
        Optional<Path> snapshot = Optional.empty();
        AwsOptions aws = AwsOptions.NONE;
        Duration latency = Duration.ZERO;
        List<String> otherSources = new ArrayList<>();
        boolean help = false;
        boolean smokeTest = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (AwsOptions.isOption(arg)) {
                aws = awsOption(aws, arg, valueOf(args, ++i, arg));
                continue;
            }
            switch (arg) {
                case "--demo":
                    otherSources.add(arg);
                    break;
                case "--smoke-test":
                    otherSources.add(arg);
                    smokeTest = true;
                    break;
                case "--help":
                case "-h":
                    help = true;
                    break;
                case "--settings":
                    settings = Optional.of(Path.of(valueOf(args, ++i, arg)));
                    break;
                case "--snapshot":
                    otherSources.add(arg);
                    snapshot = Optional.of(Path.of(valueOf(args, ++i, arg)));
                    break;
                case "--demo-latency":
                    otherSources.add(arg);
                    latency = Duration.ofMillis(millis(valueOf(args, ++i, arg)));
                    break;
                default:
                    throw new InvalidOptionsException("Unknown option \"" + arg + "\".");
            }
        }
        if (aws.given() && !otherSources.isEmpty()) {
            throw new InvalidOptionsException(AwsOptions.conflictWith(otherSources.get(0)));
        }
        return new LaunchOptions(settings, snapshot, aws, latency, smokeTest, help);
    }

    private static AwsOptions awsOption(AwsOptions aws, String option, String value) throws InvalidOptionsException {
        try {
            return aws.with(option, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidOptionsException(e.getMessage());
        }
    }

    private static String valueOf(String[] args, int index, String option) throws InvalidOptionsException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new InvalidOptionsException(option + " needs a value.");
        }
        return args[index];
    }

    private static long millis(String text) throws InvalidOptionsException {
        try {
            long value = Long.parseLong(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidOptionsException("--demo-latency takes a whole number of milliseconds, not \"" + text + "\".");
        }
    }
}
