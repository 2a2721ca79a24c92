package safetyconsole.ui.connect;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import javafx.application.Platform;
import javafx.stage.Window;

import safetyconsole.cloud.MfaPrompt;

/**
 * Asks for an MFA code from the background thread that is connecting: a dialog opens on the FX thread (over the
 * window that has focus, normally the connect dialog) and the connecting thread waits for the answer.
 */
public final class FxMfaPrompt implements MfaPrompt {

    @Override
    public Optional<String> code(String profile, String mfaSerial) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("An MFA prompt waits for the FX thread, so it cannot run on it");
        }
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(MfaDialog.ask(focusedWindow(), profile, mfaSerial));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("The MFA dialog failed", e.getCause());
        }
    }

    private static Window focusedWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
    }
}
