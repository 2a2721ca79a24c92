package safetyconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Every audit log of the process decodes on one pool, of named daemon threads. */
class ThreadPoolsTest {

    @Test
    void theAuditDecodersAreOnePoolOfNamedDaemons() throws Exception {
        Thread decoder = CompletableFuture.supplyAsync(Thread::currentThread, ThreadPools.auditDecoders())
                .get(10, TimeUnit.SECONDS);

        assertThat(ThreadPools.auditDecoders()).isSameAs(ThreadPools.auditDecoders());
        assertThat(decoder.getName()).startsWith("audit-decoder-");
        assertThat(decoder.isDaemon()).isTrue();
    }
}
