package safetyconsole.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.Stack;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.logrotate.InstanceLogrotateLook;
import safetyconsole.logrotate.LookOutputReader;
import safetyconsole.migrated.AccountStacks;
import safetyconsole.migrated.ScalingStackInventory;
import safetyconsole.migrated.ScalingStackLoader;

/** The look on the demo's instances, through the guard and the demo's own rules, then read as the window reads it. */
class LookOnDemoInstanceTest {

    private static final String PROD = "shop-prod-rails-app-3f2a9c";
    private static final String STAGING = "shop-staging-rails-app-7b1e02";
    private static final String LOGS = "/srv/www/shop/shared/log";

    @TempDir
    Path dir;
    private GuardFixture f;

    @BeforeEach
    void setUp() {
        f = new GuardFixture(dir);
    }

    @Test
    void shopProdsNewestInstanceHasTheLogrotateFileItsUserDataWrites() {
        InstanceLogrotateLook look = lookOn(PROD, "3");

        assertThat(look.filesNamingTheLog()).extracting(InstanceLogrotateLook.LogrotateFile::path)
                .containsExactly("/etc/logrotate.d/shop");
        assertThat(look.opsworksFile("shop")).isEmpty();
        assertThat(look.logFiles()).extracting(InstanceLogrotateLook.LogFile::path)
                .contains(LOGS + "/production.log", LOGS + "/production.log.20261130");
        assertThat(look.unparsed()).isEmpty();
        assertThat(look.cut()).isFalse();
    }

    @Test
    void shopProdsInstancesFromTheOlderImageStillHaveOpsWorksFile() {
        InstanceLogrotateLook look = lookOn(PROD, "2");

        assertThat(look.opsworksFile("shop")).hasValueSatisfying(file -> assertThat(file.namesLogDirectory())
                .isTrue());
        assertThat(look.filesNamingTheLog()).hasSize(2);
        assertThat(look.dryRunErrors()).singleElement().asString().contains("duplicate log entry");
    }

    @Test
    void shopStagingRotatesNothing() {
        InstanceLogrotateLook look = lookOn(STAGING, null);

        assertThat(look.files()).isEmpty();
        assertThat(look.logFiles()).singleElement().satisfies(file -> assertThat(file.sizeBytes())
                .isGreaterThan(1L << 30));
    }

    /** Armed when production, planned, typed, carried out, then read without pauses. */
    private InstanceLogrotateLook lookOn(String stackName, String launchedFromVersion) {
        Stack stack = AccountStacks.read(f.account).stacks().stream().filter(s -> s.name().equals(stackName))
                .findFirst().orElseThrow();
        ScalingStackInventory inventory = new ScalingStackLoader(f.account, f.clock).load(stack);
        String region = stack.region();
        String instanceId = inventory.groups().get(0).group().instances().stream()
                .map(member -> member.instanceId())
                .filter(id -> launchedFromVersion == null || f.account.scalingGroups()
                        .describeTaggedEc2Instances(region, List.of(id)).get(0).tags()
                        .get(TaggedEc2Instance.LAUNCH_TEMPLATE_VERSION_TAG).equals(launchedFromVersion))
                .findFirst().orElseThrow();
        var classification = f.classifier.classify(stack);
        if (classification.environment().productionLike()) {
            f.arming.arm(stack, "Who rotates Shop's log?");
        }
        Plan plan = f.planner.lookOnInstance(inventory, classification, instanceId, LOGS);
        ExecutionReport report = f.guard.execute(plan, stackName);
        assertThat(report.status()).isEqualTo(ExecutionReport.Status.DONE);
        return new LookOutputReader(f.account.systemsManager(), duration -> { })
                .read(region, report.outcomes().get(0).requestId(), instanceId, LOGS);
    }
}
