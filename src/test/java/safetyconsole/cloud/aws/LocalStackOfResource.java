package safetyconsole.cloud.aws;

import java.util.Optional;

import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * CloudFormation's DescribeStackResources by {@code PhysicalResourceId} (which stack holds this resource), which
 * moto does not implement (it answers that stack "None" does not exist), answered by a {@link LocalAwsPeer} from
 * moto's own stacks; by {@code StackName} the request goes on to moto.
 */
final class LocalStackOfResource {

    private static final String NAMESPACE = "http://cloudformation.amazonaws.com/doc/2010-05-15/";

    private final CloudFormationClient cloudFormation;

    /** {@code cloudFormation} talks to moto directly. */
    LocalStackOfResource(CloudFormationClient cloudFormation) {
        this.cloudFormation = cloudFormation;
    }

    void serveOn(LocalAwsPeer peer) {
        peer.on("DescribeStackResources", request -> {
            String physicalId = request.body().path("PhysicalResourceId").asText();
            return physicalId.isEmpty() ? LocalAwsPeer.Reply.forward() : holding(physicalId);
        });
    }

    private LocalAwsPeer.Reply holding(String physicalId) {
        Optional<String> member = cloudFormation.describeStacks().stacks().stream()
                .flatMap(stack -> cloudFormation.listStackResources(r -> r.stackName(stack.stackId()))
                        .stackResourceSummaries().stream()
                        .filter(resource -> physicalId.equals(resource.physicalResourceId()))
                        .map(resource -> "<member><StackName>" + stack.stackName() + "</StackName><StackId>"
                                + stack.stackId() + "</StackId><LogicalResourceId>" + resource.logicalResourceId()
                                + "</LogicalResourceId><PhysicalResourceId>" + physicalId
                                + "</PhysicalResourceId><ResourceType>" + resource.resourceType()
                                + "</ResourceType><ResourceStatus>CREATE_COMPLETE</ResourceStatus>"
                                + "<Timestamp>2026-12-01T10:00:00Z</Timestamp></member>"))
                .findFirst();
        if (member.isEmpty()) {
            return LocalAwsPeer.Reply.queryError(400, NAMESPACE, "ValidationError",
                    "Stack for " + physicalId + " does not exist");
        }
        return LocalAwsPeer.Reply.xml("<DescribeStackResourcesResponse xmlns=\"" + NAMESPACE + "\">"
                + "<DescribeStackResourcesResult><StackResources>" + member.get() + "</StackResources>"
                + "</DescribeStackResourcesResult><ResponseMetadata><RequestId>req-resources</RequestId>"
                + "</ResponseMetadata></DescribeStackResourcesResponse>");
    }
}
