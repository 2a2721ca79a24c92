package safetyconsole.logrotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import safetyconsole.logrotate.InstanceLogrotateLook.LogFile;
import safetyconsole.logrotate.InstanceLogrotateLook.LogrotateFile;
import safetyconsole.logrotate.InstanceLogrotateLook.Section;

class LookTextTest {

    private static final String DIR = "/srv/www/shop/shared/log";

    @Test
    void sizesAndTimesReadTheSameEverywhere() {
        assertThat(LookText.size(512)).isEqualTo("512 B");
        assertThat(LookText.size(18_874_368)).isEqualTo("18.0 MiB");
        assertThat(LookText.size(9_663_676_416L)).isEqualTo("9.0 GiB");
        InstanceLogrotateLook look = look(List.of(), List.of(new LogFile(DIR + "/production.log", 1536,
                Instant.parse("2026-12-01T09:58:30Z"))), Optional.empty());

        assertThat(LookText.logFiles(look)).isEqualTo(String.format("%-32s %10s  %s", "production.log", "1.5 KiB",
                "2026-12-01 09:58 UTC"));
    }

    @Test
    void whatTheInstanceWroteIsShownEscaped() {
        LogrotateFile file = new LogrotateFile("/etc/logrotate.d/opsworks_app_shop", "a\u001b[31m\nb\u202e\n",
                true, false);

        assertThat(LookText.fileHeading(file)).isEqualTo("/etc/logrotate.d/opsworks_app_shop \u2014 names the log"
                + " directory; the old OpsWorks file; cut short");
        assertThat(LookText.fileText(file)).isEqualTo("a\\u001b[31m\nb\\u202e");
    }

    @Test
    void theSummaryCountsTheFilesNamingTheLogAndSaysWhenCut() {
        LogrotateFile naming = new LogrotateFile("/etc/logrotate.d/shop", "x\n", true, true);

        assertThat(LookText.summary(look(List.of(naming), List.of(), Optional.empty())))
                .isEqualTo("On i-1 (command cmd-1), " + DIR + ": 1 logrotate file names it.");
        assertThat(LookText.summary(look(List.of(naming, naming), List.of(), Optional.of(Section.FILES))))
                .isEqualTo("On i-1 (command cmd-1), " + DIR + ": 2 logrotate files name it so far.");
        assertThat(LookText.cutNotice(Section.LOG_FILES)).endsWith("the list of log files may be incomplete.");
    }

    private static InstanceLogrotateLook look(List<LogrotateFile> files, List<LogFile> logs,
                                              Optional<Section> cutIn) {
        return new InstanceLogrotateLook("i-1", "cmd-1", DIR, true, files, List.of(), logs, cutIn, List.of());
    }
}
