package safetyconsole.ui.dialogs;

import java.nio.file.Path;

/** What the About dialog shows of the open account and the console's files. */
public record AboutFacts(String accountSource, Path settingsFile, Path auditLog, Path railsLinks, Path logFile) {
}
