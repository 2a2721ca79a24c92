package safetyconsole.logrotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChefRunListsTest {

    private static final String PATH = ChefRunLists.pathOf("shop-prod-rails-app-3f2a9c");

    @Test
    void aLogrotateRecipeInAJsonRunListIsEvidenceWithItsParameter() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(PATH + "/Setup", "{\"RunList\": \"recipe[nginx::default],recipe[logrotate::default]\"}");
        parameters.put(PATH + "/Deploy",
                "{\"Preset\": {\"runList\": [\"recipe[shop::deploy]\", \"shop::logrotate\"]}}");
        parameters.put(PATH + "/Configure", "recipe[shop::configure], role[base]");

        assertThat(ChefRunLists.logrotateRecipes(parameters)).containsExactly(
                new ChefRunLists.LogrotateRecipe(PATH + "/Setup", "recipe[logrotate::default]"),
                new ChefRunLists.LogrotateRecipe(PATH + "/Deploy", "shop::logrotate"));
    }

    @Test
    void runListsWithoutALogrotateRecipeGiveNone() {
        assertThat(ChefRunLists.logrotateRecipes(Map.of(PATH + "/Setup", "{\"RunList\": \"recipe[shop::setup]\"}",
                PATH + "/Deploy", "recipe[deploy::rails],role[logrotate-servers]", PATH + "/Undeploy", "{not json")))
                .isEmpty();
    }

    @Test
    void aPlainRunListIsReadAsWritten() {
        assertThat(ChefRunLists.entries("recipe[a::b], c::d\nrole[e]")).containsExactly("recipe[a::b]", "c::d",
                "role[e]");
        assertThat(ChefRunLists.rotatesLogs("recipe[logrotate@3.0.0]")).isTrue();
    }
}
