package safetyconsole.migrated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.OpsWorksOrigin;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackKind;
import safetyconsole.testing.TestClocks;

class LookAlikeStacksTest {

    private static final Stack PROD_RAILS = migrated("shop-prod-rails-app-3f2a9c", "shop-prod", "rails-app");
    private static final Stack PROD_SIDEKIQ = migrated("shop-prod-sidekiq-3f2a9c", "shop-prod", "sidekiq");
    private static final Stack STAGING_RAILS = migrated("shop-staging-rails-app-7b1e02", "shop-staging", "rails-app");

    @Test
    void theSameLayerOfAnotherOpsWorksStackLooksAlike() {
        assertThat(LookAlikeStacks.of(PROD_RAILS, List.of(PROD_RAILS, PROD_SIDEKIQ, STAGING_RAILS)))
                .containsExactly(STAGING_RAILS);
    }

    @Test
    void aStackWithoutAKnownLayerHasNone() {
        Stack batch = Stack.migrated(StackKind.AUTO_SCALING_GROUP, "arn:nightly-batch", "nightly-batch", "us-east-1",
                Map.of(), TestClocks.NOW, Optional.empty());

        assertThat(LookAlikeStacks.of(batch, List.of(batch, PROD_RAILS, STAGING_RAILS))).isEmpty();
        assertThat(LookAlikeStacks.of(PROD_SIDEKIQ, List.of(PROD_RAILS, PROD_SIDEKIQ, STAGING_RAILS))).isEmpty();
    }

    private static Stack migrated(String name, String opsworksStack, String layer) {
        return Stack.migrated(StackKind.CLOUDFORMATION, "arn:" + name, name, "us-east-1", Map.of(), TestClocks.NOW,
                Optional.of(new OpsWorksOrigin(opsworksStack, Optional.of(layer), name.substring(name.length() - 6),
                        Optional.empty())));
    }
}
