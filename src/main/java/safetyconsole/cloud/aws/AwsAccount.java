package safetyconsole.cloud.aws;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.opsworks.model.ListTagsResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import safetyconsole.cloud.AccountConnector;
import safetyconsole.cloud.App;
import safetyconsole.cloud.Batches;
import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Ec2Instance;
import safetyconsole.cloud.Futures;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.MfaPrompt;
import safetyconsole.cloud.MutationResult;
import safetyconsole.cloud.Operation;
import safetyconsole.cloud.SecurityGroup;
import safetyconsole.cloud.Stack;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.cloud.TrailQuery;

/**
 * A real AWS account through the SDK: OpsWorks in the endpoint region, EC2 and CloudTrail in each stack's own
 * region, STS for who we are. Every SDK failure leaves as a {@link CloudException}; every mutation first finds
 * where its target really is and checks the {@link Confirmation} covers it. Close it to close the clients.
 */
public final class AwsAccount implements AccountConnector.Connection {

    private static final Logger LOG = LoggerFactory.getLogger(AwsAccount.class);
    /** EC2 accepts at most 200 values per filter; a filter (unlike InstanceIds) skips ids it does not know. */
    private static final int EC2_FILTER_VALUES = 200;
    /** How long the banner waits for the account alias. */
    static final Duration ALIAS_WAIT = Duration.ofSeconds(2);

    private final AwsTarget target;
    private final AwsClients clients;
    private final Optional<String> ssoProfile;
    private final Clock clock;
    /** Small per-item reads (tags per stack, the alias) run side by side on it; shut down with the account. */
    private final ExecutorService sideReads;
    private final Map<String, RequestPacer> trailPacers = new ConcurrentHashMap<>();
    private final Supplier<RequestPacer> newPacer;
    private volatile CallerIdentity caller;
    private CompletableFuture<Optional<String>> alias;
    private volatile boolean aliasWaitedFor;

    AwsAccount(AwsTarget target, AwsProfiles profiles, MfaPrompt mfa, Clock clock, Supplier<RequestPacer> newPacer,
               ExecutorService sideReads) {
        this.target = target;
        this.clock = clock;
        this.sideReads = sideReads;
        this.newPacer = newPacer;
        String profileName = target.profile().orElse(profiles.defaultProfileName());
        this.ssoProfile = profiles.summary(profileName).filter(AwsProfiles.Summary::sso).map(AwsProfiles.Summary::name);
        try {
            this.clients = new AwsClients(target, profiles, mfa);
        } catch (RuntimeException e) {
            sideReads.shutdownNow();
            throw AwsErrors.translate(AwsCall.setup("Setting up AWS clients"), e, ssoProfile);
        }
    }

    /**
     * Connects as the AWS CLI would with this profile and region; nothing is called until the first read.
     * {@code sideReads} bounds how many small reads run at once; the account shuts it down when closed.
     */
    public static AwsAccount connect(AwsTarget target, AwsProfiles profiles, MfaPrompt mfa, Clock clock,
                                     ExecutorService sideReads) {
        return new AwsAccount(target, profiles, mfa, clock, () -> RequestPacer.perSecond(2), sideReads);
    }

    @Override
    public String description() {
        return "AWS " + target.profile().map(p -> "profile " + p).orElse("default credentials") + " \u00b7 "
                + target.region() + (target.endpoints().isEmpty() ? "" : " (custom endpoint)");
    }

    @Override
    public CallerIdentity callerIdentity() {
        CallerIdentity known = caller;
        if (known == null) {
            GetCallerIdentityResponse response = call("sts:GetCallerIdentity", "",
                    () -> clients.sts().getCallerIdentity());
            known = new CallerIdentity(response.account(), response.arn(), response.userId());
            caller = known;
            aliasRead();
        }
        return known;
    }

