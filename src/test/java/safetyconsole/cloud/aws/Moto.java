package safetyconsole.cloud.aws;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * {@code moto_server} on loopback, for EC2 and STS. CI starts it and names it in {@code MOTO_ENDPOINT}; on a
 * developer machine with {@code moto_server} on the PATH the tests start their own; without it they are skipped
 * with a message, except when {@code SAFETYCONSOLE_REQUIRE_MOTO=true} (set by .ci/run), where that is a failure.
 */
final class Moto {

    private static Optional<URI> endpoint;
    private static boolean toldWhy;

    private Moto() {
    }

    /** A moto endpoint with its state reset (each test class seeds its own world), or the test is skipped. */
    static synchronized URI freshEndpoint() {
        if (endpoint == null) {
            endpoint = find();
        }
        if (endpoint.isEmpty()) {
            String why = "moto_server is not installed (pip install 'moto[server]'), so the AWS adapter's EC2/STS"
                    + " tests cannot run here";
            if ("true".equals(System.getenv("SAFETYCONSOLE_REQUIRE_MOTO"))) {
                Assertions.fail(why + ", and SAFETYCONSOLE_REQUIRE_MOTO=true says they must.");
            }
            if (!toldWhy) {
                // Surefire lists a class skipped in @BeforeAll as "Tests run: 0": say it where it can be seen.
                System.err.println("SKIPPED: " + why + "; they run in CI.");
                toldWhy = true;
            }
            Assumptions.abort(why + "; they run in CI.");
        }
        post(endpoint.get().resolve("/moto-api/reset"));
        return endpoint.get();
    }

    /** A fixture's own SDK client of {@code builder}'s service, talking to moto at {@code endpoint} directly. */
    static <B extends AwsClientBuilder<B, C>, C> C client(B builder, URI endpoint, String region) {
        return builder.region(Region.of(region)).endpointOverride(endpoint).credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"))).build();
    }

    private static Optional<URI> find() {
        String given = System.getenv("MOTO_ENDPOINT");
        if (given != null && !given.isBlank()) {
            return Optional.of(URI.create(given));
        }
        return executable().map(Moto::start);
    }

    private static Optional<Path> executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "moto_server");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static URI start(Path executable) {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Process process = new ProcessBuilder(executable.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            URI uri = URI.create("http://127.0.0.1:" + port);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                if (answers(uri)) {
                    return uri;
                }
                Thread.sleep(200);
            }
            process.destroy();
            throw new IllegalStateException("moto_server did not answer on " + uri + " within 30 s");
        } catch (IOException e) {
            throw new IllegalStateException("moto_server could not be started", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean answers(URI uri) {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri.resolve("/moto-api/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void post(URI uri) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("moto_server at " + uri + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
