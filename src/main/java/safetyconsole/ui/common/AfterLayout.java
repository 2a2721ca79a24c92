package safetyconsole.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Work for right after a scene's next layout pass: for what should wait until a frame has been laid out. */
public final class AfterLayout {

    private AfterLayout() {
    }

    /** Runs {@code then} once, in the scene's next pulse, after its CSS and layout and before it is drawn. */
    public static void once(Scene scene, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                then.run();
            }
        });
    }

    /**
     * Runs {@code then} once {@code node} is on a scene and a frame with it has been styled and laid out: in a later
     * turn of the FX thread, so that frame is drawn before {@code then} adds work to the next one.
     */
    public static void nextFrameOf(Node node, Runnable then) {
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene == null) {
                    return;
                }
                node.sceneProperty().removeListener(this);
                nextFrame(scene, then);
            }
        });
    }

    /** Runs {@code then} in a turn of the FX thread after the scene's next frame has been laid out. */
    public static void nextFrame(Scene scene, Runnable then) {
        once(scene, () -> Platform.runLater(then));
    }

    /**
     * Runs {@code steps} one a frame: the first once {@code node} is on a scene and a frame with it has been laid
     * out, each next one after the frame the one before it changed. When the node has left its scene the steps left
     * run at once, since no frame of theirs will be drawn.
     */
    public static void frameByFrame(Node node, List<Runnable> steps) {
        nextFrameOf(node, () -> runInTurn(node, new ArrayDeque<>(steps)));
    }

    private static void runInTurn(Node node, Deque<Runnable> steps) {
        while (!steps.isEmpty()) {
            steps.removeFirst().run();
            Scene scene = node.getScene();
            if (scene != null && !steps.isEmpty()) {
                nextFrame(scene, () -> runInTurn(node, steps));
                return;
            }
        }
    }
}