    /**
     * The account's IAM alias for the banner, read once per connection, alongside the caller identity. Empty when
     * the account has none, or when IAM refuses or fails: many roles may not list aliases, and the banner then
     * shows the account id alone rather than failing the account. The first call waits at most
     * {@link #ALIAS_WAIT}, later ones not at all: where IAM is slow or out of reach (a network that lets only some
     * endpoints through) the stacks must not wait for it; a later call gets the alias once it has come.
     */
    @Override
    public Optional<String> accountAlias() {
        CompletableFuture<Optional<String>> read = aliasRead();
        if (aliasWaitedFor) {
            return read.getNow(Optional.empty());
        }
        aliasWaitedFor = true;
        try {
            return read.get(ALIAS_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading the alias does not fail", e);
        }
    }

    private synchronized CompletableFuture<Optional<String>> aliasRead() {
        if (alias == null) {
            alias = CompletableFuture.supplyAsync(this::readAlias, sideReads);
        }
        return alias;
    }

    private Optional<String> readAlias() {
        try {
            return call("iam:ListAccountAliases", "", () -> clients.iam().listAccountAliases()).accountAliases()
                    .stream().findFirst();
        } catch (CloudException e) {
            LOG.info("No account alias for the banner: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public String endpointRegion() {
        return target.region();
    }

    /** The stacks with their tags (which classify them): one ListTags per stack, a few at a time. */
    @Override
    public List<Stack> describeStacks() {
        var response = call("opsworks:DescribeStacks", "", () -> clients.opsWorks().describeStacks(r -> { }));
        List<CompletableFuture<Stack>> stacks = response.stacks().stream()
                .map(stack -> CompletableFuture.supplyAsync(
                        () -> OpsWorksMapping.stack(stack, tags(stack.arn())), sideReads))
                .toList();
        // tags() turns SDK failures into CloudExceptions, which the join rethrows as they are.
        return stacks.stream().map(Futures::join).toList();
    }

    private Map<String, String> tags(String arn) {
        if (arn == null) {
            return Map.of();
        }
        ListTagsResponse response = call("opsworks:ListTags", "of " + arn,
                () -> clients.opsWorks().listTags(r -> r.resourceArn(arn)));
        return response.tags();
    }

    @Override
    public List<Layer> describeLayers(String stackId) {
        return call("opsworks:DescribeLayers", "of stack " + stackId,
                () -> clients.opsWorks().describeLayers(r -> r.stackId(stackId)))
                .layers().stream().map(OpsWorksMapping::layer).toList();
    }

    @Override
    public List<Instance> describeInstances(String stackId) {
        return call("opsworks:DescribeInstances", "of stack " + stackId,
                () -> clients.opsWorks().describeInstances(r -> r.stackId(stackId)))
                .instances().stream().map(OpsWorksMapping::instance).toList();
    }

    @Override
    public List<App> describeApps(String stackId) {
        return call("opsworks:DescribeApps", "of stack " + stackId,
                () -> clients.opsWorks().describeApps(r -> r.stackId(stackId)))
                .apps().stream().map(OpsWorksMapping::app).toList();
    }

    @Override
    public List<Ec2Instance> describeEc2Instances(String region, Collection<String> ec2InstanceIds) {
        if (ec2InstanceIds.size() > MAX_EC2_IDS_PER_CALL) {
            throw new IllegalArgumentException("At most " + MAX_EC2_IDS_PER_CALL + " ids per call");
        }
        List<Ec2Instance> found = new ArrayList<>();
        for (List<String> batch : Batches.of(ec2InstanceIds, EC2_FILTER_VALUES)) {
            Filter byId = Filter.builder().name("instance-id").values(batch).build();
            // The paginator calls AWS while it is iterated, so the whole iteration is the call.
            found.addAll(call("ec2:DescribeInstances", "in " + region, () -> clients.ec2(region)
                    .describeInstancesPaginator(r -> r.filters(byId)).reservations().stream()
                    .flatMap(reservation -> reservation.instances().stream()).map(Ec2Mapping::instance).toList()));
        }
        return found;
    }

    @Override
    public List<SecurityGroup> describeSecurityGroups(String region, String vpcId) {
        Filter inVpc = Filter.builder().name("vpc-id").values(vpcId).build();
        return call("ec2:DescribeSecurityGroups", "in " + region, () -> clients.ec2(region)
                .describeSecurityGroupsPaginator(r -> r.filters(inVpc)).securityGroups().stream()
                .map(Ec2Mapping::group).toList());
    }

    /** Every page of the lookup, paced to CloudTrail's two requests per second in that region. */
    @Override
    public List<TrailEvent> lookupTrailEvents(TrailQuery query) {
        LookupAttribute attribute = LookupAttribute.builder().attributeKey(attributeKey(query.attribute()))
                .attributeValue(query.value()).build();
        RequestPacer pacer = trailPacers.computeIfAbsent(query.region(), r -> newPacer.get());
        Iterator<LookupEventsResponse> pages = clients.cloudTrail(query.region())
                .lookupEventsPaginator(r -> r.lookupAttributes(attribute).startTime(query.from()).endTime(query.to()))
                .iterator();
        List<TrailEvent> events = new ArrayList<>();
        // The iterator requests a page in next(), so the pacer is asked before each request.
        while (pages.hasNext()) {
            pacer.acquire();
            LookupEventsResponse page = call("cloudtrail:LookupEvents", "in " + query.region(), pages::next);
            page.events().forEach(e -> events.add(TrailRecords.event(e, query.region())));
        }
        return events;
    }

    private static LookupAttributeKey attributeKey(TrailQuery.Attribute attribute) {
        return switch (attribute) {
            case EVENT_NAME -> LookupAttributeKey.EVENT_NAME;
            case EVENT_SOURCE -> LookupAttributeKey.EVENT_SOURCE;
            case USERNAME -> LookupAttributeKey.USERNAME;
            case RESOURCE_NAME -> LookupAttributeKey.RESOURCE_NAME;
        };
    }

    // ---- write side: each finds its target's stack as AWS sees it now, then checks the confirmation ----

    @Override
    public MutationResult startInstance(String instanceId, Confirmation confirmation) {
        confirmInstance(Operation.START_INSTANCE, instanceId, confirmation);
        return mutation(Operation.START_INSTANCE.iamAction(), instanceId,
                () -> clients.opsWorksChanges().startInstance(r -> r.instanceId(instanceId)));
    }

    @Override
    public MutationResult stopInstance(String instanceId, boolean force, Confirmation confirmation) {
        confirmInstance(Operation.STOP_INSTANCE, instanceId, confirmation);
        return mutation(Operation.STOP_INSTANCE.iamAction(), instanceId,
                () -> clients.opsWorksChanges().stopInstance(r -> r.instanceId(instanceId).force(force)));
    }

    @Override
    public MutationResult rebootInstance(String instanceId, Confirmation confirmation) {
        confirmInstance(Operation.REBOOT_INSTANCE, instanceId, confirmation);
        return mutation(Operation.REBOOT_INSTANCE.iamAction(), instanceId,
                () -> clients.opsWorksChanges().rebootInstance(r -> r.instanceId(instanceId)));
    }

    @Override
    public MutationResult deleteInstance(String instanceId, boolean deleteElasticIp, boolean deleteVolumes,
                                         Confirmation confirmation) {
        confirmInstance(Operation.DELETE_INSTANCE, instanceId, confirmation);
        return mutation(Operation.DELETE_INSTANCE.iamAction(), instanceId, () -> clients.opsWorksChanges()
                .deleteInstance(r -> r.instanceId(instanceId).deleteElasticIp(deleteElasticIp)
                        .deleteVolumes(deleteVolumes)));
    }

    @Override
    public MutationResult deleteLayer(String layerId, Confirmation confirmation) {
        confirm(Operation.DELETE_LAYER, layerId, stackOfLayer(layerId), confirmation);
        return mutation(Operation.DELETE_LAYER.iamAction(), layerId,
                () -> clients.opsWorksChanges().deleteLayer(r -> r.layerId(layerId)));
    }

    @Override
    public MutationResult deleteApp(String appId, Confirmation confirmation) {
        String stackId = call("opsworks:DescribeApps", appId,
                () -> clients.opsWorks().describeApps(r -> r.appIds(appId)))
                .apps().stream().findFirst().map(a -> a.stackId()).orElseThrow(() -> notFound("app", appId));
        confirm(Operation.DELETE_APP, appId, stackId, confirmation);
        return mutation(Operation.DELETE_APP.iamAction(), appId,
                () -> clients.opsWorksChanges().deleteApp(r -> r.appId(appId)));
    }

    @Override
    public MutationResult deleteStack(String stackId, Confirmation confirmation) {
        confirm(Operation.DELETE_STACK, stackId, stack(stackId).stackId(), confirmation);
        return mutation(Operation.DELETE_STACK.iamAction(), stackId,
                () -> clients.opsWorksChanges().deleteStack(r -> r.stackId(stackId)));
    }

    @Override
    public MutationResult modifyInstanceGroups(String instanceId, String ec2InstanceId, List<String> groupIds,
                                               Confirmation confirmation) {
        var instance = instance(instanceId);
        confirm(Operation.MODIFY_INSTANCE_GROUPS, instanceId, instance.stackId(), confirmation);
        if (!ec2InstanceId.equals(instance.ec2InstanceId())) {
            throw new CloudException(CloudException.Kind.CONFLICT, "Instance " + instanceId + " is now EC2 instance "
                    + instance.ec2InstanceId() + ", not " + ec2InstanceId);
        }
        String region = stack(instance.stackId()).region();
        return mutation(Operation.MODIFY_INSTANCE_GROUPS.iamAction(), "(groups) of " + ec2InstanceId,
                () -> clients.ec2Changes(region).modifyInstanceAttribute(r -> r.instanceId(ec2InstanceId)
                        .groups(groupIds)));
    }

    @Override
    public MutationResult updateLayerSecurityGroups(String layerId, List<String> groupIds, Confirmation confirmation) {
        confirm(Operation.UPDATE_LAYER_GROUPS, layerId, stackOfLayer(layerId), confirmation);
        return mutation(Operation.UPDATE_LAYER_GROUPS.iamAction(), "(custom security groups) of " + layerId,
                () -> clients.opsWorksChanges().updateLayer(r -> r.layerId(layerId).customSecurityGroupIds(groupIds)));
    }

    private void confirmInstance(Operation operation, String instanceId, Confirmation confirmation) {
        confirm(operation, instanceId, instance(instanceId).stackId(), confirmation);
    }

    private void confirm(Operation operation, String targetId, String actualStackId, Confirmation confirmation) {
        confirmation.requireCovers(operation, actualStackId, targetId, clock.instant());
    }

    private software.amazon.awssdk.services.opsworks.model.Instance instance(String instanceId) {
        return call("opsworks:DescribeInstances", instanceId,
                () -> clients.opsWorks().describeInstances(r -> r.instanceIds(instanceId)))
                .instances().stream().findFirst().orElseThrow(() -> notFound("instance", instanceId));
    }

    private String stackOfLayer(String layerId) {
        return call("opsworks:DescribeLayers", layerId,
                () -> clients.opsWorks().describeLayers(r -> r.layerIds(layerId)))
                .layers().stream().findFirst().map(l -> l.stackId()).orElseThrow(() -> notFound("layer", layerId));
    }

    private software.amazon.awssdk.services.opsworks.model.Stack stack(String stackId) {
        return call("opsworks:DescribeStacks", stackId,
                () -> clients.opsWorks().describeStacks(r -> r.stackIds(stackId)))
                .stacks().stream().findFirst().orElseThrow(() -> notFound("stack", stackId));
    }

    private static CloudException notFound(String noun, String id) {
        return new CloudException(CloudException.Kind.NOT_FOUND, "No " + noun + " with id " + id);
    }

    private MutationResult mutation(String action, String about, Supplier<? extends AwsResponse> change) {
        AwsResponse response = call(action, about, change);
        String requestId = response.responseMetadata().requestId();
        LOG.info("{} done, request {}", AwsCall.of(action, about), requestId);
        return new MutationResult(requestId == null ? "unknown" : requestId);
    }

    /**
     * @param action the IAM action the request needs (e.g. {@code opsworks:DescribeStacks}), named to the operator
     *               when AWS refuses it
     * @param about  what it is about, for the log (e.g. {@code of stack …}); may be empty
     */
    private <T> T call(String action, String about, Supplier<T> request) {
        try {
            return request.get();
        } catch (CloudException e) {
            throw e;
        } catch (RuntimeException e) {
            throw AwsErrors.translate(AwsCall.of(action, about), e, ssoProfile);
        }
    }

    @Override
    public void close() {
        sideReads.shutdownNow();
        clients.close();
    }
}
