package safetyconsole.cloud.aws;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.AdaptiveRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.opsworks.OpsWorksClient;
import software.amazon.awssdk.services.resourcegroups.ResourceGroupsClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsClientBuilder;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import safetyconsole.cloud.MfaPrompt;

/**
 * The SDK clients of one connection: OpsWorks, STS and IAM (global; the SDK finds its endpoint from any region)
 * in the endpoint region, EC2, CloudTrail, Auto Scaling, CloudFormation, Resource Groups and Systems Manager per
 * region (made on first use). One HTTP client with
 * connect and read timeouts underneath all of them. Reads retry with adaptive backoff. Changes have clients of
 * their own that retry only when AWS throttled the request (it was refused, not carried out): after a timeout or a
 * 5xx the change may have happened, and sending it again could act twice or report a done change as failed. The
 * reads that find out whether OpsWorks or Resource Groups is there at all have clients that do not retry its
 * absence.
 * {@link #close()} closes every client and the HTTP client.
 */
final class AwsClients implements AutoCloseable {

    private final AwsTarget target;
    private final SdkHttpClient http;
    private final ClientOverrideConfiguration overrides;
    private final ClientOverrideConfiguration changeOverrides;
    /** For a service the account may not offer: its absence is an answer, not retried. */
    private final ClientOverrideConfiguration discoveryOverrides;
    private final AwsCredentialsProvider credentials;
    private final OpsWorksClient opsWorks;
    private final OpsWorksClient opsWorksChanges;
    private final OpsWorksClient opsWorksDiscovery;
    private final StsClient sts;
    /** Made on first use, on the account's side-read pool: connecting need not wait for it. */
    private IamClient iam;
    private final PerRegion<Ec2Client> ec2;
    private final PerRegion<Ec2Client> ec2Changes;
    private final PerRegion<CloudTrailClient> cloudTrail;
    private final PerRegion<AutoScalingClient> autoScaling;
    private final PerRegion<AutoScalingClient> autoScalingChanges;
    private final PerRegion<CloudFormationClient> cloudFormation;
    private final PerRegion<CloudFormationClient> cloudFormationChanges;
    private final PerRegion<ResourceGroupsClient> resourceGroups;
    private final PerRegion<SsmClient> systemsManager;
    private final List<PerRegion<?>> regional;

    /** One client per region, made on first use. */
    private static final class PerRegion<C extends SdkAutoCloseable> {

        private final Map<String, C> clients = new ConcurrentHashMap<>();
        private final Function<String, C> make;

        PerRegion(Function<String, C> make) {
            this.make = make;
        }

        C in(String region) {
            return clients.computeIfAbsent(region, make);
        }

        void close() {
            clients.values().forEach(SdkAutoCloseable::close);
        }
    }

    AwsClients(AwsTarget target, AwsProfiles profiles, MfaPrompt mfa) {
        this.target = target;
        AwsTarget.Limits limits = target.limits();
        this.http = UrlConnectionHttpClient.builder().connectionTimeout(limits.connect()).socketTimeout(limits.read())
                .build();
        this.overrides = ClientOverrideConfiguration.builder()
                .apiCallAttemptTimeout(limits.attempt())
                .apiCallTimeout(limits.call())
                .retryStrategy(AwsRetryStrategy.adaptiveRetryStrategy().toBuilder().maxAttempts(limits.maxAttempts())
                        .build())
                .build();
        this.changeOverrides = retryingOnly(AwsClients::throttled, limits);
        this.credentials = AwsCredentials.provider(target, profiles, mfa, this::stsWith);
        this.opsWorks = build(OpsWorksClient.builder(), AwsService.OPSWORKS, target.region(), overrides);
        this.opsWorksChanges = build(OpsWorksClient.builder(), AwsService.OPSWORKS, target.region(), changeOverrides);
        this.discoveryOverrides = retryingOnly(AwsClients::busyButThere, limits);
        this.opsWorksDiscovery = build(OpsWorksClient.builder(), AwsService.OPSWORKS, target.region(),
                discoveryOverrides);
        this.sts = stsWith(credentials);
        this.ec2 = new PerRegion<>(r -> build(Ec2Client.builder(), AwsService.EC2, r, overrides));
        this.ec2Changes = new PerRegion<>(r -> build(Ec2Client.builder(), AwsService.EC2, r, changeOverrides));
        this.cloudTrail = new PerRegion<>(r -> build(CloudTrailClient.builder(), AwsService.CLOUDTRAIL, r, overrides));
        this.autoScaling = new PerRegion<>(
                r -> build(AutoScalingClient.builder(), AwsService.AUTOSCALING, r, overrides));
        this.autoScalingChanges = new PerRegion<>(
                r -> build(AutoScalingClient.builder(), AwsService.AUTOSCALING, r, changeOverrides));
        this.cloudFormation = new PerRegion<>(
                r -> build(CloudFormationClient.builder(), AwsService.CLOUDFORMATION, r, overrides));
        this.cloudFormationChanges = new PerRegion<>(
                r -> build(CloudFormationClient.builder(), AwsService.CLOUDFORMATION, r, changeOverrides));
        this.resourceGroups = new PerRegion<>(
                r -> build(ResourceGroupsClient.builder(), AwsService.RESOURCE_GROUPS, r, discoveryOverrides));
        this.systemsManager = new PerRegion<>(
                r -> build(SsmClient.builder(), AwsService.SYSTEMS_MANAGER, r, discoveryOverrides));
        this.regional = List.of(ec2, ec2Changes, cloudTrail, autoScaling, autoScalingChanges, cloudFormation,
                cloudFormationChanges, resourceGroups, systemsManager);
    }

