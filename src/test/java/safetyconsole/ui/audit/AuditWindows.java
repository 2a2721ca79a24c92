package safetyconsole.ui.audit;

import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.testfx.api.FxRobot;

/** For tests of the audit window, whose view is built off the FX thread: it shows a moment after it is asked for. */
final class AuditWindows {

    private AuditWindows() {
    }

    static void awaitShown(FxRobot robot) throws TimeoutException {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#auditTable").tryQuery().isPresent());
    }
}
