package safetyconsole.audit;

/**
 * The log's end as it was at some moment: how many entries, and the hash of the last one. A log that no longer
 * holds that entry with that hash was cut off or rewritten since.
 */
record Checkpoint(long entries, String headHash) {
}
