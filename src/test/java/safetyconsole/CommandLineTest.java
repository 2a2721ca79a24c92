package safetyconsole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static final Set<String> FLAGS = Set.of("--demo");
    private static final Set<String> VALUED = Set.of("--stack", "--format");

    @Test
    void aRepeatedOptionKeepsEveryValueAndTheLastCounts() throws Exception {
        CommandLine line = read("--stack", "a", "--format", "json", "--stack", "b", "--format", "text");

        assertThat(line.values("--stack")).containsExactly("a", "b");
        assertThat(line.value("--format")).contains("text");
        assertThat(line.has("--demo")).isFalse();
    }

    @Test
    void optionsKeepTheirOrder() throws Exception {
        assertThat(read("--stack", "a", "--demo").options()).extracting(CommandLine.Option::name)
                .containsExactly("--stack", "--demo");
    }

    @Test
    void helpEndsTheReading() throws Exception {
        CommandLine line = read("--demo", "-h", "--bogus");

        assertThat(line.help()).isTrue();
        assertThat(line.has("--demo")).isTrue();
    }

    @Test
    void aMissingValueAndAnUnknownOptionAreNamed() {
        assertThatThrownBy(() -> read("--stack")).isInstanceOf(CommandLine.InvalidOptionsException.class)
                .hasMessage("--stack needs a value.");
        assertThatThrownBy(() -> read("--stack", "--demo")).hasMessage("--stack needs a value.");
        assertThatThrownBy(() -> read("--prod")).hasMessage("Unknown option \"--prod\".");
    }

    private static CommandLine read(String... args) throws CommandLine.InvalidOptionsException {
        return CommandLine.read(args, FLAGS, VALUED);
    }
}
