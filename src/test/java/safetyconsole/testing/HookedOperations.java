package safetyconsole.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import safetyconsole.cloud.CloudOperations;

/** The account's writes, with something done to the world right after a chosen call has gone through. */
public final class HookedOperations {

    private HookedOperations() {
    }

    /** {@code hook} runs after each successful call of {@code method} on {@code real}, before the guard goes on. */
    public static CloudOperations after(CloudOperations real, String method, Runnable hook) {
        return (CloudOperations) Proxy.newProxyInstance(CloudOperations.class.getClassLoader(),
                new Class<?>[] {CloudOperations.class}, (proxy, called, args) -> {
                    Object result;
                    try {
                        result = called.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (called.getName().equals(method)) {
                        hook.run();
                    }
                    return result;
                });
    }
}
