package safetyconsole.ui.connect;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import safetyconsole.cloud.AccountConnector;
import safetyconsole.cloud.EndpointUrl;
import safetyconsole.cloud.MfaPrompt;
import safetyconsole.cloud.RegionNames;
import safetyconsole.settings.LastConnection;
import safetyconsole.ui.common.ErrorMessages;
import safetyconsole.ui.common.TaskRunner;

/**
 * The connect dialog's state: the profiles (and the default credentials), a region that follows the profile until
 * the user picks another, an optional endpoint and other regions whose migrated stacks are read as well, both
 * checked as they are typed, and connecting in the background. A failure keeps every input and says why in one
 * sentence; success hands the connection over and remembers the choice.
 */
public final class ConnectViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectViewModel.class);

    private record Choices(List<ProfileChoice> profiles, List<String> regions, Optional<LastConnection> last) {
    }

    private final Supplier<AccountConnector> connector;
    private final Path lastConnectionFile;
    private final TaskRunner runner;
    private final MfaPrompt mfa;
    private final BiConsumer<AccountConnector.Connection, List<String>> onConnected;

    private final ObservableList<ProfileChoice> profiles = FXCollections.observableArrayList();
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final ObjectProperty<ProfileChoice> profile = new SimpleObjectProperty<>();
    private final ObjectProperty<String> region = new SimpleObjectProperty<>();
    private final CheckedInput<Optional<URI>> endpoint = new CheckedInput<>(
            text -> text.isBlank() ? Optional.empty() : Optional.of(EndpointUrl.parse(text, "The endpoint URL")));
    private final CheckedInput<List<String>> alsoRead = new CheckedInput<>(
            text -> RegionNames.parse(text, "Also read regions"));
    private final StringBinding regionHint;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private final BooleanBinding connectable;
    private boolean closed;

    /**
     * @param connector   blocking on first use (it reads the profile files), so only called in the background
     * @param onConnected gets the new connection on the FX thread and owns it from then on, with the regions whose
     *                    migrated stacks are read (empty: the connection's region)
     */
    public ConnectViewModel(Supplier<AccountConnector> connector, Path lastConnectionFile, TaskRunner runner,
                            MfaPrompt mfa,
                            BiConsumer<AccountConnector.Connection, List<String>> onConnected) {
        this.connector = connector;
        this.lastConnectionFile = lastConnectionFile;
        this.runner = runner;
        this.mfa = mfa;
        this.onConnected = onConnected;
        profile.addListener((obs, old, now) -> {
            if (now != null) {
                now.region().filter(regions::contains).ifPresent(region::set);
            }
        });
        regionHint = Bindings.createStringBinding(
                () -> profile.get() == null ? "" : profile.get().regionHint(regions), profile, region);
        connectable = Bindings.createBooleanBinding(() -> !busy.get() && !connected.get() && profile.get() != null
                && region.get() != null && endpoint.problemProperty().get().isEmpty()
                && alsoRead.problemProperty().get().isEmpty(), busy, connected, profile, region,
                endpoint.problemProperty(), alsoRead.problemProperty());
    }

    /** Reads the profiles and preselects {@code connectNow} (then connects at once), else the last choice. */
    public void open(Optional<AccountConnector.Request> connectNow) {
        busy.set(true);
        info("Reading your AWS profiles\u2026");
        runner.run("Read the AWS profiles", () -> choices(connectNow.isEmpty()), loaded -> {
            busy.set(false);
            info("");
            show(loaded, connectNow);
            connectNow.ifPresent(request -> connect());
        }, error -> {
            busy.set(false);
            LOG.warn("Cannot read the AWS profiles", error);
            fail("Your AWS profiles could not be read. " + ErrorMessages.sentence(error));
        });
    }

    private Choices choices(boolean withLast) {
        AccountConnector source = connector.get();
        return new Choices(ProfileChoice.offeredBy(source), source.regions(),
                withLast ? LastConnection.read(lastConnectionFile) : Optional.empty());
    }

    private void show(Choices loaded, Optional<AccountConnector.Request> connectNow) {
        regions.setAll(loaded.regions());
        profiles.setAll(loaded.profiles());
        Optional<LastConnection> preset = connectNow
                .map(r -> new LastConnection(r.profile(), r.region(), r.endpoint().map(URI::toString).orElse(""),
                        r.stackRegions().stream().filter(other -> !other.equals(r.region())).toList()))
                .or(loaded::last);
        if (preset.isEmpty()) {
            profile.set(profiles.get(0));
            return;
        }
        profile.set(choiceFor(preset.get().profile()));
        region.set(preset.get().region());
        endpoint.textProperty().set(preset.get().endpoint());
        alsoRead.textProperty().set(RegionNames.join(preset.get().alsoRead()));
    }

    /** The list's entry for a profile name; one is added for a name the files no longer have, so it shows. */
    private ProfileChoice choiceFor(Optional<String> name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst().orElseGet(() -> {
            ProfileChoice missing = new ProfileChoice(name, Optional.empty(), false, false);
            profiles.add(missing);
            return missing;
        });
    }

    /** Connects in the background (Enter / Connect); does nothing while the inputs cannot be used. */
    public void connect() {
        if (!connectable.get()) {
            return;
        }
        List<String> others = alsoRead.value();
        AccountConnector.Request request = new AccountConnector.Request(profile.get().name(), region.get(),
                endpoint.value(), stackRegions(region.get(), others));
        LastConnection choice = new LastConnection(request.profile(), request.region(),
                endpoint.textProperty().get().strip(), others);
        busy.set(true);
        info("Connecting with " + profile.get().name().map(n -> "profile " + n).orElse("the default credentials")
                + " in " + request.region() + "\u2026");
        runner.run("Connect to AWS", () -> {
            AccountConnector.Connection connection = connector.get().connect(request, mfa);
            remember(choice);
            return connection;
        }, connection -> {
            busy.set(false);
            if (closed) {
                // The dialog went away while connecting: nobody will use this connection.
                connection.close();
                return;
            }
            connected.set(true);
            info("");
            onConnected.accept(connection, request.stackRegions());
        }, error -> {
            busy.set(false);
            LOG.warn("Connecting to AWS ({}) failed", request, error);
            fail(ErrorMessages.whileConnecting(error));
        });
    }

    /** The region connected to, then the others; none when there are no others (the region alone is read). */
    private static List<String> stackRegions(String region, List<String> others) {
        if (others.isEmpty()) {
            return List.of();
        }
        Set<String> all = new LinkedHashSet<>(List.of(region));
        all.addAll(others);
        return List.copyOf(all);
    }

    /** Runs in the background after connecting: a choice that cannot be saved is not worth failing for. */
    private void remember(LastConnection choice) {
        try {
            choice.write(lastConnectionFile);
        } catch (IOException e) {
            LOG.warn("Cannot save the last connection to {}", lastConnectionFile, e);
        }
    }

    /** The dialog closed: a connection that still arrives is closed, not handed over. */
    public void close() {
        closed = true;
    }

    private void info(String text) {
        message.set(text);
        failed.set(false);
    }

    private void fail(String text) {
        message.set(text);
        failed.set(true);
    }

    // --- properties ----------------------------------------------------------------------------

    public ObservableList<ProfileChoice> profiles() {
        return profiles;
    }

    public ObservableList<String> regions() {
        return regions;
    }

    public ObjectProperty<ProfileChoice> profileProperty() {
        return profile;
    }

    public ObjectProperty<String> regionProperty() {
        return region;
    }

    public StringProperty endpointProperty() {
        return endpoint.textProperty();
    }

    /** Empty while the endpoint is blank (none) or usable. */
    public ReadOnlyStringProperty endpointProblemProperty() {
        return endpoint.problemProperty();
    }

    /** Other regions whose migrated stacks are read too, comma-separated, as typed. */
    public StringProperty alsoReadProperty() {
        return alsoRead.textProperty();
    }

    /** Empty while the other regions are blank (none) or all region names. */
    public ReadOnlyStringProperty alsoReadProblemProperty() {
        return alsoRead.problemProperty();
    }

    /** Empty unless the profile's own region has no OpsWorks Stacks endpoint. */
    public ObservableStringValue regionHint() {
        return regionHint;
    }

    /** Progress or, when {@link #failedProperty()}, why the last attempt failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Reading the profiles or connecting. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the connection was handed over: the dialog closes. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ObservableBooleanValue connectable() {
        return connectable;
    }
}
