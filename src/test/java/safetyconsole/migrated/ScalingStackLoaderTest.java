package safetyconsole.migrated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import safetyconsole.asgdrift.ScalingGroupDrift;
import safetyconsole.asgdrift.TemplateSyncStatus;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackKind;
import safetyconsole.testing.MigratedAccount;
import safetyconsole.testing.TestArns;
import safetyconsole.testing.TestClocks;

class ScalingStackLoaderTest {

    private static final String REGION = MigratedAccount.REGION;
    private static final String PROD = "shop-prod-rails-app-3f2a9c";

    /** Version 2 of the template added sg-mon; i-old runs from version 1 without it, i-new from version 2. */
    private final MigratedAccount account = new MigratedAccount();
    private final ScalingStackLoader loader = new ScalingStackLoader(account, TestClocks.fixed());

    ScalingStackLoaderTest() {
        account.template("lt-1", "web-lt", List.of(List.of("sg-web"), List.of("sg-web", "sg-mon")));
        account.cloudFormationStack(PROD, "UPDATE_COMPLETE", Map.of());
        account.group("web-b", "lt-1", "$Latest", Map.of()).holds(PROD, "web-b")
                .instance("web-b", "i-old", 1, "sg-web").instance("web-b", "i-new", 2, "sg-web", "sg-mon");
        account.group("web-a", "lt-1", "$Latest", Map.of()).holds(PROD, "web-a")
                .instance("web-a", "i-a", 2, "sg-web", "sg-mon");
        account.group("bastion", "lt-1", "1", Map.of()).instance("bastion", "i-bastion", 1, "sg-web");
    }

    private static Stack cloudFormation(String name) {
        return Stack.migrated(StackKind.CLOUDFORMATION, TestArns.cloudFormationStack(REGION, name), name, REGION,
                Map.of(), TestClocks.NOW, Optional.empty());
    }

    @Test
    void aCloudFormationStackIsReadWithItsStatusResourcesAndEachGroupJudged() {
        ScalingStackInventory inventory = loader.load(cloudFormation(PROD));

        assertThat(inventory.cloudFormationStack()).hasValueSatisfying(cfn ->
                assertThat(cfn.status()).isEqualTo("UPDATE_COMPLETE"));
        assertThat(inventory.resources()).hasSize(2);
        assertThat(inventory.groups()).extracting(drift -> drift.group().name()).containsExactly("web-a", "web-b");
        ScalingGroupDrift webB = inventory.group("web-b").orElseThrow();
        assertThat(webB.withStatus(TemplateSyncStatus.MISSING)).singleElement().satisfies(instance -> {
            assertThat(instance.instanceId()).isEqualTo("i-old");
            assertThat(instance.missing()).containsExactly("sg-mon");
        });
        assertThat(inventory.ec2ById()).containsOnlyKeys("i-old", "i-new", "i-a");
        assertThat(inventory.securityGroupNames().name("sg-mon")).as("from i-new, which has it").contains("shop-mon");
        assertThat(inventory.securityGroupNames().name("sg-gone")).isEmpty();
        assertThat(inventory.loadedAt()).isEqualTo(TestClocks.NOW);
        assertThat(inventory.unread()).isEmpty();
    }

    @Test
    void aGroupEveryInstanceLacksIsNamedAsItsVpcNamesItOrStaysItsIdWhenThatCannotBeRead() {
        account.template("lt-1", "web-lt", List.of(List.of("sg-web"), List.of("sg-web", "sg-mon", "sg-audit")));
        account.securityGroup("sg-audit", "shop-audit");

        assertThat(loader.load(cloudFormation(PROD)).securityGroupNames().nameWithId("sg-audit"))
                .isEqualTo("shop-audit (sg-audit)");

        account.failing("describeSecurityGroups vpc-1", new CloudException(CloudException.Kind.THROTTLED, "slow"));
        ScalingStackInventory unnamed = loader.load(cloudFormation(PROD));
        assertThat(unnamed.securityGroupNames().nameWithId("sg-audit")).isEqualTo("sg-audit");
        assertThat(unnamed.securityGroupNames().names(List.of("sg-mon", "sg-audit"))).isEqualTo("shop-mon, sg-audit");
    }

    @Test
    void eachTemplateVersionIsReadOncePerStack() {
        loader.load(cloudFormation(PROD));

        assertThat(account.calls("describeLaunchTemplate")).isEqualTo(1);
        assertThat(account.calls("describeLaunchTemplateVersion")).isEqualTo(1);
        assertThat(account.calls("describeAutoScalingGroup bastion")).isZero();
        assertThat(account.calls("describeAutoScalingGroups")).as("only the stack's groups are read").isZero();
    }

    @Test
    void aLoneGroupIsItsOwnStack() {
        Stack bastion = Stack.migrated(StackKind.AUTO_SCALING_GROUP, TestArns.group(REGION, "bastion"), "bastion",
                REGION, Map.of(), TestClocks.NOW, Optional.empty());

        ScalingStackInventory inventory = loader.load(bastion);

        assertThat(inventory.cloudFormationStack()).isEmpty();
        assertThat(inventory.resources()).isEmpty();
        assertThat(inventory.groups()).singleElement().satisfies(drift -> assertThat(drift.instances())
                .extracting(instance -> instance.status()).containsExactly(TemplateSyncStatus.IN_SYNC));
    }

    @Test
    void aGroupThatCannotBeReadIsNotCheckedAndTheOthersAreRead() {
        account.failing("describeAutoScalingGroup web-a",
                new CloudException(CloudException.Kind.THROTTLED, "Rate exceeded"));
        account.failing("describeCloudFormationStacks", new CloudException(CloudException.Kind.NETWORK, "reset"));

        ScalingStackInventory inventory = loader.load(cloudFormation(PROD));

        assertThat(inventory.groups()).extracting(drift -> drift.group().name()).containsExactly("web-b");
        assertThat(inventory.cloudFormationStack()).isEmpty();
        assertThat(inventory.unread()).extracting(notice -> notice.service(), notice -> notice.item().orElseThrow())
                .containsExactly(
                        tuple(OptionalService.CLOUDFORMATION,
                                "the status of CloudFormation stack " + PROD),
                        tuple(OptionalService.AUTO_SCALING, "Auto Scaling group web-a"));
    }

    @Test
    void aGroupGoneSinceTheStackListedItIsNotCheckedEither() {
        account.holds(PROD, "deleted-meanwhile");

        assertThat(loader.load(cloudFormation(PROD)).unread()).singleElement().satisfies(notice ->
                assertThat(notice.failure().orElseThrow().kind()).isEqualTo(CloudException.Kind.NOT_FOUND));
    }

    @Test
    void aStackWhoseResourcesCannotBeListedFailsAsAWhole() {
        account.failing("describeStackResources " + PROD, CloudException.accessDenied(
                "cloudformation:DescribeStackResources", "denied", null));

        assertThatThrownBy(() -> loader.load(cloudFormation(PROD))).isInstanceOf(CloudException.class);
    }
}
