package safetyconsole.migrated;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import safetyconsole.cloud.CloudException;

/** A list read whole, or nothing when the read fails: the caller then reads item by item, or says what it missed. */
final class WholeList {

    private WholeList() {
    }

    static <T> Optional<List<T>> read(Supplier<List<T>> read, Consumer<CloudException> failed) {
        try {
            return Optional.of(read.get());
        } catch (CloudException e) {
            failed.accept(e);
            return Optional.empty();
        }
    }
}
