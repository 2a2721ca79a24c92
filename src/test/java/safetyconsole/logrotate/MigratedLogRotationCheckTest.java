package safetyconsole.logrotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import safetyconsole.cloud.App;
import safetyconsole.cloud.OpsWorksOrigin;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.StackKind;

class MigratedLogRotationCheckTest {

    private static final Stack STACK = Stack.migrated(StackKind.CLOUDFORMATION, "arn:stack",
            "shop-prod-rails-app-3f2a9c",
            "us-east-1", Map.of(), Instant.EPOCH, Optional.of(new OpsWorksOrigin("shop-prod", Optional.of("rails-app"),
                    "3f2a9c", Optional.empty())));
    private static final App SHOP = new App("app-1", "stack-1", "Shop", "shop", "rails",
            Map.of("RAILS_ENV", "production"), Map.of());
    private static final String DAILY = "Rails.application.configure do\n"
            + "  config.logger = ActiveSupport::Logger.new(Rails.root.join(\"log\", \"production.log\"), \"daily\")\n"
            + "end\n";
    private static final String NO_ROTATION = "Rails.application.configure do\n  config.log_level = :info\nend\n";

    private static OsRotationSources stanza(String patterns) {
        WrittenFile file = new WrittenFile("/etc/logrotate.d/shop", patterns + " {\n daily\n}\n", "user data of lt v3");
        return new OsRotationSources(LogrotateStanzas.parse(file.content()).stream()
                .map(s -> new OsRotationSources.Found(OsRotator.Kind.USER_DATA, file, s)).toList(), List.of(),
                List.of(), List.of());
    }

    private static OsRotationSources nothing(String... notRead) {
        return new OsRotationSources(List.of(), List.of(), List.of(), List.of(notRead));
    }

    private static Optional<RailsSource> code(String production, String puma) {
        return Optional.of(RailsSource.of("checkout", puma == null
                ? Map.of("config/environments/production.rb", production)
                : Map.of("config/environments/production.rb", production, "config/puma.rb", puma)));
    }

    private static MigratedLogCheck check(OsRotationSources os, Optional<RailsSource> code) {
        return MigratedLogRotationCheck.check(STACK, SHOP, os, code, Optional.empty());
    }

    @Test
    void rubyAndACoveringStanzaRotateTwice() {
        MigratedLogCheck check = check(stanza("/srv/www/shop/shared/log/*.log"), code(DAILY, null));

        assertThat(check.verdict()).isEqualTo(MigratedLogCheck.Verdict.DOUBLE);
        assertThat(check.osRotators()).extracting(OsRotator::words).containsExactly(
                "user data of lt v3, /etc/logrotate.d/shop line 1: /srv/www/shop/shared/log/*.log {");
        assertThat(check.recommendedFix()).contains("# replace:", "# with:", "\"production.log\"))");
        assertThat(check.otherFix()).contains("/etc/logrotate.d/shop line 1");
        assertThat(check.summary()).isEqualTo("Shop rotates /srv/www/shop/shared/log/production.log twice: in Ruby"
                + " and with logrotate outside the app.");
    }

    @Test
    void aStanzaForAnotherAppDoesNotCoverThisOne() {
        assertThat(check(stanza("/srv/www/admin/shared/log/*.log"), code(DAILY, null)).verdict())
                .isEqualTo(MigratedLogCheck.Verdict.CLEAN);
    }

    @Test
    void neitherRotatingIsNoneWithALogrotateFileToCopy() {
        MigratedLogCheck check = check(nothing(), code(NO_ROTATION, null));

        assertThat(check.verdict()).isEqualTo(MigratedLogCheck.Verdict.NONE);
        assertThat(check.recommendedFix()).contains("cat > /etc/logrotate.d/shop <<'EOF'",
                "/srv/www/shop/shared/log/*.log {", "copytruncate");
        assertThat(check.otherFix()).contains("ActiveSupport::Logger.new(config.paths[\"log\"].first, \"daily\")");
    }

    @Test
    void rubyRotatingInSeveralWorkersIsMultiProcess() {
        MigratedLogCheck check = check(nothing(), code(DAILY, "workers 4\n"));

        assertThat(check.verdict()).isEqualTo(MigratedLogCheck.Verdict.MULTI_PROCESS);
        assertThat(check.recommendedFix()).contains("# replace:", "cat > /etc/logrotate.d/shop");
        assertThat(check.otherFix()).contains("config/puma.rb line 1: workers 4");
    }

    @Test
    void aRunListRecipeCountsAsRotationOutsideTheApp() {
        OsRotationSources recipe = new OsRotationSources(List.of(), List.of(new OsRotator(OsRotator.Kind.RUN_LIST,
                "Chef run list /ApplyChefRecipes-Preset/x/Setup", "recipe[logrotate::default]")), List.of(), List.of());

        assertThat(check(recipe, code(DAILY, null)).verdict()).isEqualTo(MigratedLogCheck.Verdict.DOUBLE);
        assertThat(check(recipe, code(NO_ROTATION, null)).verdict()).isEqualTo(MigratedLogCheck.Verdict.CLEAN);
    }

    @Test
    void whatCouldNotBeReadMakesItNotCheckedOnlyWhenItCouldChangeTheVerdict() {
        MigratedLogCheck unlinked = check(nothing(), Optional.empty());
        assertThat(unlinked.verdict()).isEqualTo(MigratedLogCheck.Verdict.NOT_CHECKED);
        assertThat(unlinked.notChecked()).anySatisfy(reason -> assertThat(reason).contains("No Rails code is linked"));

        MigratedLogCheck unreadable = check(nothing("The user data of lt v3 is unreadable: it is not base64."),
                code(DAILY, null));
        assertThat(unreadable.verdict()).isEqualTo(MigratedLogCheck.Verdict.NOT_CHECKED);
        assertThat(unreadable.summary()).contains("is unreadable: it is not base64.");

        OsRotationSources coveredButPartlyUnread = new OsRotationSources(stanza("/srv/www/*/shared/log/*.log")
                .stanzas(), List.of(), List.of(), List.of("The SSM documents could not be listed."));
        assertThat(check(coveredButPartlyUnread, code(DAILY, null)).verdict())
                .isEqualTo(MigratedLogCheck.Verdict.DOUBLE);
    }

    @Test
    void theLookOnAnInstanceFindsTheOldOpsWorksFileLeftBehind() {
        InstanceLogrotateLook look = new InstanceLogrotateLook("i-0abc", "cmd-1", "/srv/www/shop/shared/log", true,
                List.of(new InstanceLogrotateLook.LogrotateFile("/etc/logrotate.d/opsworks_app_shop",
                        "/srv/www/shop/shared/log/*.log {\n}\n", true, true)), List.of(), List.of(), Optional.empty(),
                List.of());

        MigratedLogCheck check = MigratedLogRotationCheck.check(STACK, SHOP, nothing("The user data is unreadable."),
                code(NO_ROTATION, null), Optional.of(look));

        assertThat(check.verdict()).isEqualTo(MigratedLogCheck.Verdict.CLEAN);
        assertThat(check.osRotators()).extracting(OsRotator::words).containsExactly("on instance i-0abc (look cmd-1):"
                + " /etc/logrotate.d/opsworks_app_shop, the old OpsWorks file, left behind");
    }
}
