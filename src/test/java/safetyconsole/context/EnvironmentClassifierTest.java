package safetyconsole.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackKind;

class EnvironmentClassifierTest {

    private final EnvironmentClassifier plain = new EnvironmentClassifier(Map.of());

    @ParameterizedTest
    @CsvSource({
            "Environment, production, PRODUCTION",
            "env, PROD, PRODUCTION",
            "Stage, staging, STAGING",
            "stage, uat, STAGING",
            "ENV, pre-prod, STAGING",
            "tier, qa, TEST",
            "env, dev, DEVELOPMENT",
            "Environment, Sandbox, DEVELOPMENT"})
    void tagDecidesEnvironment(String key, String value, Environment expected) {
        Classification result = plain.classify(stack("anything", Map.of(key, value)));

        assertThat(result.environment()).isEqualTo(expected);
        assertThat(result.source()).isEqualTo(Classification.Source.TAG);
        assertThat(result.reason()).contains(key + "=" + value);
    }

    @ParameterizedTest
    @CsvSource({
            "shop-prod, PRODUCTION",
            "shop-prod-v2, PRODUCTION",
            "shop_prd, PRODUCTION",
            "shop.prod2, PRODUCTION",
            "shop-staging, STAGING",
            "shop-uat, STAGING",
            "shop-qa, TEST",
            "Shop Dev, DEVELOPMENT",
            "shop-pre-prod, PRODUCTION"})
    void nameWordDecidesWhenNoTag(String name, Environment expected) {
        Classification result = plain.classify(stack(name, Map.of()));

        assertThat(result.environment()).isEqualTo(expected);
        assertThat(result.source()).isEqualTo(Classification.Source.NAME);
    }

    @Test
    void aMigratedStackIsOverriddenByItsCloudFormationArnFirstThenByItsName() {
        String arn = "arn:aws:cloudformation:us-east-1:123456789012:stack/shop-prod-rails-app-3f2a9c/6f1c3a20";
        Stack migrated = Stack.migrated(StackKind.CLOUDFORMATION, arn, "shop-prod-rails-app-3f2a9c", "us-east-1",
                Map.of("env", "production"), Instant.EPOCH, Optional.empty());

        Classification byArn = new EnvironmentClassifier(Map.of(arn, Environment.TEST,
                "shop-prod-rails-app-3f2a9c", Environment.STAGING)).classify(migrated);
        Classification byName = new EnvironmentClassifier(Map.of("shop-prod-rails-app-3f2a9c", Environment.STAGING))
                .classify(migrated);

        assertThat(byArn.environment()).isEqualTo(Environment.TEST);
        assertThat(byArn.reason()).contains(arn);
        assertThat(byName.environment()).isEqualTo(Environment.STAGING);
        assertThat(byName.source()).isEqualTo(Classification.Source.OVERRIDE);
        assertThat(plain.classify(migrated).environment()).isEqualTo(Environment.PRODUCTION);
    }

    @Test
    void wordsInsideOtherWordsDoNotCount() {
        assertThat(plain.classify(stack("product-catalog", Map.of())).environment())
                .isEqualTo(Environment.UNCLASSIFIED);
        assertThat(plain.classify(stack("devops-tools", Map.of())).environment())
                .isEqualTo(Environment.UNCLASSIFIED);
    }

    @Test
    void tagBeatsName() {
        Classification result = plain.classify(stack("shop-prod", Map.of("env", "dev")));

        assertThat(result.environment()).isEqualTo(Environment.DEVELOPMENT);
    }

    @Test
    void overrideByIdBeatsOverrideByNameBeatsTag() {
        Stack stack = stack("shop-prod", Map.of("env", "production"));
        EnvironmentClassifier byName = new EnvironmentClassifier(Map.of("shop-prod", Environment.STAGING));
        EnvironmentClassifier both = new EnvironmentClassifier(
                Map.of("shop-prod", Environment.STAGING, stack.id(), Environment.TEST));

        assertThat(byName.classify(stack).environment()).isEqualTo(Environment.STAGING);
        assertThat(byName.classify(stack).source()).isEqualTo(Classification.Source.OVERRIDE);
        assertThat(both.classify(stack).environment()).isEqualTo(Environment.TEST);
    }

    @Test
    void overrideNameMatchIsExact() {
        EnvironmentClassifier classifier = new EnvironmentClassifier(Map.of("Shop-Prod", Environment.DEVELOPMENT));

        assertThat(classifier.classify(stack("shop-prod", Map.of())).environment())
                .isEqualTo(Environment.PRODUCTION);
    }

    @Test
    void disagreeingTagsTakeTheMoreProtectiveReading() {
        Classification result = plain.classify(stack("x", Map.of("env", "dev", "Environment", "production")));

        assertThat(result.environment()).isEqualTo(Environment.PRODUCTION);
    }

    @Test
    void noTagAndNoWordIsUnclassifiedAndProductionLike() {
        Classification result = plain.classify(stack("ops-tools", Map.of("Team", "platform")));

        assertThat(result.environment()).isEqualTo(Environment.UNCLASSIFIED);
        assertThat(result.source()).isEqualTo(Classification.Source.NONE);
        assertThat(result.environment().productionLike()).isTrue();
    }

    @Test
    void unknownTagValueFallsBackToNameAndIsNamedWhenNothingElseMatches() {
        assertThat(plain.classify(stack("shop-dev", Map.of("env", "blue"))).environment())
                .isEqualTo(Environment.DEVELOPMENT);

        Classification unknown = plain.classify(stack("ops-tools", Map.of("env", "blue")));
        assertThat(unknown.environment()).isEqualTo(Environment.UNCLASSIFIED);
        assertThat(unknown.reason()).contains("env=blue");
    }

    @Test
    void onlyProductionAndUnclassifiedAreProductionLike() {
        assertThat(Environment.values()).filteredOn(Environment::productionLike)
                .containsExactlyInAnyOrder(Environment.PRODUCTION, Environment.UNCLASSIFIED);
    }

    static Stack stack(String name, Map<String, String> tags) {
        return new Stack("id-" + name, name, "us-east-1", Optional.of("vpc-1"), tags, Optional.empty(), true, null,
                Instant.EPOCH);
    }
}
