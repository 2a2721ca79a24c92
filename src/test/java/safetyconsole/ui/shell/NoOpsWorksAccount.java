package safetyconsole.ui.shell;

import java.util.List;

import safetyconsole.cloud.CallerIdentity;
import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.EmptyAccount;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.Stack;

/**
 * An account without OpsWorks, as the AWS adapter reports one (every account since OpsWorks' end of life): the
 * credentials were fine, DescribeStacks says the service is not there.
 */
final class NoOpsWorksAccount extends EmptyAccount {

    static final String NOTICE = "OpsWorks Stacks is not available in this account \u2014 it closed on 2024-05-26;"
            + " showing migrated stacks";

    NoOpsWorksAccount() {
        super("AWS profile test \u00b7 us-east-1",
                new CallerIdentity("999988887777", "arn:aws:iam::999988887777:user/tester", "AIDATEST"));
    }

    @Override
    public List<Stack> describeStacks() {
        throw CloudException.unavailableHere(OptionalService.OPSWORKS_STACKS, "opsworks:DescribeStacks: HTTP 500",
                null);
    }
}
