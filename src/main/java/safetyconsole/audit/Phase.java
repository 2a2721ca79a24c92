package safetyconsole.audit;

/** Where in a mutation an entry was written. */
public enum Phase {
    /** Before the call: what is about to be attempted. */
    INTENT,
    /** After the call: what came of it. */
    RESULT,
    /** Re-verification found the world changed; nothing was attempted. */
    ABORTED
}
