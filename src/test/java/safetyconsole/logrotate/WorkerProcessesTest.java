package safetyconsole.logrotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Rails corpus' multi-process cases: Puma and Unicorn settings, each file stating what it forks in its first
 * line, "# expect: clean" or "# expect: <file>@<line>".
 */
class WorkerProcessesTest {

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(WorkerProcessesTest.class.getResource("/safetyconsole/logrotate/corpus/workers").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".rb")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusFileGivesExactlyTheExpectedFindings(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String expectation = source.lines().findFirst().orElseThrow().replace("# expect:", "").strip();
        String path = file.getFileName().toString().startsWith("puma") ? WorkerProcesses.PUMA : WorkerProcesses.UNICORN;
        List<String> problems = new ArrayList<>();

        List<WorkerProcesses.Finding> found = WorkerProcesses.scan(RailsSource.of("corpus", Map.of(path, source)),
                problems);

        assertThat(problems).isEmpty();
        assertThat(found.stream().map(f -> f.file() + "@" + f.line()).toList()).as(file.getFileName().toString())
                .containsExactlyElementsOf(expectation.equals("clean") ? List.of() : List.of(expectation));
    }

    @Test
    void aLiteralCountIsKeptAndAnExpressionIsNot() {
        List<WorkerProcesses.Finding> found = WorkerProcesses.scan(RailsSource.of("code", Map.of(
                WorkerProcesses.PUMA, "workers 3\n", WorkerProcesses.UNICORN, "worker_processes ENV['N'].to_i\n")),
                new ArrayList<>());

        assertThat(found).extracting(WorkerProcesses.Finding::count).containsExactly(Optional.of(3), Optional.empty());
        assertThat(found.get(0).words()).isEqualTo("config/puma.rb line 1: workers 3");
    }

    @Test
    void aFileThatCannotBeReadIsAProblemNotSilence() {
        RailsSource broken = new RailsSource() {
            @Override
            public String describe() {
                return "checkout /gone";
            }

            @Override
            public Optional<String> read(String relativePath) throws IOException {
                throw new NoSuchFileException("/gone");
            }
        };
        List<String> problems = new ArrayList<>();

        assertThat(WorkerProcesses.scan(broken, problems)).isEmpty();
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p).startsWith("Could not read config/"));
    }
}
