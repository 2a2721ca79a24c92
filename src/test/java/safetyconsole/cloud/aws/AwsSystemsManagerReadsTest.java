package safetyconsole.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DocumentType;
import software.amazon.awssdk.services.ssm.model.ParameterType;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.MfaPrompt;
import safetyconsole.cloud.OptionalService;
import safetyconsole.testing.TestClocks;

/** What log rotation after OpsWorks reads: user data, run lists and own documents, through the SDK on moto. */
class AwsSystemsManagerReadsTest {

    private static final String REGION = MigratedStacksWorld.REGION;
    private static final String PRESET = "/ApplyChefRecipes-Preset/shop-prod-rails-app-3f2a9c";

    @TempDir
    Path home;
    private MigratedStacksWorld world;
    private AwsAccount account;
    private SsmClient ssm;

    @BeforeEach
    void start() {
        world = new MigratedStacksWorld();
        account = world.account(home);
        ssm = Moto.client(SsmClient.builder(), world.moto, REGION);
    }

    @AfterEach
    void stop() {
        ssm.close();
        world.close();
    }

    @Test
    void theRunListsUnderALayersPathComeOverEveryPage() {
        for (int i = 0; i < 12; i++) {
            put(PRESET + "/Event" + i, "{\"RunList\": \"recipe[shop::step" + i + "]\"}");
        }
        put(PRESET + "/Setup", "{\"RunList\": \"recipe[logrotate::default]\"}");
        put("/ApplyChefRecipes-Preset/shop-staging-rails-app-7b1e02/Setup", "{\"RunList\": \"recipe[x::y]\"}");

        Map<String, String> read = account.systemsManager().parametersByPath(REGION, PRESET);

        assertThat(read).hasSize(13).containsEntry(PRESET + "/Setup", "{\"RunList\": \"recipe[logrotate::default]\"}")
                .doesNotContainKey("/ApplyChefRecipes-Preset/shop-staging-rails-app-7b1e02/Setup");
        assertThat(account.systemsManager().parametersByPath(REGION, "/ApplyChefRecipes-Preset/none")).isEmpty();
    }

    @Test
    void theAccountsOwnDocumentsAndTheirContent() {
        String content = "{\"schemaVersion\": \"2.2\", \"description\": \"logs\", \"mainSteps\": [{\"action\":"
                + " \"aws:runShellScript\", \"name\": \"rotate\", \"inputs\": {\"runCommand\": [\"cat >"
                + " /etc/logrotate.d/shop <<EOF\", \"/srv/www/shop/shared/log/*.log {\", \"}\", \"EOF\"]}}]}";
        ssm.createDocument(r -> r.name("shop-prod-rails-app-3f2a9c-logs").content(content)
                .documentType(DocumentType.COMMAND));

        assertThat(account.systemsManager().ownDocumentNames(REGION)).contains("shop-prod-rails-app-3f2a9c-logs")
                .doesNotContain("AWS-RunShellScript");
        assertThat(account.systemsManager().documentContent(REGION, "shop-prod-rails-app-3f2a9c-logs"))
                .contains("/etc/logrotate.d/shop");
    }

    @Test
    void aTemplateVersionCarriesItsUserDataAsEc2ReturnsIt() {
        String userData = Base64.getEncoder().encodeToString("#!/bin/bash\necho hi\n".getBytes(StandardCharsets.UTF_8));
        world.ec2.createLaunchTemplateVersion(r -> r.launchTemplateId(world.templateId)
                .launchTemplateData(d -> d.instanceType("t3.micro").userData(userData)));

        assertThat(account.scalingGroups().describeLaunchTemplateVersion(REGION, world.templateId, 2).userData())
                .contains(userData);
        assertThat(account.scalingGroups().describeLaunchTemplateVersion(REGION, world.templateId, 1).userData())
                .isEmpty();
    }

    @Test
    void systemsManagerNotThereIsItsAbsenceNotAFailedAccount() throws IOException {
        URI nowhere;
        try (ServerSocket socket = new ServerSocket(0)) {
            nowhere = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        AwsTarget target = new AwsTarget(Optional.of("test"), "us-east-1", Map.of(), AwsTestWorld.FAST)
                .withEndpoint(world.peer.endpoint()).withEndpoint(AwsService.SYSTEMS_MANAGER, nowhere);
        try (AwsAccount without = new AwsAccount(target, TestProfiles.write(home, TestProfiles.STATIC,
                TestProfiles.STATIC_CREDENTIALS), MfaPrompt.NONE, TestClocks.fixed(),
                () -> RequestPacer.perSecond(1000), AwsTestWorld.sideReads())) {
            assertThatThrownBy(() -> without.systemsManager().ownDocumentNames(REGION))
                    .isInstanceOfSatisfying(CloudException.class, e -> {
                        assertThat(e.kind()).isEqualTo(CloudException.Kind.SERVICE_UNAVAILABLE_HERE);
                        assertThat(e.unavailableService()).contains(OptionalService.SYSTEMS_MANAGER);
                    });
        }
    }

    private void put(String name, String value) {
        ssm.putParameter(r -> r.name(name).value(value).type(ParameterType.STRING));
    }
}
