package safetyconsole.logrotate;

/**
 * One place outside the app that rotates logs on a migrated stack: a logrotate stanza written by the user data or
 * an SSM document ({@code patterns} the line naming the files), or a logrotate recipe in a Chef run list (whose
 * cookbook is not read, so what it covers is not known), or a file the look on an instance found.
 * {@code where} says exactly where it was found.
 */
public record OsRotator(Kind kind, String where, String evidence) {

    public enum Kind {
        USER_DATA,
        RUN_LIST,
        DOCUMENT,
        /** Found on an instance by the guarded look: what it really has. */
        INSTANCE
    }

    /** A file the look on an instance found naming the log; the old OpsWorks file is called so. */
    static OsRotator onInstance(InstanceLogrotateLook look, InstanceLogrotateLook.LogrotateFile file) {
        String where = "on instance " + look.instanceId() + " (look " + look.commandId() + ")";
        String what = file.fromOpsWorks() ? file.path() + ", the old OpsWorks file, left behind" : file.path();
        return new OsRotator(Kind.INSTANCE, where, what + (file.complete() ? "" : " (cut short)"));
    }

    /** For the evidence list: "user data …: /srv/www/shop/shared/log/*.log {". */
    public String words() {
        return where + ": " + evidence;
    }
}
