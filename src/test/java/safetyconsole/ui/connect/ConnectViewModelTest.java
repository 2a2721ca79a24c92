package safetyconsole.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import safetyconsole.cloud.AccountConnector;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.FakeConnection;
import safetyconsole.cloud.FakeConnector;
import safetyconsole.cloud.MfaPrompt;
import safetyconsole.settings.LastConnection;
import safetyconsole.ui.common.ErrorMessages;
import safetyconsole.ui.common.InlineTaskRunner;
import safetyconsole.ui.common.QueuedTaskRunner;
import safetyconsole.ui.common.TaskRunner;

class ConnectViewModelTest {

    @TempDir
    Path dir;
    private final List<AccountConnector.Connection> handedOver = new ArrayList<>();
    private final List<List<String>> regionsHandedOver = new ArrayList<>();

    @Test
    void listsTheDefaultCredentialsFirstThenEveryProfileWithRegionAndMarkers() {
        ConnectViewModel model = opened(FakeConnector.succeeding());

        assertThat(model.profiles()).extracting(ProfileChoice::label).containsExactly(
                "Default credentials (environment / default profile)  \u00b7  us-west-2",
                "default  \u00b7  us-west-2", "legacy", "ops  \u00b7  eu-west-1  \u00b7  SSO",
                "prod-admin  \u00b7  us-east-1  \u00b7  MFA");
        assertThat(model.profileProperty().get().name()).isEmpty();
        assertThat(model.regionProperty().get()).isEqualTo("us-west-2");
    }

    @Test
    void regionFollowsTheProfileAndTheUserCanOverrideIt() {
        ConnectViewModel model = opened(FakeConnector.succeeding());

        model.profileProperty().set(profile(model, "ops"));
        assertThat(model.regionProperty().get()).isEqualTo("eu-west-1");

        model.regionProperty().set("eu-central-1");
        model.profileProperty().set(profile(model, "legacy"));
        assertThat(model.regionProperty().get()).as("a profile without a region keeps the one chosen")
                .isEqualTo("eu-central-1");

        model.profileProperty().set(profile(model, "prod-admin"));
        assertThat(model.regionProperty().get()).isEqualTo("us-east-1");
    }

    @Test
    void theLastChoiceIsPreselected() throws Exception {
        new LastConnection(Optional.of("ops"), "eu-central-1", "http://127.0.0.1:5000", List.of()).write(lastFile());

        ConnectViewModel model = opened(FakeConnector.succeeding());

        assertThat(model.profileProperty().get().name()).contains("ops");
        assertThat(model.regionProperty().get()).as("the region chosen then, not the profile's")
                .isEqualTo("eu-central-1");
        assertThat(model.endpointProperty().get()).isEqualTo("http://127.0.0.1:5000");
        assertThat(model.connectable().get()).isTrue();
    }

    @Test
    void anInvalidEndpointBlocksConnectWithAMessage() {
        FakeConnector connector = FakeConnector.succeeding();
        ConnectViewModel model = opened(connector);

        model.endpointProperty().set("http://opsworks.example.com");

        assertThat(model.endpointProblemProperty().get()).isEqualTo("The endpoint URL must be https, or http to this"
                + " machine only (127.0.0.1, ::1 or localhost), not \"http://opsworks.example.com\".");
        assertThat(model.connectable().get()).isFalse();
        model.connect();
        assertThat(connector.requests).isEmpty();

        model.endpointProperty().set("");
        assertThat(model.endpointProblemProperty().get()).isEmpty();
        assertThat(model.connectable().get()).isTrue();
    }

    @Test
    void aFailureKeepsTheInputsAndShowsTheSentence() {
        FakeConnector connector = FakeConnector.failing(
                CloudException.ssoLoginRequired("ops", new RuntimeException("token expired")));
        ConnectViewModel model = opened(connector);
        model.profileProperty().set(profile(model, "ops"));
        model.regionProperty().set("us-east-1");
        model.endpointProperty().set("https://opsworks.example.com");

        model.connect();

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("Your AWS SSO sign-in has expired; run  aws sso login"
                + " --profile ops  in a terminal, then connect again.");
        assertThat(model.profileProperty().get().name()).contains("ops");
        assertThat(model.regionProperty().get()).isEqualTo("us-east-1");
        assertThat(model.endpointProperty().get()).isEqualTo("https://opsworks.example.com");
        assertThat(model.connectable().get()).as("the user can try again").isTrue();
        assertThat(model.connectedProperty().get()).isFalse();
        assertThat(handedOver).isEmpty();
        assertThat(lastFile()).doesNotExist();
    }

    @Test
    void successHandsTheConnectionOverAndRemembersTheChoice() {
        FakeConnector connector = FakeConnector.succeeding();
        ConnectViewModel model = opened(connector);
        model.profileProperty().set(profile(model, "prod-admin"));
        model.endpointProperty().set(" https://opsworks.example.com ");

        model.connect();

        assertThat(connector.requests).containsExactly(new AccountConnector.Request(Optional.of("prod-admin"),
                "us-east-1", Optional.of(URI.create("https://opsworks.example.com"))));
        assertThat(handedOver).extracting(AccountConnector.Connection::description)
                .containsExactly("AWS prod-admin \u00b7 us-east-1");
        assertThat(model.connectedProperty().get()).isTrue();
        assertThat(LastConnection.read(lastFile())).contains(
                new LastConnection(Optional.of("prod-admin"), "us-east-1", "https://opsworks.example.com",
                        List.of()));
    }

