package safetyconsole.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

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
        whenOnScene(node, scene -> nextFrame(scene, then));
    }

    /** Runs {@code then} in a turn of the FX thread after the scene's next frame has been laid out. */
    public static void nextFrame(Scene scene, Runnable then) {
        once(scene, () -> Platform.runLater(then));
    }

    /**
     * Runs {@code steps} one a frame, each in a frame of its own: the first at the start of the frame after the
     * first one laid out with {@code node}, each next one at the start of the frame after the one that laid out the
     * step before. So a step's work shares its frame with its own styling and layout only, not with the step before.
     * When the node has left its scene the steps left run at once, since no frame of theirs will be drawn.
     */
    public static void frameByFrame(Node node, List<Runnable> steps) {
        Deque<Runnable> left = new ArrayDeque<>(steps);
        whenOnScene(node, scene -> once(scene, () -> nextInTurn(node, left)));
    }

    /**
     * As {@link #frameByFrame}, for a node already on a scene: the first of {@code steps} runs now, in the frame
     * being made, each next one at the start of the frame after the one that laid out the step before.
     */
    public static void fromNowFrameByFrame(Node node, List<Runnable> steps) {
        Deque<Runnable> left = new ArrayDeque<>(steps);
        left.removeFirst().run();
        Scene scene = node.getScene();
        if (scene == null) {
            nextInTurn(node, left);
        } else {
            once(scene, () -> nextInTurn(node, left));
        }
    }

    /** Call after a frame was laid out: runs the next of {@code steps} at the start of the frame after it. */
    private static void nextInTurn(Node node, Deque<Runnable> steps) {
        if (steps.isEmpty()) {
            return;
        }
        Scene scene = node.getScene();
        if (scene == null) {
            while (!steps.isEmpty()) {
                steps.removeFirst().run();
            }
            return;
        }
        scene.addPreLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePreLayoutPulseListener(this);
                steps.removeFirst().run();
                if (!steps.isEmpty()) {
                    once(scene, () -> nextInTurn(node, steps));
                }
            }
        });
        // Nothing else may be dirty: the frame this step starts must be asked for.
        Platform.requestNextPulse();
    }

    private static void whenOnScene(Node node, Consumer<Scene> then) {
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene == null) {
                    return;
                }
                node.sceneProperty().removeListener(this);
                then.accept(scene);
            }
        });
    }
}
