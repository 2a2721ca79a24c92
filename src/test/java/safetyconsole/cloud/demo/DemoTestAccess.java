package safetyconsole.cloud.demo;

import java.util.List;

/** What other operators (or OpsWorks itself) do to the demo account behind the console's back, for tests. */
public final class DemoTestAccess {

    private DemoTestAccess() {
    }

    public static void rename(DemoAccount account, String stackId, String newName) {
        synchronized (account.world()) {
            account.world().opsworks().renameStack(stackId, newName);
        }
    }

    public static void autoHeal(DemoAccount account, String instanceId) {
        synchronized (account.world()) {
            account.world().autoHeal(instanceId);
        }
    }

    public static void stopBehindTheBack(DemoAccount account, String instanceId) {
        synchronized (account.world()) {
            account.world().stopInstance(instanceId, null);
        }
    }

    public static void startBehindTheBack(DemoAccount account, String instanceId) {
        synchronized (account.world()) {
            account.world().startInstance(instanceId, null);
        }
    }

    public static void setEc2GroupsBehindTheBack(DemoAccount account, String instanceId, List<String> groupIds) {
        synchronized (account.world()) {
            String ec2Id = account.world().opsworks().findInstance(instanceId).orElseThrow().ec2Id().orElseThrow();
            account.world().modifyInstanceGroups(instanceId, ec2Id, groupIds, null);
        }
    }

    public static void setLayerGroupsBehindTheBack(DemoAccount account, String layerId, List<String> groupIds) {
        synchronized (account.world()) {
            account.world().updateLayerSecurityGroups(layerId, groupIds);
        }
    }

    public static void deleteBehindTheBack(DemoAccount account, String instanceId) {
        synchronized (account.world()) {
            account.world().deleteInstance(instanceId, null);
        }
    }

    /** Someone else scaled the group (SetDesiredCapacity), under the same rules as the console's own calls. */
    public static void setDesiredCapacityBehindTheBack(DemoAccount account, String region, String groupName,
                                                       int desiredCapacity) {
        synchronized (account.world()) {
            account.world().scaling().setDesiredCapacity(null, region, groupName, desiredCapacity);
        }
    }

    /** SetInstanceProtection on an instance of a group. */
    public static void protectFromScaleInBehindTheBack(DemoAccount account, String region, String ec2Id) {
        synchronized (account.world()) {
            account.world().scaling().protectFromScaleIn(region, ec2Id);
        }
    }

    /** A stack update (or UpdateAutoScalingGroup) moved the group to another version of its launch template. */
    public static void useLaunchTemplateVersionBehindTheBack(DemoAccount account, String region, String groupName,
                                                             String version) {
        synchronized (account.world()) {
            account.world().scaling().useLaunchTemplateVersion(region, groupName, version);
        }
    }
}
