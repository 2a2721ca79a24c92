package safetyconsole.cloud.aws;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An account after OpsWorks' end of life on one loopback endpoint, for looking at the console connected through the
 * real adapter: plain moto (no OpsWorks at all) with the loopback peer answering what moto lacks (instance
 * refreshes, a resource's stack). It holds {@code shop-prod} and {@code shop-staging} migrated off OpsWorks in
 * {@value MigratedStacksWorld#REGION}; launch template version 2 added {@code sg-monitoring} after their instances
 * were launched from version 1. Runs until stopped. Usage (moto_server on the PATH, or MOTO_ENDPOINT set):
 * {@code ./mvnw -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=safetyconsole.cloud.aws.LocalMigratedAwsEmulator -Dexec.args=FILE}, then
 * {@code ./mvnw javafx:run -Djavafx.args="--profile any --region eu-west-1 --endpoint-url URL"}.
 */
public final class LocalMigratedAwsEmulator {

    private LocalMigratedAwsEmulator() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        MigratedStacksWorld world = new MigratedStacksWorld();
        world.application("app-shop-prod-3f2a9c");
        world.application("app-shop-staging-7b1e02");
        var prod = world.layerStack("shop-prod-rails-app-3f2a9c", "1", Map.of("Environment", "production"));
        var staging = world.layerStack("shop-staging-rails-app-7b1e02", "1", Map.of("Environment", "staging"));
        world.addMonitoringInVersion2();
        world.useVersion(prod.groupName(), "2");
        world.useVersion(staging.groupName(), "2");
        String endpoint = world.peer.endpoint().toString();
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), endpoint + System.lineSeparator());
        }
        System.out.println("AWS account without OpsWorks on " + endpoint + " (migrated stacks in "
                + MigratedStacksWorld.REGION + "; Auto Scaling, EC2, CloudFormation via " + world.moto + ")");
        Thread.currentThread().join();
    }
}
