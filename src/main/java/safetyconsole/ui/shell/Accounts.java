package safetyconsole.ui.shell;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import safetyconsole.cloud.AccountConnector;
import safetyconsole.settings.AppDirectories;

/** The accounts the window can switch to; the launcher wires them to the composition root. */
public final class Accounts {

    private final Supplier<AccountConnector> makeConnector;
    private final Supplier<OpenAccount> demo;
    private final Function<AccountConnector.Connection, OpenAccount> aws;
    private final AppDirectories directories;
    private AccountConnector connector;

    /**
     * @param connector made on first use only (the AWS one reads the profile files and loads SDK code)
     * @param aws       an account on a new connection; closing the account closes the connection
     */
    public Accounts(Supplier<AccountConnector> connector, Supplier<OpenAccount> demo,
                    Function<AccountConnector.Connection, OpenAccount> aws, AppDirectories directories) {
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

    public OpenAccount aws(AccountConnector.Connection connection) {
        return aws.apply(connection);
    }

    public AppDirectories directories() {
        return directories;
    }
}
