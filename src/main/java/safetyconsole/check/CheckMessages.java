package safetyconsole.check;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.ServiceNotice;
import safetyconsole.wording.FailureSentences;

/** What the check prints when AWS fails it: one sentence for the terminal; the details go to the log. */
final class CheckMessages {

    /** On a terminal, trying again is running the check again. */
    private static final String RETRY = "run the check again";

    private CheckMessages() {
    }

    static String sentence(CloudException error) {
        return FailureSentences.of(error, RETRY);
    }

    /** The line of a service the account's stacks were listed without: what the check read instead. */
    static String notice(ServiceNotice notice) {
        return FailureSentences.notice(notice, RETRY);
    }
}
