package safetyconsole.guard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An audit log whose file is replaced, for a while, by something it cannot write to (a folder of the same name),
 * as a full disk or a file replaced meanwhile would refuse it; mended, the file is back as it was.
 */
final class BrokenAuditFile {

    private final Path file;
    private final Path aside;
    private boolean broken;
    private boolean everBroken;

    BrokenAuditFile(Path file) {
        this.file = file;
        this.aside = file.resolveSibling(file.getFileName() + ".aside");
    }

    /** Breaks it the first time only: the file, once mended, stays mended. */
    void breakOnce() {
        if (!everBroken) {
            breakIt();
        }
    }

    void breakIt() {
        if (broken) {
            return;
        }
        everBroken = true;
        try {
            if (Files.exists(file)) {
                Files.move(file, aside);
            }
            Files.createDirectory(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broken = true;
    }

    void mend() {
        if (!broken) {
            return;
        }
        try {
            Files.delete(file);
            if (Files.exists(aside)) {
                Files.move(aside, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broken = false;
    }

}
