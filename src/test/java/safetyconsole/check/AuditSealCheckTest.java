package safetyconsole.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.AppContext;
import safetyconsole.audit.AuditLog;
import safetyconsole.audit.AuditRecord;
import safetyconsole.audit.Evidence;
import safetyconsole.audit.Operator;
import safetyconsole.audit.Phase;
import safetyconsole.settings.AppDirectories;
import safetyconsole.testing.OneAccountContexts;
import safetyconsole.testing.TestClocks;

class AuditSealCheckTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private AppDirectories dirs;

    @BeforeEach
    void threeEntries() {
        dirs = new AppDirectories(dir.resolve("config"), dir.resolve("data"), dir.resolve("state"));
        AuditLog log = new AuditLog(dirs.auditLogFile(), dirs.auditAnchorFile(), TestClocks.fixed(),
                AuditLog.Durability.OS_BUFFERED);
        for (int i = 0; i < 3; i++) {
            log.append(new AuditRecord(new Operator("alice", "ws"), "arn:aws:iam::1:user/alice", "1", "us-east-1",
                    "id", "shop-prod", "PRODUCTION", "STOP_INSTANCE", null, "plan", List.of("i"),
                    new Evidence("shop-prod", null, null), Phase.INTENT, null));
        }
    }

    @Test
    void auditSealPrintsOnlyTheSealOfTheLog() {
        int code = run("--audit-seal");

        assertThat(code).isEqualTo(CheckCommand.CLEAN);
        assertThat(out()).startsWith("OpsWorks Safety Console audit seal\nentries: 3\nhead: ").contains("\ncheck: ");
        assertThat(err()).isEmpty();
    }

    @Test
    void theSealPrintedVerifiesTheLogLater() throws IOException {
        run("--audit-seal");
        Path seal = Files.writeString(dir.resolve("seal.txt"), out());
        out.reset();

        int code = run("--verify-seal", seal.toString());

        assertThat(code).isEqualTo(CheckCommand.CLEAN);
        assertThat(out()).startsWith(dirs.auditLogFile() + ": 3 entries, chain intact.")
                .contains("It still holds the 3 entries sealed on");
    }

    @Test
    void aLogCutBackBelowItsSealIsAFinding() throws IOException {
        run("--audit-seal");
        Path seal = Files.writeString(dir.resolve("seal.txt"), out());
        out.reset();
        Files.write(dirs.auditLogFile(), Files.readAllLines(dirs.auditLogFile()).subList(0, 1));
        Files.delete(dirs.auditAnchorFile());

        int code = run("--verify-seal", seal.toString());

        assertThat(code).isEqualTo(CheckCommand.FINDINGS);
        assertThat(out()).contains("The audit log was changed after it was written: the log ends at entry 1, but the"
                + " seal of", "entries 2 to 3 are missing");
    }

    @Test
    void aChangedLogIsNotSealed() throws IOException {
        Files.write(dirs.auditLogFile(), Files.readAllLines(dirs.auditLogFile()).subList(0, 2));

        int code = run("--audit-seal");

        assertThat(code).isEqualTo(CheckCommand.FINDINGS);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("entry 3 is missing");
    }

    @Test
    void aSealFileThatIsNoSealIsAnErrorNamingIt() throws IOException {
        Path notSeal = Files.writeString(dir.resolve("notes.txt"), "hello\n");

        assertThat(run("--verify-seal", notSeal.toString())).isEqualTo(CheckCommand.ERROR);
        assertThat(err()).startsWith(notSeal + ": This is not an audit seal");
        err.reset();
        assertThat(run("--verify-seal", dir.toString())).isEqualTo(CheckCommand.ERROR);
        assertThat(err()).isEqualTo(dir + ": This is not an audit seal: a seal is a small text file."
                + System.lineSeparator());
        err.reset();
        assertThat(run("--verify-seal", dir.resolve("none").toString())).isEqualTo(CheckCommand.ERROR);
        assertThat(err()).isEqualTo(dir.resolve("none") + ": There is no such file." + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void accountOptionsDoNotMixWithTheAuditLogs() {
        assertThat(run("--audit-seal", "--stack", "shop-prod")).isEqualTo(CheckCommand.ERROR);
        assertThat(err()).startsWith("--audit-seal and --verify-seal read only this computer's audit log");
        err.reset();
        assertThat(run("--audit-seal", "--verify-seal", "x")).isEqualTo(CheckCommand.ERROR);
        assertThat(err()).startsWith("--audit-seal and --verify-seal are two commands");
    }

    private int run(String... args) {
        OneAccountContexts contexts = new OneAccountContexts(
                () -> AppContext.demo(Optional.empty(), Duration.ZERO, dirs, TestClocks.fixed()));
        return CheckCommand.run(args, contexts, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
