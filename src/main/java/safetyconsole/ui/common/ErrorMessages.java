package safetyconsole.ui.common;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.ServiceNotice;
import safetyconsole.wording.FailureSentences;

/** One plain sentence per kind of failure; the stack trace belongs in the log, not in front of the user. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    /** In the window, where reading the account again (F5) is the way to try again. */
    private static final String REFRESH = "refresh (F5)";
    /** In the connect dialog, where there is nothing to refresh yet. */
    private static final String CONNECT = "connect again";

    public static String sentence(Throwable error) {
        if (error instanceof CloudException cloud) {
            return FailureSentences.of(cloud, REFRESH);
        }
        return "Something unexpected went wrong; the details are in the log.";
    }

    /** As {@link #sentence(Throwable)}, for a failure while connecting: the advice is to connect again. */
    public static String whileConnecting(Throwable error) {
        if (error instanceof CloudException cloud) {
            return FailureSentences.of(cloud, CONNECT);
        }
        return sentence(error);
    }

    public static String sentence(CloudException.Kind kind) {
        return FailureSentences.of(kind, REFRESH);
    }

    /** The calm notice of a service the account's stacks were listed without: what it shows instead. */
    public static String notice(ServiceNotice notice) {
        return FailureSentences.notice(notice, REFRESH);
    }

    /** Why a file the user chose could not be written, in words that say what to change. */
    public static String notWritten(Path file, Throwable error) {
        if (error instanceof NoSuchFileException) {
            return file + " could not be written: its folder does not exist.";
        }
        if (error instanceof AccessDeniedException) {
            return file + " could not be written: permission denied; choose another folder.";
        }
        if (error instanceof FileSystemException && ((FileSystemException) error).getReason() != null) {
            return file + " could not be written: " + ((FileSystemException) error).getReason() + ".";
        }
        return file + " could not be written; the details are in the log.";
    }
}
