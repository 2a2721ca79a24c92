package safetyconsole.cloud.demo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import safetyconsole.cloud.LaunchTemplate;

/**
 * Where the demo's migrated stacks rotate Shop's log (issue 20): shop-prod's team rebuilt OpsWorks' logrotate file
 * in its templates' user data, while production.rb still rotates daily (DOUBLE); shop-staging's user data, a MIME
 * multipart with a cloud-config, writes no logrotate file and staging.rb does not rotate (NONE). The run lists the
 * migration kept hold no logrotate recipe.
 */
final class DemoLogRotationSeed {

    /** The file OpsWorks' deploy recipe wrote, rebuilt by hand after the migration. */
    static final String PROD_USER_DATA = """
            #!/bin/bash
            # Rebuilt after the move off OpsWorks: its Rails layer used to write this file.
            set -euo pipefail
            cat > /etc/logrotate.d/shop <<'EOF'
            /srv/www/shop/shared/log/*.log /srv/www/admin/shared/log/*.log {
              daily
              rotate 14
              missingok
              compress
              delaycompress
              copytruncate
            }
            EOF
            """;

    static final String STAGING_USER_DATA = """
            Content-Type: multipart/mixed; boundary="==BOUNDARY=="
            MIME-Version: 1.0

            --==BOUNDARY==
            Content-Type: text/cloud-config; charset="us-ascii"

            #cloud-config
            write_files:
              - path: /etc/profile.d/rails_env.sh
                permissions: '0644'
                content: |
                  export RAILS_ENV=staging
            --==BOUNDARY==
            Content-Type: text/x-shellscript; charset="us-ascii"

            #!/bin/bash
            systemctl enable --now amazon-ssm-agent
            --==BOUNDARY==--
            """;

    private DemoLogRotationSeed() {
    }

    static void userData(DemoScaling scaling, LaunchTemplate template, String script) {
        scaling.templates().setUserData(template.id(), Base64.getEncoder().encodeToString(
                script.getBytes(StandardCharsets.UTF_8)));
    }

    /** The migration's lifecycle inputs of one layer, with its run lists. */
    static void runLists(DemoSystemsManager ssm, String region, String migratedStack, String cookbook) {
        String folder = "/ApplyChefRecipes-Preset/" + migratedStack + "/";
        ssm.putParameter(region, folder + "Setup", "{\"RunList\": \"recipe[" + cookbook + "::setup]\"}");
        ssm.putParameter(region, folder + "Deploy", "{\"RunList\": \"recipe[" + cookbook + "::deploy]\"}");
        ssm.putParameter(region, folder + "Configure", "{\"RunList\": \"recipe[" + cookbook + "::configure]\"}");
    }
}
