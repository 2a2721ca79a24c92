package safetyconsole.logrotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CommandInvocation;
import safetyconsole.cloud.CommandsOnlySystemsManager;

class LookOutputReaderTest {

    private static final String DIR = "/srv/www/shop/shared/log";
    private static final String DONE = "@@look 1\n@@dir " + DIR + "\n@@dryrun\n@@end\n@@logs\n@@end\n@@done\n";

    private final List<Duration> pauses = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();
    private int asks;

    @Test
    void asksAgainWhileTheCommandIsUnknownOrRunningWithLongerPauses() {
        answers.add(new CloudException(CloudException.Kind.NOT_FOUND, "InvocationDoesNotExist"));
        answers.add(invocation(CommandInvocation.Status.PENDING, ""));
        answers.add(invocation(CommandInvocation.Status.IN_PROGRESS, ""));
        answers.add(invocation(CommandInvocation.Status.SUCCESS, DONE));

        InstanceLogrotateLook look = reader().read("eu-west-1", "cmd-1", "i-1", DIR);

        assertThat(asks).isEqualTo(4);
        assertThat(pauses).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(look.cut()).isFalse();
        assertThat(look.unparsed()).isEmpty();
    }

    @Test
    void stopsAfterItsLastAskAndSaysTheCommandHadNotFinished() {
        InstanceLogrotateLook look = reader().read("eu-west-1", "cmd-1", "i-1", DIR);

        assertThat(asks).isEqualTo(LookOutputReader.MAX_ASKS);
        assertThat(pauses).hasSize(LookOutputReader.MAX_ASKS - 1).allSatisfy(pause ->
                assertThat(pause).isLessThanOrEqualTo(LookOutputReader.LONGEST_PAUSE));
        assertThat(pauses.stream().reduce(Duration.ZERO, Duration::plus)).isLessThan(Duration.ofMinutes(4));
        assertThat(look.unparsed()).first().asString().startsWith("The command had not finished (IN_PROGRESS)");
    }

    @Test
    void aRefusalIsNotWaitedFor() {
        answers.add(new CloudException(CloudException.Kind.ACCESS_DENIED, "ssm:GetCommandInvocation"));

        assertThatThrownBy(() -> reader().read("eu-west-1", "cmd-1", "i-1", DIR))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.ACCESS_DENIED));
        assertThat(asks).isEqualTo(1);
        assertThat(pauses).isEmpty();
    }

    private LookOutputReader reader() {
        return new LookOutputReader(new CommandsOnlySystemsManager() {
            @Override
            public Set<String> managedInstanceIds(String region, Collection<String> instanceIds) {
                throw new AssertionError("not read");
            }

            @Override
            public CommandInvocation commandInvocation(String region, String commandId, String instanceId) {
                asks++;
                Object answer = answers.isEmpty() ? invocation(CommandInvocation.Status.IN_PROGRESS, "")
                        : answers.poll();
                if (answer instanceof CloudException e) {
                    throw e;
                }
                return (CommandInvocation) answer;
            }
        }, pauses::add);
    }

    private static CommandInvocation invocation(CommandInvocation.Status status, String output) {
        return new CommandInvocation("cmd-1", "i-1", status, output, "");
    }
}
