package safetyconsole.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.Stack;
import safetyconsole.migrated.AccountStacks;

/**
 * The migrated stacks of every chosen region, through the real SDK on loopback: the account opens in us-east-1,
 * its migrated stack lives in eu-west-1 (moto), and CloudFormation refuses us-west-2 (the peer).
 */
class AwsChosenRegionsTest {

    private static final String DENIED_REGION = "us-west-2";

    @TempDir
    Path home;
    private MigratedStacksWorld world;
    private AwsAccount account;

    @BeforeEach
    void start() {
        world = new MigratedStacksWorld();
        account = world.account(home);
        world.layerStack("shop-prod-rails-app-3f2a9c", "1");
        world.peer.on("DescribeStacks", request -> request.region().equals(DENIED_REGION)
                ? LocalAwsPeer.Reply.queryError(403, "http://cloudformation.amazonaws.com/doc/2010-05-15/",
                        "AccessDenied", "User is not authorized to perform: cloudformation:DescribeStacks")
                : LocalAwsPeer.Reply.forward());
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void eachChosenRegionIsAskedInItsOwnRegionAndARefusedOneIsNotCheckedByName() {
        AccountStacks read = AccountStacks.read(account, List.of("us-east-1", DENIED_REGION,
                MigratedStacksWorld.REGION));

        assertThat(read.stacks()).extracting(Stack::name, Stack::region)
                .contains(tuple("shop-prod-rails-app-3f2a9c", MigratedStacksWorld.REGION));
        assertThat(read.unchecked()).singleElement().satisfies(notice -> {
            assertThat(notice.service()).isEqualTo(OptionalService.CLOUDFORMATION);
            assertThat(notice.item()).hasValueSatisfying(item -> assertThat(item).contains(DENIED_REGION));
        });
        assertThat(world.peer.requests("DescribeAutoScalingGroups")).extracting(LocalAwsPeer.Request::region)
                .containsExactlyInAnyOrder("us-east-1", MigratedStacksWorld.REGION);
    }

    @Test
    void theAccountsOwnRegionAloneHasNoneOfTheOtherRegionsStacks() {
        AccountStacks read = AccountStacks.read(account);

        assertThat(read.regions()).containsExactly("us-east-1");
        assertThat(read.stacks()).extracting(Stack::name).doesNotContain("shop-prod-rails-app-3f2a9c");
    }
}
