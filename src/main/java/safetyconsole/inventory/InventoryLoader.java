package safetyconsole.inventory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import safetyconsole.cloud.App;
import safetyconsole.cloud.Batches;
import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Futures;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;

/**
 * Reads one stack: the three OpsWorks describes side by side, then EC2 in the stack's own region —
 * instances in batches of at most 1000 ids, and the VPC's security groups in one call — never one call per
 * instance. OpsWorks failures fail the load; EC2 failures are recorded in the inventory (the instances stay
 * visible, their EC2 side marked unread).
 */
public final class InventoryLoader {

    private final CloudAccount account;
    private final Clock clock;
    private final Executor executor;

    /** Sequential: every call on the calling thread. */
    public InventoryLoader(CloudAccount account, Clock clock) {
        this(account, clock, Runnable::run);
    }

    /** Calls run on {@code executor}; bound its size to stay within the provider's request rate. */
    public InventoryLoader(CloudAccount account, Clock clock, Executor executor) {
        this.account = account;
        this.clock = clock;
        this.executor = executor;
    }

    public StackInventory load(Stack stack) {
        CompletableFuture<List<Layer>> layers = async(() -> account.describeLayers(stack.id()));
        CompletableFuture<List<Instance>> instances = async(() -> account.describeInstances(stack.id()));
        CompletableFuture<List<App>> apps = async(() -> account.describeApps(stack.id()));
        CompletableFuture<Map<String, SecurityGroup>> groups = async(() -> describeGroups(stack));

        List<Instance> read = Futures.join(instances);
        List<String> ec2Ids = read.stream().flatMap(i -> i.ec2Id().stream()).distinct().collect(Collectors.toList());
        List<CompletableFuture<Ec2Batch>> batches = new ArrayList<>();
        for (List<String> batch : Batches.of(ec2Ids, CloudAccount.MAX_EC2_IDS_PER_CALL)) {
            batches.add(async(() -> Ec2Batch.read(account, stack.region(), batch)));
        }
        Map<String, Ec2Instance> ec2ById = new HashMap<>();
        Map<String, CloudException.Kind> unread = new HashMap<>();
        for (CompletableFuture<Ec2Batch> batch : batches) {
            Ec2Batch result = Futures.join(batch);
            result.instances().forEach(ec2 -> ec2ById.put(ec2.id(), ec2));
            result.failure().ifPresent(kind -> result.ids().forEach(id -> unread.put(id, kind)));
        }
        Map<String, SecurityGroup> groupsById = Map.of();
        Optional<CloudException.Kind> groupsUnread = Optional.empty();
        try {
            groupsById = Futures.join(groups);
        } catch (CloudException e) {
            groupsUnread = Optional.of(e.kind());
        }
        return new StackInventory(stack, Futures.join(layers), read, Futures.join(apps), ec2ById, groupsById, unread,
                groupsUnread, clock.instant());
    }

    /** One DescribeInstances call; a failure is kept with the ids it was about. */
    private record Ec2Batch(List<String> ids, List<Ec2Instance> instances, Optional<CloudException.Kind> failure) {
        static Ec2Batch read(CloudAccount account, String region, List<String> ids) {
            try {
                return new Ec2Batch(ids, account.describeEc2Instances(region, ids), Optional.empty());
            } catch (CloudException e) {
                return new Ec2Batch(ids, List.of(), Optional.of(e.kind()));
            }
        }
    }

    /** One lookup per VPC; a stack outside a VPC (EC2-Classic) has no groups to resolve here. */
    private Map<String, SecurityGroup> describeGroups(Stack stack) {
        return stack.vpc().map(vpc -> account.describeSecurityGroups(stack.region(), vpc).stream()
                .collect(Collectors.toMap(SecurityGroup::id, Function.identity()))).orElse(Map.of());
    }

    private <T> CompletableFuture<T> async(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, executor);
    }
}
