package safetyconsole.cloud.aws;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.CloudException;

/** Who an {@link AwsAccount} is for the banner: the caller from STS and the account's IAM alias, each read once. */
final class AwsIdentity {

    private static final Logger LOG = LoggerFactory.getLogger(AwsIdentity.class);
    /** How long the banner waits for the account alias. */
    static final Duration ALIAS_WAIT = Duration.ofSeconds(2);

    private final AwsClients clients;
    private final AwsRequests requests;
    /** The alias is read on it, beside the caller identity. */
    private final ExecutorService sideReads;
    private volatile CallerIdentity caller;
    private CompletableFuture<Optional<String>> alias;
    private volatile boolean aliasWaitedFor;

    AwsIdentity(AwsClients clients, AwsRequests requests, ExecutorService sideReads) {
        this.clients = clients;
        this.requests = requests;
        this.sideReads = sideReads;
    }

    CallerIdentity callerIdentity() {
        CallerIdentity known = caller;
        if (known == null) {
            GetCallerIdentityResponse response = requests.call("sts:GetCallerIdentity", "",
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
    Optional<String> accountAlias() {
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
            return requests.call("iam:ListAccountAliases", "", () -> clients.iam().listAccountAliases())
                    .accountAliases().stream().findFirst();
        } catch (CloudException e) {
            LOG.info("No account alias for the banner: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
