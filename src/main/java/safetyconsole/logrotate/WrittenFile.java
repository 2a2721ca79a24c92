package safetyconsole.logrotate;

/** A file a script or cloud-config writes: its path, its content, and where it is written from. */
public record WrittenFile(String path, String content, String origin) {

    /** Whether logrotate reads it: {@code /etc/logrotate.conf} or a file under {@code /etc/logrotate.d/}. */
    public boolean isLogrotateConfig() {
        return path.equals("/etc/logrotate.conf") || path.startsWith("/etc/logrotate.d/")
                && path.length() > "/etc/logrotate.d/".length();
    }
}
