package safetyconsole.testing;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import safetyconsole.AppContext;
import safetyconsole.AwsOptions;
import safetyconsole.check.CheckCommand;

/** The check's accounts when a test has only one: the default (--demo) is it, any other is a test mistake. */
public record OneAccountContexts(Supplier<AppContext> account) implements CheckCommand.Contexts {

    @Override
    public AppContext demo(Optional<Path> settings) {
        return account.get();
    }

    @Override
    public AppContext snapshot(Path folder, Optional<Path> settings) {
        throw new AssertionError("only one account here, no snapshot");
    }

    @Override
    public AppContext aws(AwsOptions options, Optional<Path> settings) {
        throw new AssertionError("only one account here, no AWS");
    }
}
