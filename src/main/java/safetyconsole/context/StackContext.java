package safetyconsole.context;

import java.time.Duration;
import java.util.Optional;

import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.Stack;

/** Builds the banner for a stack: its classification, the account it lives in and who we are there. */
public final class StackContext {

    private final EnvironmentClassifier classifier;

    public StackContext(EnvironmentClassifier classifier) {
        this.classifier = classifier;
    }

    public Classification classify(Stack stack) {
        return classifier.classify(stack);
    }

    public BannerModel banner(Stack stack, CallerIdentity caller, Optional<String> accountAlias, Mode mode) {
        Classification classification = classifier.classify(stack);
        Environment environment = classification.environment();
        Optional<Rgb> stackColor = stack.color().flatMap(Rgb::parse);
        Rgb background = stackColor.orElse(environment.color());
        Optional<String> colorProblem = stack.color().filter(raw -> stackColor.isEmpty())
                .map(raw -> "Stack " + stack.name() + " has the color \"" + raw
                        + "\", which is not an rgb(r, g, b) value; the banner uses the " + environment.label()
                        + " color instead.");
        String account = accountAlias.map(alias -> caller.accountId() + " (" + alias + ")").orElse(caller.accountId());
        return new BannerModel(environment, stack.name(), account, stack.region(), caller.principalName(), mode,
                background, background.readableText(), environment.productionLike(), classification.reason(),
                colorProblem, Duration.ZERO);
    }

    /** The banner color of a stack, for list chips; same rule as the banner. */
    public Rgb colorOf(Stack stack) {
        return stack.color().flatMap(Rgb::parse).orElse(classifier.classify(stack).environment().color());
    }
}
