package safetyconsole.cloud.demo;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/** Deterministic ids in AWS's shapes, so the demo account is the same on every start. */
final class DemoIds {

    private static final String CLOUDFORMATION_SUFFIX_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int CLOUDFORMATION_SUFFIX_LENGTH = 12;

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

    String launchTemplateId() {
        return "lt-" + hex17();
    }

    /** The random part CloudFormation appends to the physical names it generates. */
    String cloudFormationSuffix() {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < CLOUDFORMATION_SUFFIX_LENGTH; i++) {
            suffix.append(CLOUDFORMATION_SUFFIX_CHARACTERS.charAt(
                    random.nextInt(CLOUDFORMATION_SUFFIX_CHARACTERS.length())));
        }
        return suffix.toString();
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
