package safetyconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.context.Environment;

class SettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void missingFileMeansDefaultsWithoutProblems() {
        assertThat(SettingsFile.load(dir.resolve("settings.json"))).isEqualTo(UserSettings.DEFAULTS);
    }

    @Test
    void readsOverridesByNameAndIdInAnyCase() throws IOException {
        Path file = write(
                "{\"environmentOverrides\": {\"shop-prod-v2\": \"production\", \"abc-123\": \"Development\"}}");

        UserSettings settings = SettingsFile.load(file);

        assertThat(settings.environmentOverrides())
                .containsEntry("shop-prod-v2", Environment.PRODUCTION)
                .containsEntry("abc-123", Environment.DEVELOPMENT);
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void malformedJsonIsReportedWithPositionAndUsesDefaults() throws IOException {
        Path file = write("{\n  \"environmentOverrides\": {\"a\": \"PRODUCTION\",,}\n}");

        UserSettings settings = SettingsFile.load(file);

        assertThat(settings.environmentOverrides()).isEmpty();
        assertThat(settings.problems()).singleElement().asString()
                .contains(file.toString(), "not valid JSON", "line 2");
    }

    @Test
    void unknownEnvironmentIsReportedAndTheOtherOverridesStillApply() throws IOException {
        Path file = write("{\"environmentOverrides\": {\"a\": \"PROD-ISH\", \"b\": \"STAGING\", \"c\": 3}}");

        UserSettings settings = SettingsFile.load(file);

        assertThat(settings.environmentOverrides()).containsOnlyKeys("b");
        assertThat(settings.problems()).hasSize(2);
        assertThat(settings.problems().get(0)).contains("\"a\"", "PROD-ISH", "PRODUCTION, UNCLASSIFIED");
    }

    @Test
    void misspelledSettingIsReportedNotSilentlyIgnored() throws IOException {
        Path file = write("{\"environmentOverides\": {\"a\": \"PRODUCTION\"}}");

        UserSettings settings = SettingsFile.load(file);

        assertThat(settings.problems()).singleElement().asString().contains("environmentOverides");
    }

    @Test
    void nonObjectRootIsReported() throws IOException {
        assertThat(SettingsFile.load(write("[1, 2]")).problems()).singleElement().asString().contains("JSON object");
    }

    @Test
    void emptyFileMeansDefaults() throws IOException {
        assertThat(SettingsFile.load(write("")).problems()).isEmpty();
    }

    @Test
    void overridesThatAreNotAnObjectAreReported() throws IOException {
        assertThat(SettingsFile.load(write("{\"environmentOverrides\": [\"a\"]}")).problems())
                .singleElement().asString().contains("must be an object");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("settings.json"), text);
    }
}
