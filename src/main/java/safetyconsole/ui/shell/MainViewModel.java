package safetyconsole.ui.shell;

import java.util.List;
import java.util.Optional;

import safetyconsole.cloud.CallerIdentity;
import safetyconsole.inventory.MissingInstances;
import safetyconsole.ui.common.ErrorMessages;

/**
 * The main window's model: its parts, each with one job, wired so that they follow the selected stack. Choosing
 * another stack disarms it and clears its notices; a finished load shows what went missing and what a layer
 * edit left behind.
 */
public final class MainViewModel {

    private final String sourceDescription;
    private final StatusLine status;
    private final StackSelection stacks;
    private final BannerViewModel banner;
    private final ActionsViewModel actions;
    private final MissingInstancesViewModel missing;

    MainViewModel(String sourceDescription, StatusLine status, StackSelection stacks, BannerViewModel banner,
                  ActionsViewModel actions, MissingInstancesViewModel missing) {
        this.sourceDescription = sourceDescription;
        this.status = status;
        this.stacks = stacks;
        this.banner = banner;
        this.actions = actions;
        this.missing = missing;
        stacks.listen(new StackSelection.Listener() {
            @Override
            public void selected(StackEntry entry, CallerIdentity caller, Optional<String> alias, boolean sameStack) {
                if (!sameStack) {
                    actions.dismissImpact();
                    missing.clear();
                }
                banner.show(entry, caller, alias, sameStack);
            }

            @Override
            public void selectedNothing() {
                banner.showNothing();
            }

            @Override
            public void accountRead(List<String> notices) {
                banner.showAccountNotices(notices);
            }

            @Override
            public void loaded(MissingInstances gone) {
                missing.show(gone);
                actions.showImpact();
            }

            @Override
            public void loaded(GroupsGone gone) {
                missing.show(gone);
            }
        });
    }

    public StackSelection stacks() {
        return stacks;
    }

    public BannerViewModel banner() {
        return banner;
    }

    public ActionsViewModel actions() {
        return actions;
    }

    public MissingInstancesViewModel missing() {
        return missing;
    }

    public StatusLine status() {
        return status;
    }

    /** Where the account was read from, in words. */
    public String sourceDescription() {
        return sourceDescription;
    }

    /** For failures that reach the fallback handler: the sentence here, the trace in the log (already written). */
    public void showUnexpected(Throwable error) {
        status.error(ErrorMessages.sentence(error));
    }
}
