package safetyconsole.ui.common;

import javafx.beans.value.ObservableBooleanValue;

/**
 * A view's refill for a change of what it shows, run at once while the view is shown and otherwise the next time it
 * is: a hidden tab's tree and chart are not rebuilt on every stack switch (FrameGapBench), and one refill on showing
 * covers all the changes made meanwhile.
 */
public final class RefillWhenShown {

    private final ObservableBooleanValue shown;
    private final Runnable refill;
    private boolean stale;

    public RefillWhenShown(ObservableBooleanValue shown, Runnable refill) {
        this.shown = shown;
        this.refill = refill;
        shown.addListener((obs, was, now) -> {
            if (now && stale) {
                stale = false;
                refill.run();
            }
        });
    }

    /** What the view shows has changed. */
    public void changed() {
        if (shown.get()) {
            refill.run();
        } else {
            stale = true;
        }
    }
}
