package safetyconsole.cloud;

import java.util.List;
import java.util.Map;

/** A Systems Manager test double for the look: run lists and documents are not read, so they fail the test. */
public abstract class CommandsOnlySystemsManager implements SystemsManagerReads {

    @Override
    public Map<String, String> parametersByPath(String region, String path) {
        throw new AssertionError("not read by the look");
    }

    @Override
    public List<String> ownDocumentNames(String region) {
        throw new AssertionError("not read by the look");
    }

    @Override
    public String documentContent(String region, String documentName) {
        throw new AssertionError("not read by the look");
    }
}
