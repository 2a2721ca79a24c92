package safetyconsole.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import safetyconsole.cloud.snapshot.SnapshotFixture;
import safetyconsole.json.Json;
import safetyconsole.testing.TestFiles;

/**
 * Snapshot folders come from other people: each case tampers with one file of a valid snapshot the way a broken
 * export or a hostile colleague could, and {@code check --snapshot} must refuse it with exit 2, one sentence naming
 * the file and the field, nothing on standard output (no half report), no raw control character, and in time.
 */
class HostileSnapshotTest {

    private static final String STACK = "stacks/2f1c5e0a-1b2c-4d5e-8f90-123456789abc/";
    private static final String LAYERS = STACK + "layers.json";
    private static final String INSTANCES = STACK + "instances.json";
    private static final String APPS = STACK + "apps.json";
    private static final String TAGS = STACK + "tags.json";
    private static final String EC2 = "ec2/eu-west-1/instances.json";
    private static final String GROUPS = "ec2/eu-west-1/security-groups.json";
    private static final String TRAIL = "cloudtrail/ec2-eu-west-1.json";
    private static final String MIGRATED = "migrated/eu-west-1/";

    /** What a case does to its copy of the fixture. */
    interface Tamper {
        void apply(Path snapshot) throws IOException, InterruptedException;
    }

    record Case(String name, String fixture, Tamper tamper, List<String> sentence) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHostileSnapshotIsRefusedWithOneSentenceNamingFileAndField(Case hostile) throws Exception {
        Path snapshot = SnapshotFixture.copyInto(dir, hostile.fixture());
        hostile.tamper().apply(snapshot);

