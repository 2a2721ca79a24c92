package safetyconsole.ui.shell;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import safetyconsole.cloud.AccountConnector;
import safetyconsole.settings.AppDirectories;

/** The accounts the window can switch to; the launcher wires them to the composition root. */
public final class Accounts {

    private final Supplier<AccountConnector> makeConnector;
    private final Supplier<OpenAccount> demo;
    private final BiFunction<AccountConnector.Connection, List<String>, OpenAccount> aws;
    private final AppDirectories directories;
    private AccountConnector connector;

    /**
     * @param connector made on first use only (the AWS one reads the profile files and loads SDK code)
     * @param aws       an account on a new connection, reading the migrated stacks of the regions given (empty: the
     *                  connection's region); closing the account closes the connection
     */
    public Accounts(Supplier<AccountConnector> connector, Supplier<OpenAccount> demo,
                    BiFunction<AccountConnector.Connection, List<String>, OpenAccount> aws,
                    AppDirectories directories) {
        this.makeConnector = Objects.requireNonNull(connector);
        this.demo = Objects.requireNonNull(demo);
        this.aws = Objects.requireNonNull(aws);
        this.directories = Objects.requireNonNull(directories);
    }

    /** Blocking on first use: call it in the background. */
    public synchronized AccountConnector connector() {
        if (connector == null) {
            connector = makeConnector.get();
        }
        return connector;
    }

    /** The built-in demo account, to go back to from a real one. */
    public OpenAccount demo() {
        return demo.get();
    }

    public OpenAccount aws(AccountConnector.Connection connection, List<String> stackRegions) {
        return aws.apply(connection, stackRegions);
    }

    public AppDirectories directories() {
        return directories;
    }
}
