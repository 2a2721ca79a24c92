package safetyconsole.logrotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import safetyconsole.cloud.App;
import safetyconsole.cloud.Stack;
import safetyconsole.json.Json;

/**
 * The logrotate file OpsWorks' Chef 11.10 deploy recipe writes for a Rails app,
 * {@code /etc/logrotate.d/opsworks_app_<app>}: fixed settings, with {@code rotate} and the optional
 * {@code dateformat} taken from the stack's custom JSON
 * ({@code {"logrotate": {"rotate": 7, "dateformat": "-%Y%m%d"}}}).
 * {@code problems} says what in the custom JSON could not be used.
 */
public record OpsworksLogrotate(String appShortname, String rotate, Optional<String> dateformat,
                                List<String> problems) {

    public static final int DEFAULT_ROTATE = 30;

    public OpsworksLogrotate {
        problems = List.copyOf(problems);
    }

    public static OpsworksLogrotate of(Stack stack, App app) {
        List<String> problems = new ArrayList<>();
        String rotate = Integer.toString(DEFAULT_ROTATE);
        Optional<String> dateformat = Optional.empty();
        JsonNode logrotate = customJson(stack, problems).path("logrotate");
        if (!logrotate.isMissingNode() && !logrotate.isObject()) {
            problems.add("The stack's custom JSON has \"logrotate\" as " + logrotate + ", not an object; OpsWorks uses"
                    + " its defaults.");
        } else if (logrotate.isObject()) {
            JsonNode value = logrotate.path("rotate");
            if (!value.isMissingNode() && !value.isNull()) {
                rotate = value.asText();
                if (!value.asText().matches("\\d+")) {
                    problems.add("logrotate.rotate in the stack's custom JSON is " + value
                            + ", not a whole number: logrotate will reject the file and rotate nothing.");
                }
            }
            JsonNode format = logrotate.path("dateformat");
            if (format.isTextual() && !format.asText().isEmpty()) {
                dateformat = Optional.of(format.asText());
            }
        }
        return new OpsworksLogrotate(app.shortname(), rotate, dateformat, problems);
    }

    private static JsonNode customJson(Stack stack, List<String> problems) {
        if (stack.customJson() == null || stack.customJson().isBlank()) {
            return Json.mapper().missingNode();
        }
        try {
            JsonNode node = Json.mapper().readTree(stack.customJson());
            return node == null ? Json.mapper().missingNode() : node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            problems.add("The stack's custom JSON is not valid JSON" + where + "; the defaults are shown.");
            return Json.mapper().missingNode();
        }
    }

    /** Where the app's logs are: {@code /srv/www/<shortname>/shared/log}, which Rails' log/ links to. */
    public String logDirectory() {
        return "/srv/www/" + appShortname + "/shared/log";
    }

    public String fileName() {
        return "/etc/logrotate.d/opsworks_app_" + appShortname;
    }

    /** The file as the cookbook's logrotate.erb renders it. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(logDirectory()).append("/*.log  {\n");
        line(out, "daily");
        line(out, "missingok");
        line(out, "rotate " + rotate);
        line(out, "compress");
        line(out, "delaycompress");
        dateformat.ifPresent(format -> {
            line(out, "dateext");
            line(out, "dateformat " + format);
        });
        line(out, "notifempty");
        line(out, "copytruncate");
        line(out, "sharedscripts");
        out.append("}\n");
        return out.toString();
    }

    private static void line(StringBuilder out, String setting) {
        out.append("        ").append(setting).append('\n');
    }
}
