package safetyconsole.guard;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;

import safetyconsole.cloud.CloudAccount;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;

/** An account's reads in which a stopped instance still shows as stopping: a stop slower than any wait. */
final class NeverStopping {

    private NeverStopping() {
    }

    static CloudAccount readsOf(CloudAccount real) {
        return (CloudAccount) Proxy.newProxyInstance(CloudAccount.class.getClassLoader(),
                new Class<?>[] {CloudAccount.class}, (proxy, called, args) -> {
                    Object result;
                    try {
                        result = called.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (called.getName().equals("describeInstances")) {
                        return ((List<?>) result).stream().map(Instance.class::cast)
                                .map(i -> i.status() == InstanceStatus.STOPPED ? i.withStatus(InstanceStatus.STOPPING)
                                        : i)
                                .toList();
                    }
                    return result;
                });
    }
}
