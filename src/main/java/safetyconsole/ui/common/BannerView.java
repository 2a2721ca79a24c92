package safetyconsole.ui.common;

import java.util.function.Supplier;

import javafx.animation.FadeTransition;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

import safetyconsole.context.BannerModel;
import safetyconsole.context.Mode;
import safetyconsole.context.Rgb;
import safetyconsole.text.Printable;
import safetyconsole.ui.icons.UiIcon;

/**
 * The stack context banner: environment in words, stack name large, account, region, caller and mode,
 * on the stack's color, with hazard stripes for production-like stacks so color is never the only signal.
 * Reusable on every dialog: it only needs a {@link BannerModel}.
 */
public final class BannerView extends HBox {

    private static final Rgb NEUTRAL = new Rgb(0x44, 0x4c, 0x56);

    private final Region pattern = new Region();
    private final Label environment = new Label();
    private final Label stackName = new Label();
    private final Label account = new Label();
    private final Label region = new Label();
    private final Label caller = new Label();
    private final Label mode = new Label();
    private final FontIcon warningIcon = new FontIcon(UiIcon.ALERT);
    private final FontIcon modeIcon = new FontIcon(UiIcon.LOCK);
    private final VBox identity;
    private final Supplier<String> classificationReason;
    private final Supplier<String> modeExplanation;
    private String shownStack;

    public BannerView(ObservableValue<BannerModel> model) {
        setId("banner");
        getStyleClass().add("stack-banner");
        pattern.setId("bannerPattern");
        pattern.getStyleClass().add("hazard-stripes");
        pattern.setMinWidth(22);
        pattern.setPrefWidth(22);
        environment.setId("bannerEnvironment");
        environment.getStyleClass().add("banner-environment");
        environment.setGraphic(warningIcon);
        stackName.setId("bannerStackName");
        stackName.getStyleClass().add("banner-stack-name");
        account.setId("bannerAccount");
        region.setId("bannerRegion");
        caller.setId("bannerCaller");
        mode.setId("bannerMode");
        mode.getStyleClass().add("banner-mode");
        mode.setGraphic(modeIcon);

        identity = new VBox(2, environment, stackName);
        identity.setAlignment(Pos.CENTER_LEFT);
        VBox where = new VBox(2, account, region, caller);
        where.getStyleClass().add("banner-meta");
        where.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox content = new HBox(18, identity, spacer, where, mode);
        content.setAlignment(Pos.CENTER_LEFT);
        content.setPadding(new Insets(10, 18, 10, 14));
        HBox.setHgrow(content, Priority.ALWAYS);
        getChildren().addAll(pattern, content);
        setMinHeight(USE_PREF_SIZE);

        classificationReason = () -> model.getValue() == null ? null : model.getValue().classificationReason();
        modeExplanation = () -> model.getValue() == null ? null : modeExplanation(model.getValue());
        LazyTooltips.install(environment, classificationReason);
        LazyTooltips.install(mode, modeExplanation);
        model.addListener((obs, old, now) -> show(now));
        show(model.getValue());
    }

    private void show(BannerModel model) {
        LazyTooltips.refresh(environment, classificationReason);
        LazyTooltips.refresh(mode, modeExplanation);
        if (model == null) {
            paint(NEUTRAL, NEUTRAL.readableText(), false);
            environment.setText("NO STACK SELECTED");
            stackName.setText("Choose a stack on the left");
            account.setText("");
            region.setText("");
            caller.setText("");
            mode.setText("READ-ONLY");
            shownStack = null;
            return;
        }
        paint(model.background(), model.text(), model.patterned());
        environment.setText(model.environment().label());
        stackName.setText(Printable.of(model.stackName()));
        account.setText("Account  " + model.accountText());
        region.setText("Region  " + model.region());
        caller.setText("Signed in as  " + model.callerText());
        mode.setText(model.modeText());
        modeIcon.setIconCode(model.mode() == Mode.READ_ONLY ? UiIcon.LOCK
                : model.mode() == Mode.ARMED ? UiIcon.ALERT_OCTAGON : UiIcon.LOCK_OPEN_VARIANT);
        if (!model.stackName().equals(shownStack)) {
            flash();
        }
        shownStack = model.stackName();
    }

    private static String modeExplanation(BannerModel model) {
        return switch (model.mode()) {
            case ARMED -> "Changes are allowed, each with typed confirmation, until the time runs out.";
            case UNLOCKED -> "Not production: changes are allowed, each with typed confirmation.";
            case READ_ONLY -> "Nothing in this stack can be changed until it is armed (with a reason).";
        };
    }

    private void paint(Rgb background, Rgb text, boolean patterned) {
        setStyle("-fx-background-color: " + background.toHex() + ";");
        Color textColor = Color.web(text.toHex());
        for (Label label : new Label[] {environment, stackName, account, region, caller, mode}) {
            label.setTextFill(textColor);
        }
        warningIcon.setIconColor(textColor);
        modeIcon.setIconColor(textColor);
        environment.setStyle("-fx-border-color: " + text.toHex() + ";");
        mode.setStyle("-fx-border-color: " + text.toHex() + ";");
        warningIcon.setVisible(patterned);
        warningIcon.setManaged(patterned);
        pattern.setVisible(patterned);
        pattern.setManaged(patterned);
    }

    /** A short fade-in of the stack's identity, so a switch is noticed even out of the corner of an eye. */
    private void flash() {
        FadeTransition fade = new FadeTransition(Duration.millis(350), identity);
        fade.setFromValue(0.15);
        fade.setToValue(1.0);
        fade.play();
    }
}
