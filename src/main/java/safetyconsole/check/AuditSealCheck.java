package safetyconsole.check;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

import safetyconsole.AppContext;
import safetyconsole.AwsOptions;
import safetyconsole.CommandLine;
import safetyconsole.audit.AuditException;
import safetyconsole.audit.AuditLog;
import safetyconsole.audit.AuditSeal;
import safetyconsole.audit.Operator;
import safetyconsole.audit.VerifyReport;

/**
 * {@code check --audit-seal} prints the seal of this computer's audit log, to keep out of the log's reach;
 * {@code check --verify-seal FILE} verifies the log and that it still holds the head sealed in FILE. Neither reads
 * an account: exit 0 when the log checks out, 1 when it was changed, 2 on an error.
 */
final class AuditSealCheck {

    static final String PRINT = "--audit-seal";
    static final String VERIFY = "--verify-seal";
    /** A seal is six short lines. */
    private static final long MAX_SEAL_BYTES = 4096;

    private AuditSealCheck() {
    }

    static boolean asked(CommandLine line) {
        return line.has(PRINT) || line.value(VERIFY).isPresent();
    }

    /** @return a sentence when the command line asks for something besides the audit log */
    static Optional<String> conflict(CommandLine line, AwsOptions aws, List<String> regions) {
        if (line.has(PRINT) && line.value(VERIFY).isPresent()) {
            return Optional.of(PRINT + " and " + VERIFY + " are two commands: give one.");
        }
        boolean account = aws.given() || line.has("--demo") || line.value("--snapshot").isPresent()
                || !line.values("--stack").isEmpty() || line.value("--format").isPresent() || !regions.isEmpty();
        return account ? Optional.of(PRINT + " and " + VERIFY + " read only this computer's audit log: they take no"
                + " account, stack or format options.") : Optional.empty();
    }

    /** Every context keeps this computer's audit log; the demo's is the one that opens without a network. */
    static int run(CommandLine line, CheckCommand.Contexts contexts, PrintStream out, PrintStream err) {
        Optional<Path> sealFile = line.value(VERIFY).map(Path::of);
        Optional<AuditSeal> seal;
        try {
            seal = sealFile.map(AuditSealCheck::readSeal);
        } catch (IllegalArgumentException e) {
            err.println(sealFile.get() + ": " + e.getMessage());
            return CheckCommand.ERROR;
        }
        try (AppContext app = contexts.demo(line.value("--settings").map(Path::of))) {
            AuditLog log = app.auditLog();
            VerifyReport report = seal.map(log::verify).orElseGet(log::verify);
            boolean changed = report.status() == VerifyReport.Status.TAMPERED;
            if (seal.isPresent()) {
                out.println(log.file() + ": " + report.summary());
            } else if (changed) {
                // Standard output is where the seal goes (a file, a ticket): nothing else is printed there.
                err.println(log.file() + ": " + report.summary());
            } else {
                if (report.status() != VerifyReport.Status.INTACT) {
                    err.println("warning: " + log.file() + ": " + report.summary());
                }
                out.print(log.seal(report, Operator.current()).text());
            }
            out.flush();
            return changed ? CheckCommand.FINDINGS : CheckCommand.CLEAN;
        } catch (AuditException e) {
            err.println(e.getMessage());
            return CheckCommand.ERROR;
        }
    }

    /** From elsewhere, so hostile: a small regular file of UTF-8 text, or a sentence why not. */
    private static AuditSeal readSeal(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile() || attributes.size() > MAX_SEAL_BYTES) {
                throw new IllegalArgumentException("This is not an audit seal: a seal is a small text file.");
            }
            return AuditSeal.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("There is no such file.", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("The seal could not be read (" + e.getClass().getSimpleName() + ").",
                    e);
        }
    }
}
