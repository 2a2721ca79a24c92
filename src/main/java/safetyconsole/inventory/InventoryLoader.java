package safetyconsole.inventory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;

/**
 * Reads one stack: three OpsWorks describes, then EC2 in the stack's own region: instances in batches of
 * at most 1000 ids and the VPC's security groups in one call — never one call per instance.
 */
public final class InventoryLoader {

    private final CloudAccount account;
    private final Clock clock;

    public InventoryLoader(CloudAccount account, Clock clock) {
        this.account = account;
        this.clock = clock;
    }

    public StackInventory load(Stack stack) {
        var layers = account.describeLayers(stack.id());
        var instances = account.describeInstances(stack.id());
        var apps = account.describeApps(stack.id());
        return new StackInventory(stack, layers, instances, apps, describeEc2(stack.region(), instances),
                describeGroups(stack), clock.instant());
    }

    /** One lookup per VPC; a stack outside a VPC (EC2-Classic) has no groups to resolve here. */
    private Map<String, SecurityGroup> describeGroups(Stack stack) {
        if (stack.vpc().isEmpty()) {
            return Map.of();
        }
        return account.describeSecurityGroups(stack.region(), stack.vpcId()).stream()
                .collect(Collectors.toMap(SecurityGroup::id, Function.identity()));
    }

    private Map<String, Ec2Instance> describeEc2(String region, List<Instance> instances) {
        List<String> ids = instances.stream().flatMap(i -> i.ec2Id().stream()).distinct().toList();
        Map<String, Ec2Instance> byId = new HashMap<>();
        for (List<String> batch : batches(ids, CloudAccount.MAX_EC2_IDS_PER_CALL)) {
            account.describeEc2Instances(region, batch).forEach(ec2 -> byId.put(ec2.id(), ec2));
        }
        return byId;
    }

    static <T> List<List<T>> batches(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int start = 0; start < items.size(); start += size) {
            batches.add(items.subList(start, Math.min(items.size(), start + size)));
        }
        return batches;
    }
}
