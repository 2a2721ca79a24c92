package safetyconsole.cloud.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.SystemsManagerReads;

/** A snapshot's run lists and own documents: read when asked, a missing file NOT CHECKED with its command. */
class SnapshotSystemsManagerTest {

    private static final String REGION = "eu-west-1";
    private static final String PRESET = "/ApplyChefRecipes-Preset/shop-prod-rails-app-3f2a9c";
    private static final String DOCUMENT = "shop-prod-rails-app-3f2a9c-logs";
    private static final String TEMPLATE = "lt-0a1b2c3d4e5f60001";

    @TempDir
    Path dir;

    private Path snapshot() {
        return SnapshotFixture.copyInto(dir, "migrated");
    }

    private static SystemsManagerReads ssm(Path snapshot) {
        return SnapshotAccount.open(snapshot).systemsManager();
    }

    private static Path folder(Path snapshot) {
        return snapshot.resolve("migrated").resolve(REGION);
    }

    @Test
    void readsTheRunListsUnderAPathTheOwnDocumentsAndTheirContent() {
        SystemsManagerReads ssm = ssm(snapshot());

        assertThat(ssm.parametersByPath(REGION, PRESET)).containsOnlyKeys(PRESET + "/Setup");
        assertThat(ssm.ownDocumentNames(REGION)).containsExactly(DOCUMENT);
        assertThat(ssm.documentContent(REGION, DOCUMENT)).contains("/etc/logrotate.d/shop");
    }

    @Test
    void aTemplateVersionsUserDataComesAsWrittenAndAVersionWithoutItHasNone() {
        SnapshotAccount account = SnapshotAccount.open(snapshot());

        assertThat(account.scalingGroups().describeLaunchTemplateVersion(REGION, TEMPLATE, 3).userData())
                .hasValueSatisfying(base64 -> assertThat(new String(Base64.getDecoder().decode(base64),
                        StandardCharsets.UTF_8)).contains("cat > /etc/logrotate.d/shop <<'EOF'"));
        assertThat(account.scalingGroups().describeLaunchTemplateVersion(REGION, TEMPLATE, 2).userData()).isEmpty();
    }

    @Test
    void aMissingFileIsSystemsManagerNotInTheSnapshotWithTheCommandThatMakesIt() throws Exception {
        Path snapshot = snapshot();
        Files.delete(folder(snapshot).resolve("ssm-parameters.json"));

        assertThatThrownBy(() -> ssm(snapshot).parametersByPath(REGION, PRESET))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CloudException.Kind.SERVICE_UNAVAILABLE_HERE);
                    assertThat(e.unavailableService()).contains(OptionalService.SYSTEMS_MANAGER);
                    assertThat(e.getMessage()).contains("aws ssm get-parameters-by-path --region eu-west-1"
                            + " --path /ApplyChefRecipes-Preset --recursive");
                });
        assertThatThrownBy(() -> ssm(snapshot).documentContent(REGION, "other"))
                .hasMessageContaining("aws ssm get-document --region eu-west-1 --name other");
    }

    @Test
    void aBadFileOrANameLeadingOutOfItsFolderIsRefused() throws Exception {
        Path snapshot = snapshot();
        Files.writeString(folder(snapshot).resolve("ssm-documents.json"), "{\"DocumentIdentifiers\": [{}]}");

        assertThatThrownBy(() -> ssm(snapshot).ownDocumentNames(REGION)).isInstanceOfSatisfying(CloudException.class,
                e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.INVALID_INPUT));
        assertThatThrownBy(() -> ssm(snapshot).documentContent(REGION, "../../caller-identity"))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.INVALID_INPUT));
    }
}
