package safetyconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import safetyconsole.attribution.scaling.Caller;
import safetyconsole.attribution.scaling.ChainHop;
import safetyconsole.attribution.scaling.ChainLink;
import safetyconsole.attribution.scaling.ChainStep;
import safetyconsole.attribution.scaling.GoneInstance;
import safetyconsole.attribution.scaling.ScalingChain;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.migrated.GoneFromGroup;
import safetyconsole.testing.TestClocks;

/** The bar's sentence for a migrated stack: losses and replacements apart, and who the chains name. */
class GroupsGoneTest {

    private static final Instant SEEN = Instant.parse("2026-11-30T19:50:00Z");

    @Test
    void replacementsAreSaidAsSuchNotAsLosses() {
        GoneFromGroup sidekiq = group("sidekiq group of shop-prod", "had 2, now 2",
                gone("i-1", GoneInstance.Fate.REPLACED, ChainStep.STACK_OPERATION, "carol"),
                gone("i-2", GoneInstance.Fate.REPLACED, ChainStep.STACK_OPERATION, "carol"));

        assertThat(new GroupsGone("shop-prod-sidekiq-3f2a9c", List.of(sidekiq)).sentence()).isEqualTo(
                "shop-prod-sidekiq-3f2a9c: sidekiq group of shop-prod had 2, now 2: i-1, i-2 replaced as planned,"
                        + " not a loss, named: carol through CloudFormation (since the console last saw the stack,"
                        + " 2026-11-30 19:50 UTC).");
    }

    @Test
    void lossesAndReplacementsOfOneGroupAreCountedApartAndAChainWithoutAPersonSaysSo() {
        GoneFromGroup rails = group("rails-app group of shop-prod", "had 4, now 2",
                gone("i-1", GoneInstance.Fate.LOST, ChainStep.AUTO_SCALING_CALL, "bob"),
                gone("i-2", GoneInstance.Fate.REPLACED, null, null));
        GoneFromGroup batch = group("nightly-batch", "had 1, now 0", gone("i-3", GoneInstance.Fate.LOST, null, null));

        assertThat(new GroupsGone("shop-prod-rails-app-3f2a9c", List.of(rails, batch)).sentence()).isEqualTo(
                "shop-prod-rails-app-3f2a9c: rails-app group of shop-prod had 4, now 2: i-1 lost; i-2 replaced as"
                        + " planned, not a loss, named: bob through Auto Scaling. nightly-batch had 1, now 0: i-3 lost,"
                        + " no person's call found (since the console last saw the stack, 2026-11-30 19:50 UTC).");
    }

    private static GoneFromGroup group(String label, String change, GoneInstance... instances) {
        return new GoneFromGroup(label + "-asg", label, change, new ScalingChain("us-east-1", label + "-asg",
                Optional.empty(), SEEN, TestClocks.NOW, List.of(instances), List.of(), 1));
    }

    /** @param step the hop whose call names {@code user}, or null for a chain that reached no one */
    private static GoneInstance gone(String id, GoneInstance.Fate fate, ChainStep step, String user) {
        List<ChainHop> hops = step == null ? List.of() : List.of(new ChainHop(step, List.of(new ChainLink(
                new TrailEvent("ev-" + id, SEEN.plusSeconds(60), "autoscaling.amazonaws.com", "SetDesiredCapacity",
                        "us-east-1", "arn:aws:iam::123456789012:user/" + user, user, null, "198.51.100.7", true,
                        List.of(), Map.of()), Caller.PERSON, Duration.ofSeconds(40), List.of(), true,
                Optional.empty()))));
        return new GoneInstance(id, Optional.empty(), Optional.empty(), Optional.empty(), fate, Optional.empty(), hops,
                List.of());
    }
}
