package safetyconsole.testing;

/** ARNs shaped as AWS writes them, for records built in tests. */
public final class TestArns {

    public static final String ACCOUNT = "123456789012";

    private TestArns() {
    }

    /** An Auto Scaling group's ARN: the id part is fixed, the name ends it as in AWS's. */
    public static String group(String region, String name) {
        return "arn:aws:autoscaling:" + region + ":" + ACCOUNT
                + ":autoScalingGroup:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0:autoScalingGroupName/" + name;
    }

    /** A CloudFormation stack's ARN (its id). */
    public static String cloudFormationStack(String region, String name) {
        return "arn:aws:cloudformation:" + region + ":" + ACCOUNT + ":stack/" + name
                + "/6f1c3a20-0d1e-11ef-9f3b-0a1b2c3d4e5f";
    }
}
