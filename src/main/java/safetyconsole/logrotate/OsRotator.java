package safetyconsole.logrotate;

/**
 * One place outside the app that rotates logs on a migrated stack: a logrotate stanza written by the user data or
 * an SSM document ({@code patterns} the line naming the files), or a logrotate recipe in a Chef run list (whose
 * cookbook is not read, so what it covers is not known). {@code where} says exactly where it was found.
 */
public record OsRotator(Kind kind, String where, String evidence) {

    public enum Kind {
        USER_DATA,
        RUN_LIST,
        DOCUMENT
    }

    /** For the evidence list: "user data …: /srv/www/shop/shared/log/*.log {". */
    public String words() {
        return where + ": " + evidence;
    }
}
