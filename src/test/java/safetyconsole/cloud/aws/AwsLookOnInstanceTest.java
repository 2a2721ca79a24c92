package safetyconsole.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static safetyconsole.cloud.aws.MigratedStacksWorld.confirmation;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CommandInvocation;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.UnconfirmedMutationException;
import safetyconsole.logrotate.InstanceLogrotateLook;
import safetyconsole.logrotate.LookOutputReader;
import safetyconsole.logrotate.LookScript;

/**
 * The look on one instance through the real SDK on loopback: SendCommand reaches Systems Manager only with a
 * confirmation for the stack the instance's group belongs to, the script goes as {@code AWS-RunShellScript}'s
 * commands, and the output (the peer's, since moto's is always empty) comes back through GetCommandInvocation,
 * whole or cut at 24,000 characters. moto plays EC2, Auto Scaling and CloudFormation.
 */
class AwsLookOnInstanceTest {

    private static final String REGION = MigratedStacksWorld.REGION;
    private static final String LOGS = "/srv/www/shop/shared/log";
    private static final String OUTPUT = String.join("\n", "@@look 1", "@@dir " + LOGS,
            "@@file yes /etc/logrotate.d/shop", "|" + LOGS + "/*.log {", "|  daily", "|}", "@@end",
            "@@dryrun", "|rotating pattern: " + LOGS + "/*.log  after 1 days (14 rotations)", "@@end",
            "@@logs", "|1024 1796100000 " + LOGS + "/production.log", "@@end", "@@done", "");

    @TempDir
    Path home;
    private MigratedStacksWorld world;
    private AwsAccount account;
    private final LocalSystemsManagerCommands commands = new LocalSystemsManagerCommands();
    private MigratedStacksWorld.MigratedStack prod;
    private MigratedStacksWorld.MigratedStack staging;
    private String instance;

    @BeforeEach
    void start() {
        world = new MigratedStacksWorld();
        commands.serveOn(world.peer);
        account = world.account(home);
        prod = world.layerStack("shop-prod-rails-app-3f2a9c", "1");
        staging = world.layerStack("shop-staging-rails-app-7b1e02", "1");
        instance = world.instancesOf(prod.groupName()).get(0);
        commands.manage(instance);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void theScriptRunsAsRunShellScriptAndItsOutputIsReadBack() {
        commands.answer(instance, OUTPUT);
        String script = LookScript.forLogDirectory(LOGS);

        MutationResult result = account.sendRunShellScript(REGION, instance, script,
                confirmation(prod.stackId(), Operation.SEND_RUN_SHELL_SCRIPT, instance));

        assertThat(commands.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.instanceId()).isEqualTo(instance);
            assertThat(sent.documentName()).isEqualTo("AWS-RunShellScript");
            assertThat(String.join("\n", sent.commands()) + "\n").isEqualTo(script);
        });
        assertThat(world.peer.requests("SendCommand")).singleElement().satisfies(request -> assertThat(
                request.body().path("Parameters").path("executionTimeout").get(0).asText()).isEqualTo("120"));
        InstanceLogrotateLook look = new LookOutputReader(account.systemsManager(), duration -> { })
                .read(REGION, result.requestId(), instance, LOGS);
        assertThat(look.commandId()).isEqualTo(result.requestId());
        assertThat(look.filesNamingTheLog()).singleElement().satisfies(file ->
                assertThat(file.path()).isEqualTo("/etc/logrotate.d/shop"));
        assertThat(look.logFiles()).hasSize(1);
        assertThat(look.unparsed()).isEmpty();
        assertThat(world.peer.requests("GetCommandInvocation")).as("in progress, then done").hasSize(2);
    }

    @Test
    void outputCutAtTheServicesLimitIsMarkedIncomplete() {
        String line = "|" + "x".repeat(99) + "\n";
        commands.answer(instance, "@@look 1\n@@dir " + LOGS + "\n@@file yes /etc/logrotate.d/huge\n"
                + line.repeat(CommandInvocation.MAX_OUTPUT / line.length() + 10));
        MutationResult result = account.sendRunShellScript(REGION, instance, LookScript.forLogDirectory(LOGS),
                confirmation(prod.stackId(), Operation.SEND_RUN_SHELL_SCRIPT, instance));

        CommandInvocation done = account.systemsManager().commandInvocation(REGION, result.requestId(), instance);
        done = done.finished() ? done
                : account.systemsManager().commandInvocation(REGION, result.requestId(), instance);

        assertThat(done.standardOutput()).hasSize(CommandInvocation.MAX_OUTPUT);
        InstanceLogrotateLook look = new LookOutputReader(account.systemsManager(), duration -> { })
                .read(REGION, result.requestId(), instance, LOGS);
        assertThat(look.cutIn()).contains(InstanceLogrotateLook.Section.FILES);
        assertThat(look.files()).singleElement().satisfies(file -> assertThat(file.complete()).isFalse());
    }

    @Test
    void shopStagingsConfirmationSendsNothingToShopProd() {
        assertThatThrownBy(() -> account.sendRunShellScript(REGION, instance, LookScript.forLogDirectory(LOGS),
                confirmation(staging.stackId(), Operation.SEND_RUN_SHELL_SCRIPT, instance)))
                .isInstanceOf(UnconfirmedMutationException.class).hasMessageContaining(prod.stackId());

        assertThat(world.peer.requests("SendCommand")).isEmpty();
    }

    @Test
    void aCommandSystemsManagerDoesNotKnowYetIsNotFound() {
        assertThatThrownBy(() -> account.systemsManager().commandInvocation(REGION, "not-sent", instance))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.NOT_FOUND));
    }

    @Test
    void onlyInstancesWhoseAgentAnswersAreManaged() {
        List<String> all = world.instancesOf(prod.groupName());

        assertThat(account.systemsManager().managedInstanceIds(REGION, all)).containsExactly(instance);
        assertThat(world.peer.requests("DescribeInstanceInformation")).singleElement().satisfies(request ->
                assertThat(request.body().path("Filters").get(0).path("Values")).hasSize(all.size()));
    }
}
