package safetyconsole.ui.common;

import java.util.List;

import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Windows that show one account's data (a timeline reads its CloudTrail): when the main window switches to another
 * account they close, rather than go on reading through a connection that is being closed.
 */
public final class AccountBoundWindows {

    private static final String KEY = AccountBoundWindows.class.getName();

    private AccountBoundWindows() {
    }

    public static void mark(Stage stage) {
        stage.getProperties().put(KEY, Boolean.TRUE);
    }

    /** Closes the marked windows owned by {@code owner}. */
    public static void closeAll(Window owner) {
        List<Stage> bound = Window.getWindows().stream()
                .filter(w -> w instanceof Stage && ((Stage) w).getOwner() == owner
                        && w.getProperties().containsKey(KEY))
                .map(w -> (Stage) w).toList();
        bound.forEach(Stage::close);
    }
}
