package safetyconsole.logrotate;

import java.util.List;

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

    /** The fix to copy, exactly: each Rails call without its rotation arguments (or the line to delete). */
    public static String fix(List<RailsRotation> rotations) {
        StringBuilder out = new StringBuilder();
        for (RailsRotation rotation : rotations) {
            out.append("# ").append(rotation.file()).append(", line ").append(rotation.line()).append('\n');
            if (rotation.fix() == null) {
                out.append("# delete:\n").append(rotation.snippet()).append("\n\n");
            } else {
                out.append("# replace:\n").append(rotation.snippet()).append("\n# with:\n").append(rotation.fix())
                        .append("\n\n");
            }
        }
        return out.toString().stripTrailing();
    }
}
