package safetyconsole.cloud.aws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;

import safetyconsole.cloud.Batches;
import safetyconsole.cloud.CloudAccount;

/**
 * EC2 instances by id through an {@code instance-id} filter rather than InstanceIds: a filter skips ids EC2 no
 * longer knows, where InstanceIds fails the whole request for one of them.
 */
final class Ec2InstancesById {

    /** EC2 accepts at most 200 values per filter. */
    private static final int EC2_FILTER_VALUES = 200;

    private Ec2InstancesById() {
    }

    /**
     * The instances EC2 knows among at most {@link CloudAccount#MAX_EC2_IDS_PER_CALL} ids, each mapped: one
     * DescribeInstances per 200 ids.
     */
    static <T> List<T> read(AwsClients clients, AwsRequests requests, String region, Collection<String> ids,
                            Function<Instance, T> mapper) {
        if (ids.size() > CloudAccount.MAX_EC2_IDS_PER_CALL) {
            throw new IllegalArgumentException("At most " + CloudAccount.MAX_EC2_IDS_PER_CALL + " ids per call");
        }
        List<T> found = new ArrayList<>();
        for (List<String> batch : Batches.of(ids, EC2_FILTER_VALUES)) {
            Filter byId = Filter.builder().name("instance-id").values(batch).build();
            // The paginator calls AWS while it is iterated, so the whole iteration is the call.
            found.addAll(requests.call("ec2:DescribeInstances", "in " + region, () -> clients.ec2(region)
                    .describeInstancesPaginator(r -> r.filters(byId)).reservations().stream()
                    .flatMap(reservation -> reservation.instances().stream()).map(mapper).toList()));
        }
        return found;
    }
}
