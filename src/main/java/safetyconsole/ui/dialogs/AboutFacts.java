package safetyconsole.ui.dialogs;

import java.nio.file.Path;

/** What About tells of this console's run besides its version: the account it reads and where its files are. */
public record AboutFacts(String accountSource, Path settingsFile, Path auditLog, Path railsLinks, Path logFile) {
}
