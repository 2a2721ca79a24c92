package safetyconsole.ui.shell;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import safetyconsole.cloud.CallerIdentity;
import safetyconsole.context.BannerModel;
import safetyconsole.context.Environment;
import safetyconsole.context.Mode;
import safetyconsole.context.StackContext;
import safetyconsole.guard.Arming;
import safetyconsole.guard.GuardRefusedException;

/**
 * The selected stack's banner, the window title and the notices above them, and the mode: read-only, armed
 * with a countdown, or unlocked. Selecting another stack disarms.
 */
public final class BannerViewModel {

    private final StackContext stackContext;
    private final Arming arming;
    private final boolean writable;
    private final List<String> startupNotices;
    /** What the account does not offer (OpsWorks, since its end of life): shown whichever stack is selected. */
    private List<String> accountNotices = List.of();
    private final StatusLine status;

    private final ReadOnlyObjectWrapper<BannerModel> banner = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(BannerModel.APP_NAME);
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyNotices = FXCollections.unmodifiableObservableList(notices);
    private final ReadOnlyBooleanWrapper changesAllowed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper armable = new ReadOnlyBooleanWrapper();
    private StackEntry entry;
    private BannerModel baseBanner;

    /**
     * @param writable       whether the source can be changed at all (a guard exists for it)
     * @param startupNotices what could not be used of the files read at start: the settings, the Rails links
     */
    BannerViewModel(StackContext stackContext, Arming arming, boolean writable, List<String> startupNotices,
                    StatusLine status) {
        this.stackContext = stackContext;
        this.arming = arming;
        this.writable = writable;
        this.startupNotices = List.copyOf(startupNotices);
        this.status = status;
        showNotices();
    }

    /** Banner, title, mode and notices of {@code selected}, now; a stack other than the one shown disarms. */
    void show(StackEntry selected, CallerIdentity caller, Optional<String> alias, boolean sameStack) {
        if (!sameStack) {
            arming.disarm();
        }
        entry = selected;
        baseBanner = stackContext.banner(selected.stack(), caller, alias, Mode.READ_ONLY);
        showMode();
        windowTitle.set(baseBanner.windowTitle());
        showNotices();
    }

    void showNothing() {
        entry = null;
        baseBanner = null;
        showMode();
        windowTitle.set(BannerModel.APP_NAME);
        showNotices();
    }

    /** The account's own notices, from the latest read of its stacks. */
    void showAccountNotices(List<String> sentences) {
        accountNotices = List.copyOf(sentences);
        showNotices();
    }

    private void showNotices() {
        List<String> current = new ArrayList<>(startupNotices);
        current.addAll(accountNotices);
        if (baseBanner != null) {
            baseBanner.colorProblem().ifPresent(current::add);
        }
        notices.setAll(current);
    }

    /** Arms the selected stack for a limited time; the reason goes into every audit entry made while armed. */
    public void arm(String reason) {
        if (entry == null || !armable.get()) {
            return;
        }
        try {
            arming.arm(entry.stack(), reason);
            status.info(entry.name() + " is armed for " + Arming.DEFAULT_LENGTH.toMinutes()
                    + " minutes; it disarms when the time is up, after " + Arming.DEFAULT_IDLE_LIMIT.toMinutes()
                    + " idle minutes, or when you switch stacks.");
        } catch (GuardRefusedException e) {
            status.error(e.getMessage());
        }
        showMode();
    }

    public void disarm() {
        arming.disarm();
        showMode();
        if (entry != null) {
            status.info(entry.name() + " is read-only again.");
        }
    }

    /** Once a second: the countdown, and the moment an arming lapses. */
    public void tick() {
        Mode before = banner.get() == null ? null : banner.get().mode();
        showMode();
        if (before == Mode.ARMED && banner.get() != null && banner.get().mode() == Mode.READ_ONLY) {
            status.info(entry.name() + " is read-only again: " + (arming.lastEnding() == Arming.Ending.IDLE
                    ? "no activity for " + Arming.DEFAULT_IDLE_LIMIT.toMinutes() + " minutes."
                    : "the armed time is up."));
        }
    }

    /** A key or click in the window: the idle limit starts again. */
    public void noteActivity() {
        arming.touch();
    }

    /** Shows the mode as the arming has it now (a confirmed change counts as activity). */
    void showMode() {
        if (entry == null || baseBanner == null) {
            banner.set(null);
            changesAllowed.set(false);
            armable.set(false);
            return;
        }
        Environment environment = entry.classification().environment();
        Mode mode = writable ? arming.mode(entry.id(), environment) : Mode.READ_ONLY;
        Duration remaining = mode == Mode.ARMED ? arming.remaining(entry.id()) : Duration.ZERO;
        banner.set(baseBanner.withMode(mode, remaining));
        changesAllowed.set(mode != Mode.READ_ONLY);
        armable.set(writable && environment.productionLike());
    }

    /** Null while no stack is selected. */
    public ReadOnlyObjectProperty<BannerModel> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    /** True while the selected stack may be changed (unlocked, or armed). */
    public ReadOnlyBooleanProperty changesAllowedProperty() {
        return changesAllowed.getReadOnlyProperty();
    }

    /** True when the selected stack is production-like and can be armed. */
    public ReadOnlyBooleanProperty armableProperty() {
        return armable.getReadOnlyProperty();
    }

    public ObservableList<String> notices() {
        return readOnlyNotices;
    }
}