    /** The read overrides with retries only when {@code retryable} says so, backing off (longer when throttled). */
    private ClientOverrideConfiguration retryingOnly(Predicate<Throwable> retryable, AwsTarget.Limits limits) {
        return overrides.toBuilder().retryStrategy(AdaptiveRetryStrategy.builder()
                .useClientDefaults(false)
                .retryOnException(retryable)
                .treatAsThrottling(AwsClients::throttled)
                .maxAttempts(limits.maxAttempts())
                .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(20)))
                .throttlingBackoffStrategy(
                        BackoffStrategy.exponentialDelay(Duration.ofSeconds(1), Duration.ofSeconds(20)))
                .build()).build();
    }

    private static boolean throttled(Throwable error) {
        return error instanceof AwsServiceException && ((AwsServiceException) error).isThrottlingException();
    }

    /**
     * The service is there but could not answer this time: throttled, a 5xx in its own words, or the connection
     * failed on the way. Its absence (refused, not resolving, a bare 500, an unknown operation) is an answer, not
     * worth seconds of retries.
     */
    private static boolean busyButThere(Throwable error) {
        if (AwsErrors.serviceAbsent(error)) {
            return false;
        }
        return throttled(error) || error instanceof AwsServiceException
                && ((AwsServiceException) error).statusCode() >= 500
                || error instanceof SdkClientException && error.getCause() instanceof IOException;
    }

    OpsWorksClient opsWorks() {
        return opsWorks;
    }

    /** For changes: retried only when throttled. */
    OpsWorksClient opsWorksChanges() {
        return opsWorksChanges;
    }

    /** For the first read, which finds out whether the account offers OpsWorks at all: its absence is not retried. */
    OpsWorksClient opsWorksDiscovery() {
        return opsWorksDiscovery;
    }

    StsClient sts() {
        return sts;
    }

    synchronized IamClient iam() {
        if (iam == null) {
            iam = build(IamClient.builder(), AwsService.IAM, target.region(), overrides);
        }
        return iam;
    }

    Ec2Client ec2(String region) {
        return ec2.in(region);
    }

    /** For changes: retried only when throttled. */
    Ec2Client ec2Changes(String region) {
        return ec2Changes.in(region);
    }

    CloudTrailClient cloudTrail(String region) {
        return cloudTrail.in(region);
    }

    AutoScalingClient autoScaling(String region) {
        return autoScaling.in(region);
    }

    /** For changes: retried only when throttled. */
    AutoScalingClient autoScalingChanges(String region) {
        return autoScalingChanges.in(region);
    }

    CloudFormationClient cloudFormation(String region) {
        return cloudFormation.in(region);
    }

    /** For changes: retried only when throttled. */
    CloudFormationClient cloudFormationChanges(String region) {
        return cloudFormationChanges.in(region);
    }

    /** Resource Groups may not be offered (moto routes only part of it): its absence is not retried. */
    ResourceGroupsClient resourceGroups(String region) {
        return resourceGroups.in(region);
    }

    /** Systems Manager may be refused (no permission, not routed): its absence is not retried. */
    SsmClient systemsManager(String region) {
        return systemsManager.in(region);
    }

    /** An STS client signing with other credentials: the source profile's, to assume a role. */
    private StsClient stsWith(AwsCredentialsProvider signer) {
        StsClientBuilder builder = StsClient.builder();
        configure(builder, AwsService.STS, target.region(), overrides);
        return builder.credentialsProvider(signer).build();
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C>
            C build(B builder, AwsService service, String region, ClientOverrideConfiguration retries) {
        configure(builder, service, region, retries);
        return builder.credentialsProvider(credentials).build();
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>>
            void configure(B builder, AwsService service, String region, ClientOverrideConfiguration configuration) {
        builder.region(Region.of(region)).httpClient(http).overrideConfiguration(configuration);
        target.endpoint(service).ifPresent(builder::endpointOverride);
    }

    @Override
    public synchronized void close() {
        regional.forEach(PerRegion::close);
        opsWorks.close();
        opsWorksChanges.close();
        opsWorksDiscovery.close();
        sts.close();
        if (iam != null) {
            iam.close();
        }
        if (credentials instanceof AutoCloseable) {
            try {
                ((AutoCloseable) credentials).close();
            } catch (Exception e) {
                LoggerFactory.getLogger(AwsClients.class).debug("credentials provider did not close", e);
            }
        }
        http.close();
    }
}
