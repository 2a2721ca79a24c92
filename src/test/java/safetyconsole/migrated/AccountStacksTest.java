package safetyconsole.migrated;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.AutoScalingGroup;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.OpsWorksOrigin;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.ServiceNotice;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackKind;
import safetyconsole.testing.MigratedAccount;
import safetyconsole.testing.TestArns;
import safetyconsole.wording.FailureSentences;

class AccountStacksTest {

    private static final String REGION = MigratedAccount.REGION;
    private static final CloudException THROTTLED = new CloudException(CloudException.Kind.THROTTLED, "Rate exceeded");

    /** shop-prod (two layers, an application) and shop-staging (one layer), migrated; tools and a lone group. */
    private final MigratedAccount account = new MigratedAccount();

    AccountStacksTest() {
        account.template("lt-1", "web-lt", List.of(List.of("sg-web")));
        account.cloudFormationStack("shop-staging-rails-app-7b1e02", Map.of());
        account.group("staging-asg", "lt-1", "$Latest", Map.of("env", "staging")).holds(
                "shop-staging-rails-app-7b1e02", "staging-asg");
        account.cloudFormationStack("shop-prod-rails-app-3f2a9c", Map.of("team", "shop"));
        account.group("prod-web-asg", "lt-1", "1", Map.of("env", "production", "team", "web",
                "aws:cloudformation:logical-id", "ApplicationAsg")).holds("shop-prod-rails-app-3f2a9c", "prod-web-asg");
        account.cloudFormationStack("shop-prod-db-3f2a9c", Map.of());
        account.group("prod-db-asg", "lt-1", "1", Map.of()).holds("shop-prod-db-3f2a9c", "prod-db-asg");
        account.application("app-shop-prod-3f2a9c");
        account.cloudFormationStack("tools", Map.of());
        account.group("tools-asg", "lt-1", "1", Map.of()).holds("tools", "tools-asg");
        account.cloudFormationStack("network-3f2a9c", Map.of());
        account.cloudFormationStack("gone-db-3f2a9c", "DELETE_COMPLETE", Map.of());
        account.group("bastion", "lt-1", "1", Map.of("Environment", "dev"));
    }

    private static List<String> names(AccountStacks read) {
        return read.stacks().stream().map(Stack::name).toList();
    }

