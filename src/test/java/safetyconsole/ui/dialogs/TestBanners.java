package safetyconsole.ui.dialogs;

import java.time.Duration;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

import safetyconsole.context.BannerModel;
import safetyconsole.context.Environment;
import safetyconsole.context.Mode;
import safetyconsole.context.Rgb;

/** A production stack's banner, for dialogs' view models that only read the stack name off it. */
final class TestBanners {

    private TestBanners() {
    }

    static ObservableValue<BannerModel> production(String stackName) {
        return new ReadOnlyObjectWrapper<>(new BannerModel(Environment.PRODUCTION, stackName, "123456789012",
                "eu-west-1", "alice", Mode.READ_ONLY, new Rgb(0xB3, 0x26, 0x1E), new Rgb(0xFF, 0xFF, 0xFF), true,
                "tagged Environment=production", Optional.empty(), Duration.ZERO));
    }
}
