package safetyconsole.guard;

import java.util.function.Predicate;

import safetyconsole.cloud.RootDeviceType;

/** A choice StopInstance or DeleteInstance takes, and the targets it means something for. */
public enum InstanceOption {
    /** StopInstance: on an EBS-backed instance, OpsWorks lets go of a running EC2 instance. */
    FORCE("Force", target -> target.rootDevice() == RootDeviceType.EBS),
    DELETE_ELASTIC_IP("DeleteElasticIp", target -> target.elasticIp() != null),
    DELETE_VOLUMES("DeleteVolumes", target -> target.rootDevice() == RootDeviceType.EBS);

    private final String apiName;
    private final Predicate<PlanTarget> meaningfulFor;

    InstanceOption(String apiName, Predicate<PlanTarget> meaningfulFor) {
        this.apiName = apiName;
        this.meaningfulFor = meaningfulFor;
    }

    /** As the API (and the audit log) names it. */
    public String apiName() {
        return apiName;
    }

    boolean meaningfulFor(PlanTarget target) {
        return meaningfulFor.test(target);
    }
}