    private static Stack named(AccountStacks read, String name) {
        return read.stacks().stream().filter(stack -> stack.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void migratedStacksComeByOldStackAndLayerThenTheOthersByNameAndStacksWithoutAGroupAreLeftOut() {
        AccountStacks read = AccountStacks.read(account);

        assertThat(names(read)).containsExactly("shop-prod-db-3f2a9c", "shop-prod-rails-app-3f2a9c",
                "shop-staging-rails-app-7b1e02", "bastion", "tools");
        assertThat(read.notices()).isEmpty();
    }

    @Test
    void aCloudFormationStackIsItsArnAndNameWithTheOriginItsNamesRecover() {
        Stack prod = named(AccountStacks.read(account), "shop-prod-rails-app-3f2a9c");

        assertThat(prod.kind()).isEqualTo(StackKind.CLOUDFORMATION);
        assertThat(prod.id()).isEqualTo(TestArns.cloudFormationStack(REGION, "shop-prod-rails-app-3f2a9c"));
        assertThat(prod.region()).isEqualTo(REGION);
        assertThat(prod.migratedFrom()).contains(new OpsWorksOrigin("shop-prod", Optional.of("rails-app"), "3f2a9c",
                Optional.of("app-shop-prod-3f2a9c")));
        Stack staging = named(AccountStacks.read(account), "shop-staging-rails-app-7b1e02");
        assertThat(staging.migratedFrom().map(OpsWorksOrigin::stackName)).contains("shop-staging-rails-app");
        assertThat(staging.migratedFrom().flatMap(OpsWorksOrigin::layerName)).isEmpty();
        assertThat(named(AccountStacks.read(account), "tools").migratedFrom()).isEmpty();
    }

    @Test
    void aGroupNoStackHoldsIsAStackOfItsOwnNamedByItsArn() {
        Stack bastion = named(AccountStacks.read(account), "bastion");

        assertThat(bastion.kind()).isEqualTo(StackKind.AUTO_SCALING_GROUP);
        assertThat(bastion.id()).isEqualTo(TestArns.group(REGION, "bastion"));
        assertThat(bastion.tags()).containsExactly(Map.entry("Environment", "dev"));
    }

    @Test
    void theStacksTagsWinOverItsGroupsAndAwsKeysAreLeftOut() {
        assertThat(named(AccountStacks.read(account), "shop-prod-rails-app-3f2a9c").tags())
                .containsExactlyInAnyOrderEntriesOf(Map.of("team", "shop", "env", "production"));
    }

    @Test
    void aTagKeyTheGroupsOfOneStackDisagreeOnIsLeftOut() {
        account.group("prod-web-asg-2", "lt-1", "1", Map.of("env", "staging", "role", "web"))
                .holds("shop-prod-rails-app-3f2a9c", "prod-web-asg-2");

        assertThat(named(AccountStacks.read(account), "shop-prod-rails-app-3f2a9c").tags())
                .containsExactlyInAnyOrderEntriesOf(Map.of("team", "shop", "role", "web"));
    }

    @Test
    void aGroupTaggedWithItsStackNeedsNoResourceReadAndIsNotAlone() {
        MigratedAccount tagged = new MigratedAccount();
        tagged.template("lt-1", "web-lt", List.of(List.of("sg-web")));
        tagged.cloudFormationStack("shop-prod-web-3f2a9c", Map.of());
        tagged.group("web-asg", "lt-1", "1", Map.of(AutoScalingGroup.CLOUDFORMATION_STACK_NAME_TAG,
                "shop-prod-web-3f2a9c"));
        tagged.cloudFormationStack("unrelated", Map.of());

        AccountStacks read = AccountStacks.read(tagged);

        assertThat(names(read)).containsExactly("shop-prod-web-3f2a9c");
        assertThat(tagged.calls("describeStackResources shop-prod-web-3f2a9c")
                + tagged.calls("describeStackResources unrelated")).isZero();
    }

    @Test
    void withoutResourceGroupsTheNamesGroupTheLayersWithACalmNotice() {
        account.failing("listResourceGroupNames", CloudException.unavailableHere(OptionalService.RESOURCE_GROUPS,
                "resource-groups:ListGroups: HTTP 404", null));

        AccountStacks read = AccountStacks.read(account);

        assertThat(named(read, "shop-prod-rails-app-3f2a9c").migratedFrom()).contains(new OpsWorksOrigin(
                "shop-prod", Optional.of("rails-app"), "3f2a9c", Optional.empty()));
        assertThat(read.notices()).containsExactly(ServiceNotice.notOffered(OptionalService.RESOURCE_GROUPS));
        assertThat(read.unchecked()).isEmpty();
        assertThat(FailureSentences.notice(read.notices().get(0), "refresh")).isEqualTo(
                "Resource Groups is not available in this account; migrated stacks are grouped by their names");
    }

    @Test
    void resourceGroupsRefusedIsInformationToo() {
        account.failing("listResourceGroupNames", CloudException.accessDenied("resource-groups:ListGroups",
                "denied", null));

        AccountStacks read = AccountStacks.read(account);

        assertThat(read.stacks()).hasSize(5);
        assertThat(read.unchecked()).isEmpty();
        assertThat(FailureSentences.notice(read.notices().get(0), "refresh")).isEqualTo("Resource Groups could not"
                + " be read, so migrated stacks are grouped by their names: AWS refused resource-groups:ListGroups:"
                + " your credentials lack that permission; ask for it, or use another profile");
    }

    @Test
    void cloudFormationOrAutoScalingUnreadableLeavesTheMigratedStacksNotCheckedNotAFailedConnection() {
        account.failing("describeAutoScalingGroups", THROTTLED);

        AccountStacks read = AccountStacks.read(account);

        assertThat(read.stacks()).isEmpty();
        assertThat(read.unchecked()).singleElement().satisfies(notice -> {
            assertThat(notice.service()).isEqualTo(OptionalService.AUTO_SCALING);
            assertThat(FailureSentences.notice(notice, "run the check again")).isEqualTo("Auto Scaling could not"
                    + " be read, so migrated stacks are NOT CHECKED: AWS is throttling requests right now; wait a"
                    + " moment, then run the check again");
        });

        account.failing("describeCloudFormationStacks", THROTTLED);
        assertThat(AccountStacks.read(account).unchecked()).extracting(ServiceNotice::service)
                .containsExactly(OptionalService.CLOUDFORMATION);
    }

    @Test
    void eachChosenRegionIsReadOnItsOwnAndOneThatFailsIsNotCheckedByName() {
        account.failing("describeCloudFormationStacks eu-west-1", THROTTLED);

        AccountStacks read = AccountStacks.read(account, List.of(REGION, "eu-west-1", "ap-south-1"));

        assertThat(read.regions()).containsExactly(REGION, "eu-west-1", "ap-south-1");
        assertThat(names(read)).contains("shop-prod-rails-app-3f2a9c", "bastion");
        assertThat(read.unchecked()).singleElement().satisfies(notice -> {
            assertThat(notice.service()).isEqualTo(OptionalService.CLOUDFORMATION);
            assertThat(FailureSentences.notice(notice, "run the check again")).isEqualTo("NOT CHECKED: the migrated"
                    + " stacks in eu-west-1 (CloudFormation could not be read there) \u2014 AWS is throttling"
                    + " requests right now; wait a moment, then run the check again");
        });
    }

    @Test
    void withoutChosenRegionsTheEndpointRegionIsRead() {
        AccountStacks read = AccountStacks.read(account, List.of());

        assertThat(read.regions()).containsExactly(account.endpointRegion());
        assertThat(names(read)).contains("bastion");
    }

    @Test
    void oneStackWhoseResourcesCannotBeReadIsNotCheckedAndTheOthersAreListed() {
        account.failing("describeStackResources tools", THROTTLED);

        AccountStacks read = AccountStacks.read(account);

        assertThat(names(read)).contains("shop-prod-rails-app-3f2a9c", "bastion", "tools-asg")
                .doesNotContain("tools");
        assertThat(read.unchecked()).singleElement().satisfies(notice -> assertThat(notice.item())
                .hasValueSatisfying(item -> assertThat(item).contains("CloudFormation stack tools")));
    }

    @Test
    void opsWorksStacksComeFirstAsOpsWorksListsThem() {
        Stack opsWorks = new Stack("ow-1", "zz-legacy", REGION, Optional.empty(), Map.of(), Optional.empty(), false,
                "", Instant.EPOCH);
        MigratedAccount both = new MigratedAccount() {
            @Override
            public List<Stack> describeStacks() {
                return List.of(opsWorks);
            }
        };
        both.template("lt-1", "web-lt", List.of(List.of("sg-web")));
        both.group("alpha", "lt-1", "1", Map.of());

        assertThat(names(AccountStacks.read(both))).containsExactly("zz-legacy", "alpha");
    }

    @Test
    void opsWorksAbsentIsACalmNotice() {
        MigratedAccount withoutOpsWorks = new MigratedAccount() {
            @Override
            public List<Stack> describeStacks() {
                throw CloudException.unavailableHere(OptionalService.OPSWORKS_STACKS, "HTTP 500", null);
            }
        };

        AccountStacks read = AccountStacks.read(withoutOpsWorks);

        assertThat(read.notices()).containsExactly(ServiceNotice.notOffered(OptionalService.OPSWORKS_STACKS));
        assertThat(read.unchecked()).isEmpty();
    }
}
