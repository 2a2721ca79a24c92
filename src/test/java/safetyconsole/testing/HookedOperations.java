package safetyconsole.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;

import safetyconsole.cloud.CloudOperations;

/** The account's writes, with something done to the world right after a chosen call has gone through. */
public final class HookedOperations {

    private HookedOperations() {
    }

    /** {@code hook} runs after each successful call of {@code method} on {@code real}, before the guard goes on. */
    public static CloudOperations after(CloudOperations real, String method, Runnable hook) {
        return afterAny(real, called -> {
            if (called.equals(method)) {
                hook.run();
            }
        });
    }

    /** {@code hook} is told the name of each call that went through on {@code real}, before the guard goes on. */
    public static CloudOperations afterAny(CloudOperations real, Consumer<String> hook) {
        return (CloudOperations) Proxy.newProxyInstance(CloudOperations.class.getClassLoader(),
                new Class<?>[] {CloudOperations.class}, (proxy, called, args) -> {
                    Object result;
                    try {
                        result = called.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    hook.accept(called.getName());
                    return result;
                });
    }
}