    @Test
    void theDefaultCredentialsConnectWithoutAProfileName() {
        FakeConnector connector = FakeConnector.succeeding();
        ConnectViewModel model = opened(connector);

        model.connect();

        assertThat(connector.requests).containsExactly(
                new AccountConnector.Request(Optional.empty(), "us-west-2", Optional.empty()));
        assertThat(LastConnection.read(lastFile()))
                .contains(new LastConnection(Optional.empty(), "us-west-2", "", List.of()));
    }

    @Test
    void aRequestFromTheCommandLineIsShownAndConnectedAtOnceWithoutReadingTheLastChoice() throws Exception {
        new LastConnection(Optional.of("ops"), "eu-west-1", "", List.of()).write(lastFile());
        FakeConnector connector = FakeConnector.failing(new CloudException(CloudException.Kind.NO_CREDENTIALS, "none"));
        ConnectViewModel model = model(connector, new InlineTaskRunner());

        model.open(Optional.of(new AccountConnector.Request(Optional.of("gone"), "eu-central-1", Optional.empty())));

        assertThat(connector.requests).hasSize(1);
        assertThat(model.profileProperty().get().name()).as("a name the files lack is listed").contains("gone");
        assertThat(model.regionProperty().get()).isEqualTo("eu-central-1");
        assertThat(model.messageProperty().get()).isEqualTo(ErrorMessages.sentence(CloudException.Kind.NO_CREDENTIALS));
    }

    @Test
    void otherRegionsAreCheckedAsTypedAndKeptWhileWrong() {
        ConnectViewModel model = opened(FakeConnector.succeeding());

        model.alsoReadProperty().set("eu-west-1, eu-west");

        assertThat(model.alsoReadProblemProperty().get()).isEqualTo("Also read regions takes region names separated"
                + " by commas, such as us-east-1,eu-west-1; \"eu-west\" is not one.");
        assertThat(model.connectable().get()).isFalse();
        assertThat(model.alsoReadProperty().get()).isEqualTo("eu-west-1, eu-west");

        model.alsoReadProperty().set("eu-west-1, eu-west-2");
        assertThat(model.alsoReadProblemProperty().get()).isEmpty();
        assertThat(model.connectable().get()).isTrue();
    }

    @Test
    void otherRegionsAreReadAfterTheRegionConnectedToAndRemembered() throws Exception {
        FakeConnector connector = FakeConnector.succeeding();
        ConnectViewModel model = opened(connector);
        model.alsoReadProperty().set("eu-west-1,us-west-2, eu-west-1");

        model.connect();

        assertThat(connector.requests).singleElement().satisfies(request -> assertThat(request.stackRegions())
                .containsExactly("us-west-2", "eu-west-1"));
        assertThat(regionsHandedOver).containsExactly(List.of("us-west-2", "eu-west-1"));
        assertThat(LastConnection.read(lastFile())).contains(
                new LastConnection(Optional.empty(), "us-west-2", "", List.of("eu-west-1", "us-west-2")));

        ConnectViewModel again = opened(FakeConnector.succeeding());
        assertThat(again.alsoReadProperty().get()).isEqualTo("eu-west-1, us-west-2");
    }

    @Test
    void regionsFromTheCommandLineShowAsTheOthersBesideTheRegion() {
        ConnectViewModel model = model(FakeConnector.succeeding(), new InlineTaskRunner());

        model.open(Optional.of(new AccountConnector.Request(Optional.empty(), "us-east-1", Optional.empty(),
                List.of("eu-west-1", "us-east-1"))));

        assertThat(model.alsoReadProperty().get()).isEqualTo("eu-west-1");
        assertThat(regionsHandedOver).containsExactly(List.of("us-east-1", "eu-west-1"));
    }

    @Test
    void aConnectionThatArrivesAfterTheDialogClosedIsClosed() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        FakeConnection late = new FakeConnection("late");
        ConnectViewModel model = model(new FakeConnector(request -> late), runner);
        model.open(Optional.empty());
        runner.runAll();

        model.connect();
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.connectable().get()).as("one attempt at a time").isFalse();
        model.close();
        runner.runAll();

        assertThat(late.closed()).isTrue();
        assertThat(handedOver).isEmpty();
    }

    @Test
    void aProfileRegionWithoutAnOpsWorksEndpointIsExplained() {
        ConnectViewModel model = opened(FakeConnector.succeeding());

        model.profileProperty().set(new ProfileChoice(Optional.of("north"), Optional.of("eu-north-1"), false, false));

        assertThat(model.regionHint().get()).isEqualTo("Profile north uses eu-north-1, which has no OpsWorks Stacks"
                + " endpoint; pick the region your stacks are managed from.");
        assertThat(model.regionProperty().get()).isEqualTo("us-west-2");
    }

    private ConnectViewModel opened(FakeConnector connector) {
        ConnectViewModel model = model(connector, new InlineTaskRunner());
        model.open(Optional.empty());
        return model;
    }

    private ConnectViewModel model(FakeConnector connector, TaskRunner runner) {
        return new ConnectViewModel(() -> connector, lastFile(), runner, MfaPrompt.NONE,
                (connection, regions) -> {
                    handedOver.add(connection);
                    regionsHandedOver.add(regions);
                });
    }

    private Path lastFile() {
        return dir.resolve("data/connection.json");
    }

    private static ProfileChoice profile(ConnectViewModel model, String name) {
        return model.profiles().stream().filter(p -> p.name().equals(Optional.of(name))).findFirst().orElseThrow();
    }
}
