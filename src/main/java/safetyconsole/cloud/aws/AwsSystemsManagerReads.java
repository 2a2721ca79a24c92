package safetyconsole.cloud.aws;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.services.ssm.model.DocumentFilterKey;
import software.amazon.awssdk.services.ssm.model.DocumentIdentifier;
import software.amazon.awssdk.services.ssm.model.DocumentKeyValuesFilter;
import software.amazon.awssdk.services.ssm.model.Parameter;

import safetyconsole.cloud.CommandInvocation;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.SystemsManagerReads;

/**
 * Systems Manager through the SDK, in the region asked for: Parameter Store and the account's own documents. A
 * Systems Manager that is not offered or not routed is {@link OptionalService#SYSTEMS_MANAGER}'s absence.
 */
final class AwsSystemsManagerReads implements SystemsManagerReads {

    private final AwsClients clients;
    private final AwsRequests requests;

    AwsSystemsManagerReads(AwsClients clients, AwsRequests requests) {
        this.clients = clients;
        this.requests = requests;
    }

    @Override
    public Map<String, String> parametersByPath(String region, String path) {
        return requests.callOptional(OptionalService.SYSTEMS_MANAGER, "ssm:GetParametersByPath",
                path + " in " + region, () -> {
                    Map<String, String> byName = new LinkedHashMap<>();
                    clients.systemsManager(region).getParametersByPathPaginator(r -> r.path(path).recursive(true)
                            .withDecryption(false)).stream().flatMap(page -> page.parameters().stream())
                            .forEach(p -> byName.put(p.name(), value(p)));
                    return byName;
                });
    }

    private static String value(Parameter parameter) {
        return parameter.value() == null ? "" : parameter.value();
    }

    @Override
    public List<String> ownDocumentNames(String region) {
        DocumentKeyValuesFilter own = DocumentKeyValuesFilter.builder().key(DocumentFilterKey.OWNER.toString())
                .values("Self").build();
        return requests.callOptional(OptionalService.SYSTEMS_MANAGER, "ssm:ListDocuments", "in " + region,
                () -> clients.systemsManager(region).listDocumentsPaginator(r -> r.filters(own)).documentIdentifiers()
                        .stream().map(DocumentIdentifier::name).toList());
    }

    @Override
    public String documentContent(String region, String documentName) {
        return requests.callOptional(OptionalService.SYSTEMS_MANAGER, "ssm:GetDocument",
                documentName + " in " + region, () -> {
                    String content = clients.systemsManager(region).getDocument(r -> r.name(documentName)).content();
                    return content == null ? "" : content;
                });
    }

    @Override
    public Set<String> managedInstanceIds(String region, Collection<String> instanceIds) {
        throw new UnsupportedOperationException("TODO(issue 20) managed instances");
    }

    @Override
    public CommandInvocation commandInvocation(String region, String commandId, String instanceId) {
        throw new UnsupportedOperationException("TODO(issue 20) command invocation");
    }
}
