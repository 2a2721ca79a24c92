package safetyconsole.cloud.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import safetyconsole.cloud.Stack;

/**
 * The Rails code of the demo's apps, shipped as resources: shop-prod's Shop rotates its own log daily
 * (a conflict with OpsWorks' logrotate), its Admin does not; the migrated shop-staging's Shop does not rotate and
 * runs two Puma workers. Other apps have no code, as if never linked.
 */
public final class DemoRailsSamples {

    private static final List<String> FILES = List.of("config/environments/production.rb",
            "config/environments/staging.rb", "config/application.rb", "config/puma.rb", "config/unicorn.rb");

    private DemoRailsSamples() {
    }

    /**
     * The app's files by path under the Rails root, from the folder named after the stack, else (a migrated stack)
     * the OpsWorks stack it came from; empty when the demo has none for it.
     */
    public static Optional<Map<String, String>> forApp(Stack stack, String appShortname) {
        return forApp(stack.name(), appShortname).or(() -> stack.migratedFrom()
                .flatMap(origin -> forApp(origin.stackName(), appShortname)));
    }

    /** The app's files by path under the Rails root; empty when the demo has none for it. */
    public static Optional<Map<String, String>> forApp(String stackName, String appShortname) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String path : FILES) {
            String resource = "/safetyconsole/demo/rails/" + stackName + "/" + appShortname + "/" + path;
            try (InputStream in = DemoRailsSamples.class.getResourceAsStream(resource)) {
                if (in != null) {
                    files.put(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files.isEmpty() ? Optional.empty() : Optional.of(files);
    }
}
