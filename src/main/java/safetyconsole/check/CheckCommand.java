package safetyconsole.check;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.AppContext;
import safetyconsole.AwsOptions;
import safetyconsole.CommandLine;
import safetyconsole.RegionsOption;
import safetyconsole.cloud.CloudException;

/**
 * {@code check [--demo | --snapshot DIR | AWS options] [--regions A,B] [--stack NAME]… [--format text|json]
 * [--settings FILE] [--verbose]}: the checks without a window. Exit 0 when clean, 1 when there are findings
 * (anything not checked counts), 2 on an error, whatever the error: a script reads 1 as findings, so nothing
 * unexpected may end the check with the JVM's 1. {@code check --audit-seal | --verify-seal FILE} checks this
 * computer's audit log instead ({@link AuditSealCheck}).
 */
public final class CheckCommand {

    public static final int CLEAN = 0;
    public static final int FINDINGS = 1;
    public static final int ERROR = 2;
    /** Shows the log, traces included, on standard error; the launcher reads it before logging starts. */
    public static final String VERBOSE = "--verbose";

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: opsworks-safety-console check [--demo | --snapshot DIR | [--profile NAME] [--region REGION]"
                    + " [--endpoint-url URL]]",
            "                                     [--regions A,B] [--stack NAME]... [--format text|json]"
                    + " [--settings FILE] [--verbose]",
            "  --demo              check the built-in demo account (the default)",
            "  --snapshot DIR      check AWS CLI output files in DIR (see the README for the commands)",
            "  --profile NAME      check the AWS account of this profile (default: as the AWS CLI, AWS_PROFILE or"
                    + " default)",
            "  --region REGION     the region the account opens in: its OpsWorks Stacks, and its migrated stacks"
                    + " unless --regions (default: the profile's region)",
            "  --regions A,B       read the migrated stacks of these regions, comma-separated (default: --region)",
            "  --endpoint-url URL  send every AWS call to URL (https, or http to this machine, e.g. an emulator)",
            "  --stack NAME        check only this stack (repeatable); default: every stack",
            "  --format FORMAT     text (default) or json (documented in docs/check-json.md)",
            "  --settings FILE     read settings from FILE instead of the standard location",
            "  --verbose           show the log on standard error too, with the details of a failure",
            "       opsworks-safety-console check --audit-seal | --verify-seal FILE",
            "  --audit-seal        print the seal of this computer's audit log: its head, to keep elsewhere",
            "  --verify-seal FILE  verify the audit log, and that it still holds the head sealed in FILE",
            "An MFA code, when a profile needs one, is read from the terminal.",
            "Exit status: 0 clean, 1 findings (anything not checked counts), 2 error.");

    private static final Logger LOG = LoggerFactory.getLogger(CheckCommand.class);

    /** Where the account comes from; the launcher wires these to the composition root. */
    public interface Contexts {
        AppContext demo(Optional<Path> settings);

        AppContext snapshot(Path folder, Optional<Path> settings);

        /** Connects (blocking); throws CloudException when AWS says no, IllegalArgumentException without a region. */
        AppContext aws(AwsOptions options, Optional<Path> settings);
    }

    private CheckCommand() {
    }

    /** Runs the check; whatever goes wrong, the answer is an exit status and at most one sentence per problem. */
    public static int run(String[] args, Contexts contexts, PrintStream out, PrintStream err) {
        try {
            return check(args, contexts, out, err);
        } catch (Throwable unexpected) {
            // The sentence first: after an OutOfMemoryError, logging the trace may fail again.
            err.println(CheckMessages.unexpected(unexpected));
            LOG.error("check stopped on an unexpected error", unexpected);
            return ERROR;
        }
    }

    private static int check(String[] args, Contexts contexts, PrintStream out, PrintStream err) {
        CommandLine line;
        AwsOptions aws;
        List<String> regions;
        try {
            line = CommandLine.read(args, Set.of("--demo", VERBOSE, AuditSealCheck.PRINT), AwsOptions.namesAnd(
                    "--stack", "--format", "--settings", "--snapshot", RegionsOption.NAME, AuditSealCheck.VERIFY));
            aws = AwsOptions.from(line);
            regions = RegionsOption.from(line);
        } catch (CommandLine.InvalidOptionsException e) {
            return usage(err, e.getMessage());
        }
        if (line.help()) {
            out.println(USAGE);
            return CLEAN;
        }
        if (AuditSealCheck.asked(line)) {
            Optional<String> conflict = AuditSealCheck.conflict(line, aws, regions);
            return conflict.isPresent() ? usage(err, conflict.get()) : AuditSealCheck.run(line, contexts, out, err);
        }
        String format = line.value("--format").orElse("text");
        if (!CheckOutput.formats().contains(format)) {
            return usage(err, "--format takes text or json, not \"" + format + "\".");
        }
        boolean demo = line.has("--demo");
        Optional<Path> snapshot = line.value("--snapshot").map(Path::of);
        Optional<Path> settings = line.value("--settings").map(Path::of);
        if (aws.given() && (demo || snapshot.isPresent())) {
            return usage(err, AwsOptions.conflictWith(demo ? "--demo" : "--snapshot"));
        }
        Set<String> stacks = new LinkedHashSet<>(line.values("--stack"));
        AppContext app;
        try {
            AppContext opened = aws.given() ? contexts.aws(aws, settings)
                    : snapshot.isPresent() ? contexts.snapshot(snapshot.get(), settings) : contexts.demo(settings);
            // The same context (closing either closes both), reading the regions asked for.
            app = opened.withStackRegions(regions);
        } catch (CloudException e) {
            LOG.warn("check could not connect", e);
            err.println("The check could not connect to AWS. " + CheckMessages.sentence(e));
            return ERROR;
        } catch (RuntimeException e) {
            if (!CheckMessages.saysWhy(e)) {
                throw e;
            }
            // A source that cannot be opened says why in its message (a snapshot names the file and field).
            LOG.warn("check could not open the account", e);
            err.println(e.getMessage());
            return ERROR;
        }
        // Closing the context closes an AWS connection and its clients.
        try (app) {
            app.settings().problems().forEach(problem -> err.println("warning: " + problem));
            CheckReport report = SafetyCheck.run(app, stacks);
            out.print(format.equals("json") ? CheckOutput.json(report) : CheckOutput.text(report));
            out.flush();
            return report.findings() == 0 ? CLEAN : FINDINGS;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ERROR;
        } catch (CloudException e) {
            LOG.warn("check failed", e);
            err.println("The check could not read the account. " + CheckMessages.sentence(e));
            return ERROR;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE);
        return ERROR;
    }
}
