package safetyconsole.cloud.demo;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/** Deterministic ids in AWS's shapes, so the demo account is the same on every start. */
final class DemoIds {

    private final SplittableRandom random;
    private long counter;

    DemoIds(long seed) {
        random = new SplittableRandom(seed);
    }

    /** OpsWorks ids are UUIDs. */
    String opsworksId(String kind) {
        counter++;
        return UUID.nameUUIDFromBytes((kind + ":" + counter).getBytes(StandardCharsets.UTF_8)).toString();
    }

    String ec2InstanceId() {
        return "i-" + hex17();
    }

    String securityGroupId() {
        return "sg-" + hex17();
    }

    String volumeId() {
        return "vol-" + hex17();
    }

    String eventId() {
        return opsworksId("event");
    }

    String privateIp() {
        return "10.0." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    }

    String publicIp() {
        return "54." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    }

    private String hex17() {
        return String.format(Locale.ROOT, "0%016x", random.nextLong()).substring(0, 17);
    }
}