        CheckRun run = CheckRun.of(dir, "--snapshot", snapshot.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(CheckCommand.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(hostile.sentence());
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("\u001b").doesNotContain("\r");
    }

    /** Not refused (a name may hold anything), but written so that it cannot pass for the report's own lines. */
    @Test
    void aStackNameCannotForgeLinesOfTheReportNorDriveTheTerminal() throws Exception {
        Path snapshot = SnapshotFixture.copyInto(dir, "basic");
        edit("stacks.json", "\"Name\": \"billing-prod\"", "\"Name\": \"billing-prod\\u001b[2J\\n\\nNo findings.\"")
                .apply(snapshot);

        CheckRun run = CheckRun.of(dir, "--snapshot", snapshot.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(CheckCommand.FINDINGS);
        assertThat(run.out()).contains("] billing-prod\\u001b[2J\\n\\nNo findings. (eu-west-1)")
                .doesNotContain("\u001b");
        assertThat(run.out().lines()).doesNotContain("No findings.");
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // Names that would lead out of the folder.
        cases.add(basic("stack id climbing out", edit("stacks.json", "\"StackId\": \"2f1c5e0a",
                "\"StackId\": \"../../../etc/2f1c5e0a"), "stacks.json: Stacks[0].StackId", "not an OpsWorks stack id"));
        cases.add(basic("stack id absolute", edit("stacks.json",
                "\"StackId\": \"2f1c5e0a-1b2c-4d5e-8f90-123456789abc\"",
                "\"StackId\": \"/etc\""), "Stacks[0].StackId", "\"/etc\""));
        cases.add(basic("stack id of the wrong shape", edit("stacks.json", "\"StackId\": \"2f1c5e0a",
                "\"StackId\": \"2F1C5E0A"), "Stacks[0].StackId", "not an OpsWorks stack id"));
        cases.add(basic("region climbing out", edit("stacks.json", "\"Region\": \"eu-west-1\"",
                "\"Region\": \"../../..\""), "stacks.json: Stacks[0].Region", "not a region"));
        cases.add(basic("region with a folder", edit("stacks.json", "\"Region\": \"eu-west-1\"",
                "\"Region\": \"eu-west-1/../../x\""), "Stacks[0].Region", "not a region"));
        cases.add(basic("region with an escape sequence", edit("stacks.json", "\"Region\": \"eu-west-1\"",
                "\"Region\": \"eu\\u001b[2J\\nNo findings.\""), "Stacks[0].Region", "\\u001b[2J\\nNo findings."));
        cases.add(basic("stack folder linked outside", snapshot -> {
            Path outside = copyOutside(snapshot, STACK);
            TestFiles.deleteTree(snapshot.resolve(STACK));
            Files.createSymbolicLink(snapshot.resolve(STACK.substring(0, STACK.length() - 1)), outside);
        }, "tags.json is a link to", "outside the snapshot folder"));
        cases.add(basic("layers linked outside", linkOutside(LAYERS), "layers.json is a link to", "outside"));
        cases.add(basic("ec2 export linked outside", linkOutside(EC2), "instances.json is a link to", "outside"));
        cases.add(basic("caller identity linked to /dev/zero", link("caller-identity.json", Path.of("/dev/zero")),
                "caller-identity.json is a link to /dev/zero", "outside"));
        cases.add(basic("layers in a loop of links", snapshot -> {
            Files.delete(snapshot.resolve(LAYERS));
            Files.createSymbolicLink(snapshot.resolve(LAYERS), Path.of("loop.json"));
            Files.createSymbolicLink(snapshot.resolve(STACK + "loop.json"), Path.of("layers.json"));
        }, "layers.json could not be opened"));
        cases.add(basic("layers a dangling link", link(LAYERS, Path.of("nowhere.json")),
                "layers.json is a link that leads nowhere"));
        cases.add(migrated("migrated region linked outside", snapshot -> {
            Path outside = copyOutside(snapshot, MIGRATED);
            TestFiles.deleteTree(snapshot.resolve(MIGRATED));
            Files.createSymbolicLink(snapshot.resolve(MIGRATED.substring(0, MIGRATED.length() - 1)), outside);
        }, "auto-scaling-groups.json is a link to", "outside"));
        // Partial exports.
        cases.add(basic("stacks with a NextToken", nextToken("stacks.json"), "stacks.json has a NextToken"));
        cases.add(basic("layers with a NextToken", nextToken(LAYERS), "layers.json has a NextToken"));
        cases.add(basic("instances with a NextToken", nextToken(INSTANCES), "instances.json has a NextToken"));
        cases.add(basic("apps with a NextToken", nextToken(APPS), "apps.json has a NextToken"));
        cases.add(basic("tags with a NextToken", nextToken(TAGS), "tags.json has a NextToken"));
        cases.add(basic("ec2 with a NextToken at its end", nextToken(EC2), "ec2/eu-west-1/instances.json has a"
                + " NextToken", "--max-items"));
        cases.add(basic("ec2 with a NextToken first", edit(EC2, "{", "{\"NextToken\": \"eyJ9\","),
                "instances.json has a NextToken"));
        cases.add(basic("security groups with a NextToken", nextToken(GROUPS), "security-groups.json has a NextToken"));
        cases.add(basic("trail with a NextToken", nextToken(TRAIL), "ec2-eu-west-1.json has a NextToken"));
        cases.add(migrated("groups with a NextToken", nextToken(MIGRATED + "auto-scaling-groups.json"),
                "auto-scaling-groups.json has a NextToken"));
        cases.add(migrated("templates with a NextToken", nextToken(MIGRATED + "launch-templates.json"),
                "launch-templates.json has a NextToken"));
        cases.add(migrated("cloudformation with a NextToken", nextToken(MIGRATED + "cloudformation-stacks.json"),
                "cloudformation-stacks.json has a NextToken"));
        cases.add(migrated("resource groups with a NextToken", nextToken(MIGRATED + "resource-groups.json"),
                "resource-groups.json has a NextToken"));
        // Not regular files.
        cases.add(basic("layers a pipe", fifo(LAYERS), "layers.json is not a regular file"));
        cases.add(basic("stacks a pipe", fifo("stacks.json"), "stacks.json is not a regular file"));
        cases.add(basic("ec2 a pipe", fifo(EC2), "instances.json is not a regular file"));
        cases.add(basic("tags a pipe", fifo(TAGS), "tags.json is not a regular file"));
        cases.add(basic("trail page a pipe", fifo("cloudtrail/more.json"), "more.json is not a regular file"));
        cases.add(basic("layers a folder", snapshot -> {
            Files.delete(snapshot.resolve(LAYERS));
            Files.createDirectory(snapshot.resolve(LAYERS));
        }, "layers.json is not a regular file"));
        // Sizes, each kind with its limit.
        cases.add(basic("tags too large", padded(TAGS, 2 << 20), "tags.json is too large",
                "an account, alias or tags file may be at most 1 MiB"));
        cases.add(basic("caller identity too large", padded("caller-identity.json", 2 << 20),
                "caller-identity.json is too large", "at most 1 MiB"));
        cases.add(basic("layers too large", sparse(LAYERS, 65L << 20), "layers.json is too large",
                "a describe output may be at most 64 MiB"));
        cases.add(basic("ec2 export too large", sparse(EC2, (1L << 30) + 1), "instances.json is too large",
                "an EC2 or CloudTrail export may be at most 1024 MiB"));
        // Not one strict JSON document.
        cases.add(basic("stacks with trailing content", append("stacks.json", " x"), "stacks.json is not valid JSON"));
        cases.add(basic("stacks with a second document", append("stacks.json", "{\"Stacks\": []}"),
                "stacks.json is not valid JSON"));
        cases.add(basic("ec2 with a second document", append(EC2, "{\"Reservations\": []}"),
                "instances.json holds more after its JSON object"));
        cases.add(basic("trail with trailing content", append(TRAIL, "]"), "ec2-eu-west-1.json is not valid JSON"));
        cases.add(basic("layers given twice", edit(LAYERS, "{", "{\"Layers\": [],"), "layers.json is not valid JSON",
                "Duplicate field 'Layers'"));
        cases.add(basic("tags given twice", edit(TAGS, "{", "{\"Tags\": {\"Environment\": \"development\"},"),
                "tags.json is not valid JSON", "Duplicate field 'Tags'"));
        cases.add(basic("a stack's name given twice", edit("stacks.json", "\"Name\": \"billing-prod\",",
                "\"Name\": \"billing-prod\", \"Name\": \"billing-dev\","), "stacks.json is not valid JSON",
                "Duplicate field 'Name'"));
        cases.add(basic("ec2 reservations given twice", edit(EC2, "{", "{\"Reservations\": [],"),
                "instances.json is not valid JSON", "Duplicate field 'Reservations'"));
        cases.add(basic("empty stacks file", write("stacks.json", ""), "stacks.json does not hold the JSON object"));
        cases.add(basic("stacks a list", write("stacks.json", "[]"), "stacks.json does not hold the JSON object"));
        cases.add(basic("stacks not UTF-8", snapshot -> Files.write(snapshot.resolve("stacks.json"),
                new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}), "stacks.json is not valid JSON"));
        cases.add(basic("layers nested beyond reason", write(LAYERS, "[".repeat(100_000)),
                "layers.json is not valid JSON"));
        // Values of the wrong type are refused, not coerced.
        cases.add(basic("\"no\" as a boolean", edit("stacks.json", "\"UseOpsworksSecurityGroups\": true",
                "\"UseOpsworksSecurityGroups\": \"no\""), "Stacks[0].UseOpsworksSecurityGroups is text, not true or"
                + " false"));
        cases.add(basic("0 as a boolean", edit("stacks.json", "\"UseOpsworksSecurityGroups\": true",
                "\"UseOpsworksSecurityGroups\": 0"), "Stacks[0].UseOpsworksSecurityGroups is a number"));
        cases.add(basic("\"yes\" as auto healing", edit(LAYERS, "\"EnableAutoHealing\": true",
                "\"EnableAutoHealing\": \"yes\""), "layers.json: Layers[0].EnableAutoHealing"));
        cases.add(basic("an object as a group id", edit(LAYERS, "[\"sg-0aaa000000000001\",",
                "[{\"GroupId\": \"sg-0aaa000000000001\"},"), "layers.json: Layers[0].CustomSecurityGroupIds[0] is an"
                + " object, not text"));
        cases.add(basic("text as the group list", edit(LAYERS, "\"DefaultSecurityGroupNames\": [",
                "\"DefaultSecurityGroupNames\": \"AWS\", \"X\": ["), "Layers[0].DefaultSecurityGroupNames is text,"
                + " not a list"));
        cases.add(basic("a number as a name", edit("stacks.json", "\"Name\": \"billing-prod\"", "\"Name\": 7"),
                "Stacks[0].Name is a number, not text"));
        cases.add(basic("an object as a name", edit("stacks.json", "\"Name\": \"billing-prod\"", "\"Name\": {}"),
                "Stacks[0].Name is an object, not text"));
        cases.add(basic("a tag value an object", edit(TAGS, "\"Team\": \"billing\"", "\"Team\": {\"a\": 1}"),
                "tags.json: Tags.Team is an object, not text"));
        cases.add(basic("a reservation a number", edit(EC2, "\"Reservations\": [", "\"Reservations\": [7,"),
                "instances.json: Reservations[0] is not an object"));
        cases.add(basic("a hostname missing", edit(INSTANCES, "\"Hostname\": \"rails-app1\",", ""),
                "instances.json: Instances[0].Hostname is missing"));
        cases.add(basic("a time without sense", edit("stacks.json", "\"CreatedAt\": \"2019-03-04T10:11:12+00:00\"",
                "\"CreatedAt\": \"yesterday\""), "Stacks[0].CreatedAt is not a time", "\"yesterday\""));
        cases.add(migrated("a capacity as text", edit(MIGRATED + "auto-scaling-groups.json", "\"DesiredCapacity\": 3",
                "\"DesiredCapacity\": \"3\""), "AutoScalingGroups[0].DesiredCapacity is not a whole number"));
        // Values AWS does not write.
        cases.add(basic("an unknown EC2 root device type", edit(EC2, "\"RootDeviceType\": \"ebs\"",
                "\"RootDeviceType\": \"floppy\""), "ec2/eu-west-1/instances.json: Reservations[0].Instances[0]"
                + ".RootDeviceType is \"floppy\", which is not a value AWS documents"));
        cases.add(basic("an unknown OpsWorks root device type", edit(INSTANCES, "\"RootDeviceType\": \"ebs\"",
                "\"RootDeviceType\": \"floppy\""), "instances.json: Instances[0].RootDeviceType is \"floppy\""));
        cases.add(basic("an unknown OpsWorks status", edit(INSTANCES, "\"Status\": \"online\"",
                "\"Status\": \"exploded\""), "instances.json: Instances[0].Status is \"exploded\""));
        // The same item twice.
        cases.add(basic("the same stack twice", duplicateFirst("stacks.json", "Stacks"),
                "stacks.json: Stacks[1].StackId gives \"2f1c5e0a-1b2c-4d5e-8f90-123456789abc\" a second time"));
        cases.add(basic("the same layer twice", duplicateFirst(LAYERS, "Layers"), "Layers[1].LayerId gives"));
        cases.add(basic("the same instance twice", duplicateFirst(INSTANCES, "Instances"),
                "instances.json: Instances[3].InstanceId gives \"22222222-aaaa-4bbb-8ccc-000000000001\" a second"));
        cases.add(basic("the same app twice", duplicateFirst(APPS, "Apps"), "apps.json: Apps[1].AppId gives"));
        cases.add(basic("the same EC2 instance twice", duplicateFirst(EC2, "Reservations"),
                "instances.json: Reservations[1].Instances[0].InstanceId gives \"i-0bbb000000000001\""));
        cases.add(basic("the same security group twice", duplicateFirst(GROUPS, "SecurityGroups"),
                "security-groups.json: SecurityGroups[5].GroupId gives \"sg-0aaa000000000001\""));
        cases.add(migrated("the same group twice", duplicateFirst(MIGRATED + "auto-scaling-groups.json",
                "AutoScalingGroups"), "AutoScalingGroups[2].AutoScalingGroupName gives"));
        cases.add(migrated("the same template twice", duplicateFirst(MIGRATED + "launch-templates.json",
                "LaunchTemplates"), "LaunchTemplates[2].LaunchTemplateId gives \"lt-0a1b2c3d4e5f60001\""));
        cases.add(migrated("the same CloudFormation stack twice", duplicateFirst(MIGRATED
                + "cloudformation-stacks.json", "Stacks"), "cloudformation-stacks.json: Stacks[2].StackId gives",
                "a second time"));
        return cases.stream();
    }

    // --- the cases' vocabulary ------------------------------------------------------------------

    private static Case basic(String name, Tamper tamper, String... sentence) {
        return new Case(name, "basic", tamper, List.of(sentence));
    }

    private static Case migrated(String name, Tamper tamper, String... sentence) {
        return new Case(name, "migrated", tamper, List.of(sentence));
    }

    /** Replaces the first {@code from}, which must be there (a case that changes nothing proves nothing). */
    private static Tamper edit(String relative, String from, String to) {
        return snapshot -> {
            Path file = snapshot.resolve(relative);
            String text = Files.readString(file);
            int at = text.indexOf(from);
            if (at < 0) {
                throw new AssertionError(relative + " has no " + from);
            }
            Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
        };
    }

    private static Tamper write(String relative, String text) {
        return snapshot -> Files.writeString(snapshot.resolve(relative), text);
    }

    private static Tamper append(String relative, String text) {
        return snapshot -> Files.writeString(snapshot.resolve(relative), Files.readString(snapshot.resolve(relative))
                + text);
    }

    private static Tamper nextToken(String relative) {
        return snapshot -> {
            Path file = snapshot.resolve(relative);
            String text = Files.readString(file).strip();
            Files.writeString(file, text.substring(0, text.length() - 1) + ", \"NextToken\": \"eyJuZXh0In0=\"}");
        };
    }

    /** The list's first element written twice, as a merge of two exports would. */
    private static Tamper duplicateFirst(String relative, String member) {
        return snapshot -> {
            Path file = snapshot.resolve(relative);
            ObjectNode root = (ObjectNode) Json.mapper()
                    .readTree(Files.readString(file));
            ArrayNode list = (ArrayNode) root.get(member);
            list.add(list.get(0).deepCopy());
            Files.writeString(file, Json.mapper().writeValueAsString(root));
        };
    }

    private static Tamper fifo(String relative) {
        return snapshot -> {
            Path file = snapshot.resolve(relative);
            Files.deleteIfExists(file);
            Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
            assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
        };
    }

    private static Tamper link(String relative, Path target) {
        return snapshot -> {
            Files.deleteIfExists(snapshot.resolve(relative));
            Files.createSymbolicLink(snapshot.resolve(relative), target);
        };
    }

    /** The file moved beside the snapshot, a link left in its place. */
    private static Tamper linkOutside(String relative) {
        return snapshot -> {
            Path outside = snapshot.resolveSibling("outside-" + Path.of(relative).getFileName());
            Files.move(snapshot.resolve(relative), outside);
            Files.createSymbolicLink(snapshot.resolve(relative), outside);
        };
    }

    /** Valid JSON, made large by white space. */
    private static Tamper padded(String relative, int size) {
        return snapshot -> {
            Path file = snapshot.resolve(relative);
            String text = Files.readString(file);
            Files.writeString(file, text + " ".repeat(size), StandardCharsets.UTF_8);
        };
    }

    /** A file of {@code size} bytes that takes no disk: the limit must refuse it before reading. */
    private static Tamper sparse(String relative, long size) {
        return snapshot -> {
            try (RandomAccessFile file = new RandomAccessFile(snapshot.resolve(relative).toFile(), "rw")) {
                file.setLength(size);
            }
        };
    }

    private static Path copyOutside(Path snapshot, String folder) throws IOException {
        Path outside = snapshot.resolveSibling("outside");
        Files.createDirectories(outside);
        try (Stream<Path> files = Files.list(snapshot.resolve(folder))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.copy(file, outside.resolve(file.getFileName()));
                }
            }
        }
        return outside;
    }
}
