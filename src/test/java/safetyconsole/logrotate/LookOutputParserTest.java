package safetyconsole.logrotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.CommandInvocation;
import safetyconsole.logrotate.InstanceLogrotateLook.LogFile;
import safetyconsole.logrotate.InstanceLogrotateLook.Section;

class LookOutputParserTest {

    private static final String DIR = "/srv/www/shop/shared/log";
    private static final String SHOP_FILE = String.join("\n",
            "@@file yes /etc/logrotate.d/shop",
            "|/srv/www/shop/shared/log/*.log {",
            "|  daily",
            "|  rotate 14",
            "|  copytruncate",
            "|}",
            "@@end");
    private static final String DRY_RUN = String.join("\n",
            "@@dryrun",
            "|rotating pattern: /srv/www/shop/shared/log/*.log  after 1 days (14 rotations)",
            "|considering log /srv/www/shop/shared/log/production.log",
            "|error: /etc/logrotate.d/shop:1 duplicate log entry for /srv/www/shop/shared/log/production.log",
            "@@end");
    private static final String LOGS = String.join("\n",
            "@@logs",
            "|52428800 1796100000 /srv/www/shop/shared/log/production.log",
            "|1048576 1796013600 /srv/www/shop/shared/log/production.log.20261201",
            "@@end");

    @Test
    void readsEveryPartOfTheScriptsOutput() {
        InstanceLogrotateLook look = parse(output("@@look 1", "@@dir " + DIR, SHOP_FILE,
                "@@file no /etc/logrotate.d/opsworks_app_shop", "|/srv/www/shop/shared/log/*.log  {", "@@end",
                DRY_RUN, LOGS, "@@done"));

        assertThat(look.unparsed()).isEmpty();
        assertThat(look.cut()).isFalse();
        assertThat(look.logrotateFound()).isTrue();
        assertThat(look.filesNamingTheLog()).singleElement().satisfies(file -> {
            assertThat(file.path()).isEqualTo("/etc/logrotate.d/shop");
            assertThat(file.text()).startsWith("/srv/www/shop/shared/log/*.log {\n  daily\n").endsWith("}\n");
            assertThat(file.complete()).isTrue();
            assertThat(file.fromOpsWorks()).isFalse();
        });
        assertThat(look.opsworksFile("shop")).hasValueSatisfying(file -> assertThat(file.fromOpsWorks()).isTrue());
        assertThat(look.opsworksFile("blog")).isEmpty();
        assertThat(look.dryRunLines()).hasSize(3);
        assertThat(look.dryRunErrors()).singleElement().asString().contains("duplicate log entry");
        assertThat(look.logFiles()).containsExactly(
                new LogFile(DIR + "/production.log", 52_428_800, Instant.ofEpochSecond(1_796_100_000)),
                new LogFile(DIR + "/production.log.20261201", 1_048_576, Instant.ofEpochSecond(1_796_013_600)));
        assertThat(look.instanceId()).isEqualTo("i-0abc");
        assertThat(look.commandId()).isEqualTo("cmd-1");
    }

    @Test
    void anInstanceWithoutLogrotateSaysSo() {
        InstanceLogrotateLook look = parse(output("@@look 1", "@@dir " + DIR, "@@nologrotate", LOGS, "@@done"));

        assertThat(look.logrotateFound()).isFalse();
        assertThat(look.files()).isEmpty();
        assertThat(look.unparsed()).isEmpty();
        assertThat(look.logFiles()).hasSize(2);
    }

    @Test
    void outputCutByTheServiceInAFileLeavesThatFileAndTheRestIncomplete() {
        String start = output("@@look 1", "@@dir " + DIR, "@@file yes /etc/logrotate.d/big");
        String filler = "|" + "x".repeat(99) + "\n";
        String cut = (start + filler.repeat(CommandInvocation.MAX_OUTPUT / filler.length() + 1))
                .substring(0, CommandInvocation.MAX_OUTPUT);

        InstanceLogrotateLook look = parse(cut);

        assertThat(look.cutIn()).contains(Section.FILES);
        assertThat(look.files()).singleElement().satisfies(file -> assertThat(file.complete()).isFalse());
        assertThat(look.dryRunLines()).isEmpty();
        assertThat(look.logFiles()).isEmpty();
        assertThat(look.unparsed()).isEmpty();
    }

