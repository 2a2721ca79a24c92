package safetyconsole.cloud.aws;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import software.amazon.awssdk.services.ssm.model.CommandInvocationStatus;
import software.amazon.awssdk.services.ssm.model.DocumentFilterKey;
import software.amazon.awssdk.services.ssm.model.DocumentIdentifier;
import software.amazon.awssdk.services.ssm.model.DocumentKeyValuesFilter;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.ssm.model.Parameter;
import software.amazon.awssdk.services.ssm.model.PingStatus;

import safetyconsole.cloud.Batches;
import safetyconsole.cloud.CommandInvocation;
import safetyconsole.cloud.OptionalService;
import safetyconsole.cloud.SystemsManagerReads;

/**
 * Systems Manager through the SDK, in the region asked for: Parameter Store and the account's own documents, which
 * instances the agent manages, and a command's output. A Systems Manager that is not offered or not routed is
 * {@link OptionalService#SYSTEMS_MANAGER}'s absence.
 */
final class AwsSystemsManagerReads implements SystemsManagerReads {

    /** DescribeInstanceInformation takes at most this many ids in its InstanceIds filter. */
    private static final int MAX_IDS_PER_FILTER = 50;

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

    /** Only those whose agent answers now (PingStatus Online): a command sent to another one waits, then fails. */
    @Override
    public Set<String> managedInstanceIds(String region, Collection<String> instanceIds) {
        Set<String> managed = new TreeSet<>();
        for (List<String> batch : Batches.of(List.copyOf(instanceIds), MAX_IDS_PER_FILTER)) {
            managed.addAll(requests.callOptional(OptionalService.SYSTEMS_MANAGER, "ssm:DescribeInstanceInformation",
                    batch.size() + " instances in " + region,
                    () -> clients.systemsManager(region).describeInstanceInformationPaginator(r -> r
                                    .filters(f -> f.key("InstanceIds").values(batch)))
                            .instanceInformationList().stream()
                            .filter(info -> info.pingStatus() == PingStatus.ONLINE)
                            .map(InstanceInformation::instanceId).toList()));
        }
        return managed;
    }

    @Override
    public CommandInvocation commandInvocation(String region, String commandId, String instanceId) {
        GetCommandInvocationResponse response = requests.callOptional(OptionalService.SYSTEMS_MANAGER,
                "ssm:GetCommandInvocation", "command " + commandId + " on " + instanceId + " in " + region,
                () -> clients.systemsManager(region).getCommandInvocation(r -> r.commandId(commandId)
                        .instanceId(instanceId)));
        return new CommandInvocation(commandId, instanceId, status(response.status()),
                orEmpty(response.standardOutputContent()), orEmpty(response.standardErrorContent()));
    }

    /** A status this SDK does not know yet is taken as not finished: the poll's bound ends the wait. */
    private static CommandInvocation.Status status(CommandInvocationStatus status) {
        if (status == null) {
            return CommandInvocation.Status.IN_PROGRESS;
        }
        return switch (status) {
            case PENDING -> CommandInvocation.Status.PENDING;
            case IN_PROGRESS, UNKNOWN_TO_SDK_VERSION -> CommandInvocation.Status.IN_PROGRESS;
            case DELAYED -> CommandInvocation.Status.DELAYED;
            case SUCCESS -> CommandInvocation.Status.SUCCESS;
            case CANCELLED -> CommandInvocation.Status.CANCELLED;
            case TIMED_OUT -> CommandInvocation.Status.TIMED_OUT;
            case FAILED -> CommandInvocation.Status.FAILED;
            case CANCELLING -> CommandInvocation.Status.CANCELLING;
        };
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
