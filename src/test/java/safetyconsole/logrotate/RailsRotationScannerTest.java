package safetyconsole.logrotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus: realistic production.rb variants, each stating its expected findings in its first line,
 * "# expect: clean" or "# expect: KIND@line KIND@line".
 */
class RailsRotationScannerTest {

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(RailsRotationScannerTest.class.getResource("/safetyconsole/logrotate/corpus").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".rb")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusFileGivesExactlyTheExpectedFindings(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String expectation = source.lines().findFirst().orElseThrow().replace("# expect:", "").strip();
        List<String> expected = expectation.equals("clean") ? List.of() : Arrays.asList(expectation.split("\\s+"));

        RailsRotationScanner.Scan scan = RailsRotationScanner.scan("config/environments/production.rb", source);

        assertThat(scan.problem()).isEmpty();
        assertThat(scan.rotations().stream().map(r -> r.kind() + "@" + r.line()).collect(Collectors.toList()))
                .as(file.getFileName().toString()).containsExactlyElementsOf(expected);
    }

    @Test
    void theCorpusHasAtLeastTwentyVariants() throws Exception {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void fixDropsOnlyTheRotationArguments() {
        RailsRotation found = only(
                "config.logger = Logger.new(\"log/production.log\", shift_age: \"daily\", level: :info)");

        assertThat(found.snippet()).isEqualTo("Logger.new(\"log/production.log\", shift_age: \"daily\", level: :info)");
        assertThat(found.fix()).isEqualTo("Logger.new(\"log/production.log\", level: :info)");
    }

    @Test
    void fixOfAMultiLineCallIsOneLine() {
        RailsRotation found = only("x = ActiveSupport::Logger.new(\n  Rails.root.join('log', 'production.log'),\n"
                + "  10,\n  5.megabytes\n)");

        assertThat(found.line()).isEqualTo(1);
        assertThat(found.fix()).isEqualTo("ActiveSupport::Logger.new(\n  Rails.root.join('log', 'production.log'))");
        assertThat(found.detail()).contains("5.megabytes", "keeps 10 old files");
    }

    @Test
    void logDeviceFixTurnsItsDefaultRotationOff() {
        RailsRotation found = only("d = Logger::LogDevice.new('log/production.log')");

        assertThat(found.fix()).isEqualTo("Logger::LogDevice.new('log/production.log', shift_age: 0)");
        assertThat(found.detail()).contains("rotates by default", "7 files of 1 MiB");
    }

    @Test
    void logFileSizeFixIsToDeleteTheLine() {
        RailsRotation found = only("config.log_file_size = 50.megabytes");

        assertThat(found.fix()).isNull();
        assertThat(found.snippet()).isEqualTo("config.log_file_size = 50.megabytes");
    }

    @Test
    void periodIsNamedInWords() {
        assertThat(only("Logger.new('log/x.log', 'weekly')").detail()).contains("end of each week");
    }

    @Test
    void unterminatedStringIsReportedWithItsLineAndWhatWasFoundBeforeIsKept() {
        RailsRotationScanner.Scan scan = RailsRotationScanner.scan("config/environments/production.rb",
                "Logger.new('log/x.log', 'daily')\nconfig.x = \"never closed\n\nmore");

        assertThat(scan.rotations()).hasSize(1);
        assertThat(scan.problem()).hasValueSatisfying(p -> assertThat(p)
                .contains("production.rb", "line 2", "never ends", "could not read past it"));
    }

    private static RailsRotation only(String source) {
        RailsRotationScanner.Scan scan = RailsRotationScanner.scan("f.rb", source);
        assertThat(scan.rotations()).hasSize(1);
        return scan.rotations().get(0);
    }
}
