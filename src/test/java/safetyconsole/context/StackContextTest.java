package safetyconsole.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.Stack;

class StackContextTest {

    private static final CallerIdentity CALLER =
            new CallerIdentity("123456789012", "arn:aws:sts::123456789012:assumed-role/Ops/alice", "AROA1:alice");
    private final StackContext context = new StackContext(new EnvironmentClassifier(Map.of()));

    @Test
    void stackColorAttributeColorsTheBanner() {
        BannerModel banner = banner(stack("shop-prod", Map.of("env", "prod"), "rgb(45, 114, 184)"));

        assertThat(banner.background()).isEqualTo(new Rgb(45, 114, 184));
        assertThat(banner.text()).isEqualTo(Rgb.WHITE);
        assertThat(banner.colorProblem()).isEmpty();
    }

    @Test
    void missingColorUsesEnvironmentColorWithoutComplaint() {
        BannerModel banner = banner(stack("shop-staging", Map.of(), null));

        assertThat(banner.background()).isEqualTo(Environment.STAGING.color());
        assertThat(banner.colorProblem()).isEmpty();
    }

    @Test
    void unknownColorUsesEnvironmentColorAndSaysWhy() {
        BannerModel banner = banner(stack("shop-dev", Map.of(), "blurple"));

        assertThat(banner.background()).isEqualTo(Environment.DEVELOPMENT.color());
        assertThat(banner.colorProblem()).hasValueSatisfying(p -> assertThat(p).contains("blurple", "shop-dev"));
    }

    @Test
    void bannerCarriesWordsAccountRegionCallerAndMode() {
        BannerModel banner = banner(stack("shop-prod", Map.of(), null));

        assertThat(banner.environment()).isEqualTo(Environment.PRODUCTION);
        assertThat(banner.stackName()).isEqualTo("shop-prod");
        assertThat(banner.accountText()).isEqualTo("123456789012 (acme)");
        assertThat(banner.region()).isEqualTo("eu-central-1");
        assertThat(banner.callerText()).isEqualTo("assumed-role/Ops/alice");
        assertThat(banner.mode()).isEqualTo(Mode.READ_ONLY);
    }

    @Test
    void productionLikeStacksArePatternedOthersAreNot() {
        assertThat(banner(stack("shop-prod", Map.of(), null)).patterned()).isTrue();
        assertThat(banner(stack("ops-tools", Map.of(), null)).patterned()).isTrue();
        assertThat(banner(stack("shop-dev", Map.of(), null)).patterned()).isFalse();
    }

    @Test
    void windowTitleCarriesEnvironmentAndStack() {
        assertThat(banner(stack("ops-tools", Map.of(), null)).windowTitle())
                .isEqualTo("[UNCLASSIFIED] ops-tools \u2014 OpsWorks Safety Console");
    }

    @Test
    void accountWithoutAliasShowsOnlyTheId() {
        BannerModel banner = context.banner(stack("x-dev", Map.of(), null), CALLER, Optional.empty(), Mode.READ_ONLY);

        assertThat(banner.accountText()).isEqualTo("123456789012");
    }

    private BannerModel banner(Stack stack) {
        return context.banner(stack, CALLER, Optional.of("acme"), Mode.READ_ONLY);
    }

    private static Stack stack(String name, Map<String, String> tags, String color) {
        return new Stack("id-" + name, name, "eu-central-1", Optional.of("vpc-1"), tags,
                Optional.ofNullable(color), true, null, Instant.EPOCH);
    }
}
