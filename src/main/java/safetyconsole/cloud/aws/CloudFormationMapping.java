package safetyconsole.cloud.aws;

import java.util.stream.Collectors;

import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;
import software.amazon.awssdk.services.cloudformation.model.Tag;

import safetyconsole.cloud.CloudFormationStack;
import safetyconsole.cloud.StackResource;

/** CloudFormation SDK models to the port's records. */
final class CloudFormationMapping {

    private CloudFormationMapping() {
    }

    static CloudFormationStack stack(software.amazon.awssdk.services.cloudformation.model.Stack s, String region) {
        return new CloudFormationStack(s.stackId(), s.stackName(), region, s.stackStatusAsString(),
                s.tags().stream().collect(Collectors.toMap(Tag::key, tag -> tag.value() == null ? "" : tag.value(),
                        (a, b) -> a)),
                s.creationTime());
    }

    /** A resource still being created, or one that failed to be, has no physical id yet: empty then. */
    static StackResource resource(StackResourceSummary r) {
        return new StackResource(r.logicalResourceId(), r.resourceType(),
                r.physicalResourceId() == null ? "" : r.physicalResourceId(), r.resourceStatusAsString());
    }
}
