package safetyconsole.logrotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import safetyconsole.cloud.App;
import safetyconsole.cloud.Stack;

class OpsworksLogrotateTest {

    private static final App SHOP = new App("a", "s", "Shop", "shop", "rails", Map.of(), Map.of());

    @Test
    void withoutCustomJsonItIsTheCookbookDefault() {
        OpsworksLogrotate config = OpsworksLogrotate.of(stack(null), SHOP);

        assertThat(config.render()).isEqualTo(String.join("\n",
                "/srv/www/shop/shared/log/*.log  {",
                "        daily",
                "        missingok",
                "        rotate 30",
                "        compress",
                "        delaycompress",
                "        notifempty",
                "        copytruncate",
                "        sharedscripts",
                "}", ""));
        assertThat(config.fileName()).isEqualTo("/etc/logrotate.d/opsworks_app_shop");
        assertThat(config.problems()).isEmpty();
    }

    @Test
    void rotateAndDateformatComeFromCustomJson() {
        OpsworksLogrotate config = OpsworksLogrotate.of(
                stack("{\"logrotate\": {\"rotate\": 7, \"dateformat\": \"-%Y%m%d\"}, \"other\": 1}"), SHOP);

        assertThat(config.render()).contains("        rotate 7\n")
                .contains("        delaycompress\n        dateext\n        dateformat -%Y%m%d\n        notifempty\n");
        assertThat(config.problems()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}|30",
            "{\"logrotate\": {}}|30",
            "{\"logrotate\": {\"rotate\": \"14\"}}|14",
            "{\"logrotate\": {\"rotate\": 0}}|0",
            "{\"logrotate\": {\"dateformat\": \"\"}}|30",
            "{\"deploy\": {\"shop\": {\"logrotate\": {\"rotate\": 3}}}}|30"})
    void onlyTopLevelLogrotateCounts(String customJson, String rotate) {
        OpsworksLogrotate config = OpsworksLogrotate.of(stack(customJson), SHOP);

        assertThat(config.rotate()).isEqualTo(rotate);
        assertThat(config.render()).doesNotContain("dateext");
        assertThat(config.problems()).isEmpty();
    }

    @Test
    void malformedCustomJsonIsReportedAndTheDefaultsShown() {
        OpsworksLogrotate config = OpsworksLogrotate.of(stack("{\"logrotate\": {\"rotate\": 7,}}"), SHOP);

        assertThat(config.rotate()).isEqualTo("30");
        assertThat(config.problems()).singleElement().asString().contains("not valid JSON", "line 1");
    }

    @Test
    void nonNumericRotateIsRenderedAsOpsworksWouldAndFlagged() {
        OpsworksLogrotate config = OpsworksLogrotate.of(stack("{\"logrotate\": {\"rotate\": \"weekly\"}}"), SHOP);

        assertThat(config.render()).contains("rotate weekly");
        assertThat(config.problems()).singleElement().asString().contains("not a whole number");
    }

    @Test
    void logrotateThatIsNotAnObjectIsReported() {
        OpsworksLogrotate config = OpsworksLogrotate.of(stack("{\"logrotate\": 7}"), SHOP);

        assertThat(config.rotate()).isEqualTo("30");
        assertThat(config.problems()).singleElement().asString().contains("not an object");
    }

    private static Stack stack(String customJson) {
        return new Stack("s", "shop-prod", "us-east-1", Optional.empty(), Map.of(), Optional.empty(), true, customJson,
                Instant.EPOCH);
    }
}
