package safetyconsole.cloud.aws;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test fixture's account on one loopback endpoint, for looking at the console (or the packaged launcher)
 * connected through the real adapter: OpsWorks and CloudTrail from {@link LocalAwsPeer}, EC2, STS and IAM passed on
 * to moto (where the account has the alias {@value #ALIAS}). Runs until stopped.
 * Usage (moto_server on the PATH, or MOTO_ENDPOINT set):
 * {@code ./mvnw -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=safetyconsole.cloud.aws.LocalAwsEmulator
 * -Dexec.args=FILE} writes the endpoint URL to FILE and prints it.
 */
public final class LocalAwsEmulator {

    static final String ALIAS = "acme-billing";

    private LocalAwsEmulator() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        AwsTestWorld world = AwsTestWorld.start(50);
        world.peer.forwardOthersTo(world.moto);
        world.createAccountAlias(ALIAS);
        String endpoint = world.peer.endpoint().toString();
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), endpoint + System.lineSeparator());
        }
        System.out.println("AWS emulator on " + endpoint + " (OpsWorks/CloudTrail local, EC2/STS/IAM via "
                + world.moto + ")");
        Thread.currentThread().join();
    }
}
