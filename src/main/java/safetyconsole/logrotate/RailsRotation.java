package safetyconsole.logrotate;

/**
 * Rotation configured on the Rails side, where it was found, and the same line without it.
 * {@code fix} is the exact replacement for {@code snippet}, or null when the fix is to delete the line.
 */
public record RailsRotation(String file, int line, Kind kind, String snippet, String fix, String detail) {

    public enum Kind {
        /** Logger.new(path, 'daily'|'weekly'|'monthly'): renames at the period's end. */
        BY_PERIOD,
        /** Logger.new(path, count, size): renames when the file passes a size. */
        BY_SIZE,
        /** Rails 7.1+ config.log_file_size: Rails builds a size-rotating logger. */
        LOG_FILE_SIZE,
        /** A shift argument that is not a literal: probably rotates; worth a look. */
        BY_EXPRESSION
    }
}
