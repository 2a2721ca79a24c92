package safetyconsole.migrated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.OpsWorksOrigin;

class OpsWorksNamesTest {

    private static OpsWorksOrigin origin(String stack, String layer, String id6) {
        return new OpsWorksOrigin(stack, Optional.ofNullable(layer), id6, Optional.empty());
    }

    @Test
    void anApplicationTellsStackAndLayerExactlyEvenWhenLayersShareAWord() {
        Map<String, OpsWorksOrigin> origins = OpsWorksNames.origins(
                List.of("shop-prod-rails-app-3f2a9c", "shop-prod-rails-worker-3f2a9c"),
                List.of("app-shop-prod-3f2a9c", "some-other-group"));

        assertThat(origins).containsEntry("shop-prod-rails-app-3f2a9c", new OpsWorksOrigin("shop-prod",
                Optional.of("rails-app"), "3f2a9c", Optional.of("app-shop-prod-3f2a9c")));
        assertThat(origins.get("shop-prod-rails-worker-3f2a9c").layerName()).contains("rails-worker");
    }

    @Test
    void theLongestApplicationNameWinsAndTheId6MustMatch() {
        Map<String, OpsWorksOrigin> origins = OpsWorksNames.origins(List.of("shop-prod-web-3f2a9c"),
                List.of("app-shop-3f2a9c", "app-shop-prod-3f2a9c", "app-shop-prod-7b1e02"));

        assertThat(origins.get("shop-prod-web-3f2a9c").stackName()).isEqualTo("shop-prod");
        assertThat(origins.get("shop-prod-web-3f2a9c").application()).contains("app-shop-prod-3f2a9c");
    }

    @Test
    void withoutAnApplicationTheLayersOfOneId6ShareTheStackNameAsTheirLeadingWords() {
        Map<String, OpsWorksOrigin> origins = OpsWorksNames.origins(List.of("shop-staging-rails-app-7b1e02",
                "shop-staging-db-7b1e02", "shop-prod-rails-app-3f2a9c", "shop-prod-db-3f2a9c"), List.of());

        assertThat(origins).containsEntry("shop-staging-rails-app-7b1e02", origin("shop-staging", "rails-app",
                "7b1e02"));
        assertThat(origins).containsEntry("shop-staging-db-7b1e02", origin("shop-staging", "db", "7b1e02"));
        assertThat(origins).containsEntry("shop-prod-db-3f2a9c", origin("shop-prod", "db", "3f2a9c"));
    }

    @Test
    void aLoneLayerCannotBeToldFromItsStackSoItsWholeNameIsTheStackAndTheLayerIsEmpty() {
        assertThat(OpsWorksNames.origins(List.of("shop-prod-rails-app-3f2a9c"), List.of()))
                .containsExactlyEntriesOf(Map.of("shop-prod-rails-app-3f2a9c",
                        origin("shop-prod-rails-app", null, "3f2a9c")));
    }

    @Test
    void layersSharingNoLeadingWordAreEachTheirOwnStack() {
        assertThat(OpsWorksNames.origins(List.of("web-3f2a9c", "db-3f2a9c"), List.of()))
                .containsEntry("web-3f2a9c", origin("web", null, "3f2a9c"))
                .containsEntry("db-3f2a9c", origin("db", null, "3f2a9c"));
    }

    @Test
    void namesWithoutALowercaseHexId6HaveNoOrigin() {
        assertThat(OpsWorksNames.origins(List.of("shop-staging", "billing-API-3F2A9C", "tools-3f2a9", "x-3f2a9g"),
                List.of("app-shop-staging"))).isEmpty();
        assertThat(OpsWorksNames.mayBeMigrated("shop-prod-db-3f2a9c")).isTrue();
        assertThat(OpsWorksNames.mayBeMigrated("shop-staging")).isFalse();
    }
}
