package safetyconsole.cloud.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.CommandInvocation;

/**
 * The demo's instances answering the look's script, as its output would read on them: shop-prod's Rails
 * instances have the logrotate file their user data writes (those launched from the older image, made of an
 * OpsWorks instance, still the old {@code opsworks_app_shop} too) beside Ruby's own daily files; shop-staging's
 * have none, and one large log. A command is in progress when first asked about and done after. Not thread-safe:
 * {@link DemoAccount} serialises access.
 */
final class DemoInstanceLooks {

    /** The Rails log directory of the demo's Shop app. */
    static final String SHOP_LOGS = "/srv/www/shop/shared/log";
    /** The rails-app template version whose image no longer carries OpsWorks' file. */
    static final long FIRST_CLEAN_IMAGE = 3;
    private static final Pattern LOG_DIR = Pattern.compile("(?m)^LOG_DIR='([^']*)'$");
    private static final String USER_DATA_FILE = String.join("\n",
            SHOP_LOGS + "/*.log {",
            "  daily",
            "  rotate 14",
            "  compress",
            "  missingok",
            "  copytruncate",
            "}");
    private static final String OPSWORKS_FILE = String.join("\n",
            SHOP_LOGS + "/*.log  {",
            "        daily",
            "        missingok",
            "        rotate 30",
            "        compress",
            "        delaycompress",
            "        notifempty",
            "        copytruncate",
            "        sharedscripts",
            "}");

    /** What the look ran on: the stack of the instance's group and the template version it was launched from. */
    record Host(String stackName, long launchedFrom) {
    }

    private record Sent(String instanceId, String output, int asked) {
    }

    private final Map<String, Sent> commands = new LinkedHashMap<>();

    /** Runs the script "on" the instance: its output is ready by the second time someone asks. */
    void send(String commandId, String instanceId, String script, Host host, Instant now) {
        Matcher dir = LOG_DIR.matcher(script);
        String logDirectory = dir.find() ? dir.group(1) : "";
        commands.put(commandId, new Sent(instanceId, output(logDirectory, host, now), 0));
    }

    CommandInvocation invocation(String commandId, String instanceId) {
        Sent sent = commands.get(commandId);
        if (sent == null || !sent.instanceId().equals(instanceId)) {
            throw new CloudException(CloudException.Kind.NOT_FOUND, "InvocationDoesNotExist: no command "
                    + commandId + " on " + instanceId);
        }
        commands.put(commandId, new Sent(instanceId, sent.output(), sent.asked() + 1));
        return sent.asked() == 0
                ? new CommandInvocation(commandId, instanceId, CommandInvocation.Status.IN_PROGRESS, "", "")
                : new CommandInvocation(commandId, instanceId, CommandInvocation.Status.SUCCESS, sent.output(), "");
    }

    private static String output(String logDirectory, Host host, Instant now) {
        StringBuilder out = new StringBuilder("@@look 1\n@@dir " + logDirectory + "\n");
        boolean shop = logDirectory.equals(SHOP_LOGS);
        boolean prodRails = host.stackName().startsWith("shop-prod-rails-app-");
        boolean staging = host.stackName().startsWith("shop-staging-rails-app-");
        boolean oldImage = prodRails && host.launchedFrom() < FIRST_CLEAN_IMAGE;
        if (oldImage) {
            file(out, "/etc/logrotate.d/opsworks_app_shop", shop, OPSWORKS_FILE);
        }
        if (prodRails && shop) {
            file(out, "/etc/logrotate.d/shop", true, USER_DATA_FILE);
        }
        out.append("@@dryrun\n");
        if (prodRails && shop) {
            // logrotate skips a second stanza for the same log: the first file read (alphabetically) wins.
            out.append("|rotating pattern: " + SHOP_LOGS + "/*.log  after 1 days (" + (oldImage ? 30 : 14)
                            + " rotations)\n")
                    .append("|considering log " + SHOP_LOGS + "/production.log\n")
                    .append("|  log does not need rotating (log has already been rotated)\n");
            if (oldImage) {
                out.append("|error: /etc/logrotate.d/shop:1 duplicate log entry for " + SHOP_LOGS
                        + "/production.log\n");
            }
        }
        out.append("@@end\n@@logs\n");
        if (prodRails && shop) {
            log(out, "production.log", 18_874_368, now.minus(Duration.ofMinutes(2)));
            log(out, "production.log.1", 0, now.minus(Duration.ofHours(7)));
            log(out, "production.log.2.gz", 2_404_511, now.minus(Duration.ofHours(31)));
            log(out, "production.log.20261130", 61_865_984, now.minus(Duration.ofHours(7)));
            log(out, "production.log.20261129", 59_768_832, now.minus(Duration.ofHours(31)));
        } else if (staging && shop) {
            log(out, "staging.log", 9_663_676_416L, now.minus(Duration.ofMinutes(1)));
        }
        return out.append("@@end\n@@done\n").toString();
    }

    private static void file(StringBuilder out, String path, boolean namesTheLogs, String text) {
        out.append("@@file ").append(namesTheLogs ? "yes " : "no ").append(path).append('\n');
        text.lines().forEach(line -> out.append('|').append(line).append('\n'));
        out.append("@@end\n");
    }

    private static void log(StringBuilder out, String name, long size, Instant modified) {
        out.append('|').append(size).append(' ').append(modified.getEpochSecond()).append(' ').append(SHOP_LOGS)
                .append('/').append(name).append('\n');
    }
}
