package safetyconsole.guard;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;

/**
 * An account's reads as the guard sees them on a bad day: a stopped instance still shows as stopping for the next
 * so many reads of instances (a slow stop), and the next so many reads fail (a throttle, a network blip).
 */
final class FaultyReads {

    private final CloudAccount reads;
    private int slowReads;
    private int failingReads;
    private CloudException.Kind failure = CloudException.Kind.THROTTLED;

    FaultyReads(CloudAccount real) {
        this.reads = (CloudAccount) Proxy.newProxyInstance(CloudAccount.class.getClassLoader(),
                new Class<?>[] {CloudAccount.class}, (proxy, called, args) -> {
                    boolean read = called.getName().startsWith("describe");
                    if (read && failingReads > 0) {
                        failingReads--;
                        throw new CloudException(failure, "injected: " + called.getName() + " failed");
                    }
                    Object result;
                    try {
                        result = called.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (called.getName().equals("describeInstances") && slowReads > 0) {
                        slowReads--;
                        return ((List<?>) result).stream().map(Instance.class::cast)
                                .map(i -> i.status() == InstanceStatus.STOPPED ? i.withStatus(InstanceStatus.STOPPING)
                                        : i)
                                .toList();
                    }
                    return result;
                });
    }

    /** Stops show late for the next {@code count} reads of instances. */
    FaultyReads slowFor(int count) {
        slowReads = count;
        return this;
    }

    /** The next {@code count} reads fail with {@code kind}. */
    FaultyReads failNext(int count, CloudException.Kind kind) {
        failingReads = count;
        failure = kind;
        return this;
    }

    CloudAccount reads() {
        return reads;
    }
}
