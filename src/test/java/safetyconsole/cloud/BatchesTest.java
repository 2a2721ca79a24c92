package safetyconsole.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BatchesTest {

    @Test
    void batchesSplitAtTheLimit() {
        List<Integer> items = IntStream.range(0, 2001).boxed().toList();

        assertThat(Batches.of(items, 1000)).extracting(List::size).containsExactly(1000, 1000, 1);
        assertThat(Batches.of(List.of(), 1000)).isEmpty();
    }

    @Test
    void batchesKeepTheOrder() {
        assertThat(Batches.of(List.of("i-1", "i-2", "i-3"), 2)).containsExactly(List.of("i-1", "i-2"), List.of("i-3"));
    }
}
