package safetyconsole.cloud;

import java.util.Map;
import java.util.Objects;

/** An OpsWorks app; {@code environment} holds its environment variables (e.g. RAILS_ENV). */
public record App(
        String id,
        String stackId,
        String name,
        String shortname,
        String type,
        Map<String, String> environment,
        Map<String, String> attributes) {

    public App {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stackId, "stackId");
        Objects.requireNonNull(name, "name");
        environment = Map.copyOf(environment);
        attributes = Map.copyOf(attributes);
    }
}
