package safetyconsole.attribution.scaling;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CloudFormation's requests name a stack or change set by its name or by its ARN
 * ({@code arn:aws:cloudformation:eu-west-1:1:stack/shop-prod-sidekiq/uuid}); both mean the same name.
 */
final class ArnNames {

    private static final Pattern NAMED_ARN = Pattern.compile("^arn:[^:]+:cloudformation:[^:]*:[^:]*:"
            + "(?:stack|changeSet)/([^/]+)/.*$");

    private ArnNames() {
    }

    /** The name inside a stack or change set ARN; anything else as given. */
    static String nameIn(String nameOrArn) {
        Matcher m = NAMED_ARN.matcher(nameOrArn);
        return m.matches() ? m.group(1) : nameOrArn;
    }
}
