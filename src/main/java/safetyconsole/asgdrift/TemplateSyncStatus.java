package safetyconsole.asgdrift;

/**
 * How an instance's security groups compare with the launch template version its group uses now. One status per
 * instance, the most urgent that applies (decision 0021); the finding keeps every set behind it.
 */
public enum TemplateSyncStatus {
    /** Lacks groups that new instances get: the classic mistake. */
    MISSING("missing"),
    /** Has groups the template lacks: the next replacement drops them. */
    HOTFIX("hot-fix"),
    /** Has the template's groups but was launched from another template or version: context. */
    LAG("lag"),
    IN_SYNC("in sync"),
    /** Could not be compared; never counted as in sync. */
    NOT_CHECKED("not checked");

    private final String label;

    TemplateSyncStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
