package safetyconsole;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The command line. {@code --demo} is the default source; {@code --snapshot} and the AWS options name the others;
 * {@code --settings} points at another settings file; {@code --demo-latency} slows every demo call, to see how the
 * console behaves against a slow account. {@code regions}: those whose migrated stacks are read (empty: the region
 * the account opens in). {@code demoScale}: which demo account, the stories' or the account scale.
 */
public record LaunchOptions(Optional<Path> settingsFile, Optional<Path> snapshot, AwsOptions aws,
                            List<String> regions, Duration demoLatency, DemoScale demoScale, boolean smokeTest,
                            boolean help) {

    public LaunchOptions {
        regions = List.copyOf(regions);
    }


    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: opsworks-safety-console [--demo | --snapshot DIR | [--profile NAME] [--region REGION]"
                    + " [--endpoint-url URL]]",
            "                               [--regions A,B] [--settings FILE] [--demo-latency MILLIS]"
                    + " [--demo-scale stories|account]",
            "                               [--smoke-test] [--help]",
            "       opsworks-safety-console check --help",
            "  --demo                 open the built-in demo account (the default; nothing touches AWS)",
            "  --snapshot DIR         open AWS CLI output files in DIR, read-only (see the README for the commands)",
            "  --profile NAME         connect to AWS with this profile"
                + " (default: as the AWS CLI, AWS_PROFILE or default)",
            "  --region REGION        the OpsWorks Stacks endpoint region (default: the profile's region)",
            "  --regions A,B          read the migrated stacks of these regions (default: the account's region)",
            "  --endpoint-url URL     send every AWS call to URL (https, or http to this machine, e.g. an emulator)",
            "  --settings FILE        read settings from FILE instead of the standard location",
            "  --demo-latency MILLIS  add this delay to every demo call",
            "  --demo-scale account   open the demo at account scale: 40 OpsWorks stacks and 500 Auto Scaling groups,"
                + " 40,000 instances",
            "                         (default: stories, the demo's stories on a few small stacks)",
            "  --smoke-test           open the window on the demo, exit 0 once the banner is drawn"
                + " (1: timeout, 2: error)",
            "  --help                 show this text");

    /** Options that name where the account comes from, besides the AWS ones. */
    private static final List<String> OTHER_SOURCES = List.of("--demo", "--smoke-test", "--snapshot", "--demo-latency",
            DemoScale.OPTION);

    public static LaunchOptions parse(String... args) throws CommandLine.InvalidOptionsException {
        CommandLine line = CommandLine.read(args, Set.of("--demo", "--smoke-test"),
                AwsOptions.namesAnd("--settings", "--snapshot", "--demo-latency", DemoScale.OPTION,
                        RegionsOption.NAME));
        AwsOptions aws = AwsOptions.from(line);
        Optional<String> latencyText = line.value("--demo-latency");
        Duration latency = Duration.ofMillis(latencyText.isPresent() ? millis(latencyText.get()) : 0);
        Optional<String> scaleText = line.value(DemoScale.OPTION);
        DemoScale scale = scaleText.isPresent() ? DemoScale.parse(scaleText.get()) : DemoScale.STORIES;
        Optional<String> otherSource = line.options().stream().map(CommandLine.Option::name)
                .filter(OTHER_SOURCES::contains).findFirst();
        if (aws.given() && otherSource.isPresent()) {
            throw new CommandLine.InvalidOptionsException(AwsOptions.conflictWith(otherSource.get()));
        }
        return new LaunchOptions(line.value("--settings").map(Path::of), line.value("--snapshot").map(Path::of), aws,
                RegionsOption.from(line), latency, scale, line.has("--smoke-test"), line.help());
    }

    private static long millis(String text) throws CommandLine.InvalidOptionsException {
        try {
            long value = Long.parseLong(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new CommandLine.InvalidOptionsException("--demo-latency takes a whole number of milliseconds, not \""
                    + text + "\".");
        }
    }
}