    @Test
    void outputCutInTheFileListDropsTheHalfLine() {
        String start = output("@@look 1", "@@dir " + DIR, "@@dryrun", "@@end", "@@logs");
        String line = "|1024 1796100000 " + DIR + "/production.log.1\n";
        String cut = (start + line.repeat(CommandInvocation.MAX_OUTPUT / line.length() + 1))
                .substring(0, CommandInvocation.MAX_OUTPUT);

        InstanceLogrotateLook look = parse(cut);

        assertThat(look.cutIn()).contains(Section.LOG_FILES);
        assertThat(look.logFiles()).hasSize((CommandInvocation.MAX_OUTPUT - start.length()) / line.length());
        assertThat(look.unparsed()).isEmpty();
    }

    @Test
    void outputCutBetweenTheFilesLeavesTheFilesIncomplete() {
        String start = output("@@look 1", "@@dir " + DIR, SHOP_FILE);
        String cut = start + "x".repeat(CommandInvocation.MAX_OUTPUT - start.length());

        InstanceLogrotateLook look = parse(cut);

        assertThat(look.cutIn()).contains(Section.FILES);
        assertThat(look.filesNamingTheLog()).singleElement().satisfies(file -> assertThat(file.complete()).isTrue());
        assertThat(look.unparsed()).as("the half line at the cut is no finding").isEmpty();
    }

    @Test
    void outputThatStopsEarlyIsSaidToStopEarly() {
        InstanceLogrotateLook look = parse(output("@@look 1", "@@dir " + DIR, SHOP_FILE, DRY_RUN));

        assertThat(look.cutIn()).contains(Section.LOG_FILES);
        assertThat(look.unparsed()).containsExactly(
                "The output stops before the script's end, in the list of files in the log directory.");
        assertThat(look.filesNamingTheLog()).hasSize(1);
    }

    @Test
    void hostileLinesAreReportedEscapedAndTheRestIsStillRead() {
        InstanceLogrotateLook look = parse(output("@@look 1", "@@dir /srv/www/other/shared/log",
                "@@file yes /etc/passwd", "|root:x:0:0", "@@end",
                "\u001b[2J\u202eevil", SHOP_FILE, "@@logs",
                "|12 1796100000 /etc/shadow",
                "|12 999999999999 " + DIR + "/far.log",
                "|-1 1796100000 " + DIR + "/negative.log",
                "|7 1796100000 " + DIR + "/production.log",
                "@@end", "@@logs", "@@end", "@@done", "trailing"));

        assertThat(look.filesNamingTheLog()).extracting(InstanceLogrotateLook.LogrotateFile::path)
                .containsExactly("/etc/logrotate.d/shop");
        assertThat(look.logFiles()).extracting(LogFile::path).containsExactly(DIR + "/production.log");
        assertThat(look.unparsed()).hasSize(11).allSatisfy(sentence ->
                assertThat(sentence).doesNotContain("\u001b", "\u202e"));
        assertThat(look.unparsed()).anySatisfy(sentence -> assertThat(sentence).contains("\\u001b[2J\\u202eevil"));
        assertThat(look.unparsed()).first().asString().contains("/srv/www/other/shared/log");
        assertThat(look.cut()).isFalse();
    }

    @Test
    void outputFromSomethingElseIsNotRead() {
        InstanceLogrotateLook look = parse("Hello\n@@look 1\n@@done\n");

        assertThat(look.unparsed()).containsExactly(
                "The output does not start as the look's script starts: \"Hello\".");
        assertThat(look.cut()).isTrue();
        assertThat(look.files()).isEmpty();
    }

    @Test
    void aFailedCommandSaysHowItEnded() {
        CommandInvocation failed = new CommandInvocation("cmd-1", "i-0abc", CommandInvocation.Status.FAILED, "",
                "sh: 1: stat: not found\n");

        InstanceLogrotateLook look = LookOutputParser.parse(failed, DIR);

        assertThat(look.unparsed()).containsExactly(
                "The command ended FAILED; its error output begins: \"sh: 1: stat: not found\".",
                "The instance printed nothing.");
        assertThat(look.cutIn()).isEqualTo(Optional.of(Section.FILES));
    }

    @Test
    void moreThanTheServiceReturnsIsNotBelieved() {
        InstanceLogrotateLook look = parse(output("@@look 1", "@@dir " + DIR, "@@dryrun",
                "|" + "y".repeat(CommandInvocation.MAX_OUTPUT)));

        assertThat(look.unparsed()).first().asString().startsWith("The output is longer than the service returns");
        assertThat(look.cutIn()).contains(Section.DRY_RUN);
    }

    private static InstanceLogrotateLook parse(String output) {
        return LookOutputParser.parse(new CommandInvocation("cmd-1", "i-0abc", CommandInvocation.Status.SUCCESS,
                output, ""), DIR);
    }

    private static String output(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
