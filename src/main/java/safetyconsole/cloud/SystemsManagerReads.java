package safetyconsole.cloud;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the console reads from Systems Manager for the stacks migrated off OpsWorks: the Chef run lists the
 * migration keeps in Parameter Store, the account's own documents, which instances the agent manages, and the
 * output of a command the guard sent. Blocking, thread-safe; every failure is a {@link CloudException}.
 */
public interface SystemsManagerReads {

    /**
     * Every parameter under {@code path} (recursively), name to value, over all pages. SecureString values are
     * not decrypted (the console never asks for them).
     */
    Map<String, String> parametersByPath(String region, String path);

    /** The names of the account's own documents ({@code Owner: Self}), over all pages. */
    List<String> ownDocumentNames(String region);

    /** The content of a document's default version, as written (JSON or YAML text). */
    String documentContent(String region, String documentName);

    /** Which of {@code instanceIds} the Systems Manager agent manages now (online); the others are absent. */
    Set<String> managedInstanceIds(String region, Collection<String> instanceIds);

    /** One command's outcome on one instance ({@code GetCommandInvocation}). */
    CommandInvocation commandInvocation(String region, String commandId, String instanceId);
}
