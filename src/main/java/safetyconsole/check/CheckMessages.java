package safetyconsole.check;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.ServiceNotice;
import safetyconsole.wording.FailureSentences;

/** What the check prints when it fails: one sentence for the terminal; the details go to the log. */
final class CheckMessages {

    /** On a terminal, trying again is running the check again. */
    private static final String RETRY = "run the check again";

    private CheckMessages() {
    }

    static String sentence(CloudException error) {
        return FailureSentences.of(error, RETRY);
    }

    /**
     * Whether an exception opening an account carries a sentence for the user: the project's own do (a snapshot's
     * names the file and field), and so does IllegalArgumentException (the options' contract); any other is a bug.
     */
    static boolean saysWhy(RuntimeException error) {
        return error instanceof IllegalArgumentException || error.getClass().getName().startsWith("safetyconsole.");
    }

    /** The one line of a failure nobody planned for (a bug, memory running out): the trace is in the log. */
    static String unexpected(Throwable error) {
        return "The check stopped on an unexpected error (" + error.getClass().getSimpleName() + "); the details are"
                + " in the log file, or run it again with " + CheckCommand.VERBOSE + " to see them here.";
    }

    /** The line of a service the account's stacks were listed without: what the check read instead. */
    static String notice(ServiceNotice notice) {
        return FailureSentences.notice(notice, RETRY);
    }
}
