package safetyconsole.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Settings are never fatal and never silent: each case hands {@code check --settings} a broken or hostile file and
 * the check must still run (exit 1: the snapshot's findings), with exactly one short warning naming the file and
 * what is wrong, no raw control character, no override taken from a file it refused, and in time.
 */
class HostileSettingsTest {

    /** What a case writes (or makes) at the settings path. */
    interface Settings {
        void make(Path file) throws IOException, InterruptedException;
    }

    record Case(String name, Settings settings, List<String> warning) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHostileSettingsFileIsOneWarningAndTheCheckGoesOn(Case hostile) throws Exception {
        Path file = dir.resolve("hostile-settings.json");
        hostile.settings().make(file);

        CheckRun run = CheckRun.of(dir, "--snapshot", basicSnapshot().toString(), "--settings", file.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(CheckCommand.FINDINGS);
        assertThat(run.out()).contains("[PRODUCTION] billing-prod (eu-west-1)");
        List<String> lines = run.err().lines().collect(Collectors.toList());
        assertThat(lines).singleElement().asString().startsWith("warning: " + file).contains(hostile.warning());
        assertThat(run.err().length()).isLessThan(1200);
        assertThat(run.err() + run.out()).doesNotContain("\u001b").doesNotContain("\r");
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("a named file that is missing", file -> { }, List.of("does not exist",
                "built-in rules only")));
        cases.add(new Case("a dangling link", file -> Files.createSymbolicLink(file, file.resolveSibling("gone")),
                List.of("does not exist")));
        cases.add(new Case("/dev/zero", file -> Files.createSymbolicLink(file, Path.of("/dev/zero")),
                List.of("is not a regular file")));
        cases.add(new Case("a pipe", HostileSettingsTest::fifo, List.of("is not a regular file")));
        cases.add(new Case("a folder", Files::createDirectory, List.of("is not a regular file")));
        cases.add(new Case("2 MiB", file -> Files.writeString(file, "{}" + " ".repeat(2 << 20)),
                List.of("is too large: a settings file may be at most 1 MiB")));
        cases.add(new Case("1 GiB that takes no disk", file -> sparse(file, 1L << 30), List.of("is too large")));
        cases.add(new Case("10 MB value", file -> Files.writeString(file, "{\"environmentOverrides\": {\"a\": \""
                + "x".repeat(10_000_000) + "\"}}"), List.of("is too large")));
        cases.add(new Case("trailing content", text("{\"environmentOverrides\": {}} garbage"),
                List.of("is not valid JSON (line 1")));
        cases.add(new Case("a second document", text("{}\n{\"environmentOverrides\": {\"billing-prod\": \"DEV\"}}"),
                List.of("is not valid JSON (line 2")));
        cases.add(new Case("a key given twice", text("{\"environmentOverrides\": {}, \"environmentOverrides\": {}}"),
                List.of("is not valid JSON", "Duplicate field 'environmentOverrides'")));
        cases.add(new Case("an override given twice to downgrade production", text("{\"environmentOverrides\":"
                + " {\"billing-prod\": \"PRODUCTION\", \"billing-prod\": \"DEVELOPMENT\"}}"),
                List.of("Duplicate field 'billing-prod'", "built-in rules only")));
        cases.add(new Case("not UTF-8", file -> Files.write(file, new byte[] {'{', '"', (byte) 0xFF, '"', ':', '1',
            '}'}), List.of("is not valid JSON")));
        cases.add(new Case("nested beyond reason", text("{\"a\": " + "[".repeat(100_000)),
                List.of("is not valid JSON")));
        cases.add(new Case("NaN", text("{\"environmentOverrides\": {\"a\": NaN}}"), List.of("is not valid JSON")));
        cases.add(new Case("a list", text("[1, 2]"), List.of("must hold a JSON object")));
        cases.add(new Case("a string", text("\"PRODUCTION\""), List.of("must hold a JSON object")));
        cases.add(new Case("overrides a list", text("{\"environmentOverrides\": [\"a\"]}"),
                List.of("\"environmentOverrides\" must be an object")));
        cases.add(new Case("overrides text", text("{\"environmentOverrides\": \"PRODUCTION\"}"),
                List.of("must be an object")));
        cases.add(new Case("an override a number", text("{\"environmentOverrides\": {\"billing-prod\": 3}}"),
                List.of("the override for \"billing-prod\" is not an environment's name in quotes")));
        cases.add(new Case("an override an object", text("{\"environmentOverrides\": {\"billing-prod\": {}}}"),
                List.of("\"billing-prod\" is not an environment's name")));
        cases.add(new Case("an override of no environment", text("{\"environmentOverrides\": {\"a\": \"PROD-ISH\"}}"),
                List.of("the override for \"a\" (\"PROD-ISH\") is not one of PRODUCTION")));
        cases.add(new Case("an empty override", text("{\"environmentOverrides\": {\"a\": \"\"}}"),
                List.of("\"a\" (\"\") is not one of")));
        cases.add(new Case("100,000 unknown keys", text(IntStream.range(0, 100_000)
                .mapToObj(i -> "\"" + Integer.toString(i, 36) + "\":0").collect(Collectors.joining(",", "{", "}"))),
                List.of("unknown settings \"0\", \"1\", \"2\" and 99997 more were ignored")));
        cases.add(new Case("5,000 overrides of no environment", text(IntStream.range(0, 5000)
                .mapToObj(i -> "\"s" + i + "\":\"X\"").collect(Collectors.joining(",", "{\"environmentOverrides\":{",
                        "}}"))), List.of("\"s0\" (\"X\"), \"s1\" (\"X\"), \"s2\" (\"X\") and 4997 more")));
        cases.add(new Case("a 500 KB name", text("{\"environmentOverrides\": {\"a\": \"" + "P".repeat(500_000)
                + "\"}}"), List.of("(500000 characters)")));
        cases.add(new Case("a 40 KB unknown key", text("{\"" + "k".repeat(40_000) + "\": 1}"),
                List.of("unknown setting \"kkk", "(40000 characters) was ignored")));
        cases.add(new Case("a 500 KB unknown key", text("{\"" + "k".repeat(500_000) + "\": 1}"),
                List.of("is not valid JSON", "Name length")));
        cases.add(new Case("a key that drives the terminal", text("{\"\\u001b[2J\\u001b[31m\": 1}"),
                List.of("\"\\u001b[2J\\u001b[31m\"")));
        cases.add(new Case("a key that forges a line", text("{\"x\\nNo findings.\": 1}"),
                List.of("\"x\\nNo findings.\"")));
        return cases.stream();
    }

    private static Settings text(String json) {
        return file -> Files.writeString(file, json);
    }

    private static void fifo(Path file) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
    }

    private static void sparse(Path file, long size) throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(size);
        }
    }

    private static Path basicSnapshot() throws URISyntaxException {
        return Path.of(HostileSettingsTest.class.getResource("/safetyconsole/snapshot/basic").toURI());
    }
}
