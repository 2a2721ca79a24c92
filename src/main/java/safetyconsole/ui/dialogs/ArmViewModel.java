package safetyconsole.ui.dialogs;

import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import safetyconsole.context.BannerModel;
import safetyconsole.guard.Arming;

/**
 * The arm dialog's state: the reason typed, what is wrong with it, and whether Arm is possible. The words say how
 * long arming lasts; the guard checks the reason again when it arms.
 */
public final class ArmViewModel {

    private final ObservableValue<BannerModel> banner;
    private final Consumer<String> arm;
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringBinding problem;
    private final BooleanBinding armable;

    /** @param arm arms the banner's stack with the reason given */
    public ArmViewModel(ObservableValue<BannerModel> banner, Consumer<String> arm) {
        this.banner = banner;
        this.arm = arm;
        // Nothing typed yet is not a mistake yet: the problem shows once there is something to judge.
        problem = Bindings.createStringBinding(() -> {
            String why = Arming.reasonProblem(reason.get());
            return reason.get().isBlank() || why == null ? "" : why;
        }, reason);
        armable = Bindings.createBooleanBinding(() -> Arming.reasonProblem(reason.get()) == null, reason);
    }

    public ObservableValue<BannerModel> banner() {
        return banner;
    }

    public String explanation() {
        return "Arming allows changes to " + banner.getValue().stackName() + " for "
                + Arming.DEFAULT_LENGTH.toMinutes() + " minutes. It ends sooner after "
                + Arming.DEFAULT_IDLE_LIMIT.toMinutes() + " idle minutes or when you switch stacks. Every change still"
                + " needs the stack name typed.";
    }

    public String prompt() {
        return "Why? (ticket, change or incident; at least " + Arming.MIN_REASON_LENGTH + " characters)";
    }

    public String armLabel() {
        return "Arm for " + Arming.DEFAULT_LENGTH.toMinutes() + " minutes";
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** Empty while the reason is good enough or nothing is typed yet, else why it is not (a sentence). */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding armableProperty() {
        return armable;
    }

    /** Arms with the reason typed; does nothing and answers false while the reason is not good enough. */
    public boolean arm() {
        if (!armable.get()) {
            return false;
        }
        arm.accept(reason.get());
        return true;
    }
}
