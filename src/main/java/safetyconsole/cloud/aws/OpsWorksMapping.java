package safetyconsole.cloud.aws;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.opsworks.model.EnvironmentVariable;

import safetyconsole.cloud.App;
import safetyconsole.cloud.Instance;
import safetyconsole.cloud.InstanceStatus;
import safetyconsole.cloud.Layer;
import safetyconsole.cloud.LayerType;
import safetyconsole.cloud.RootDeviceType;
import safetyconsole.cloud.Stack;

/** OpsWorks SDK models to the port's records (the same fields the snapshot reads from CLI output). */
final class OpsWorksMapping {

    private OpsWorksMapping() {
    }

    static Stack stack(software.amazon.awssdk.services.opsworks.model.Stack s, Map<String, String> tags) {
        return new Stack(s.stackId(), s.name(), s.region(), Optional.ofNullable(s.vpcId()), tags,
                Optional.ofNullable(s.attributesAsStrings().get("Color")),
                s.useOpsworksSecurityGroups() == null || s.useOpsworksSecurityGroups(), s.customJson(),
                instant(s.createdAt()));
    }

    static Layer layer(software.amazon.awssdk.services.opsworks.model.Layer l) {
        return new Layer(l.layerId(), l.stackId(), l.name(), l.shortname(), LayerType.fromApiName(l.typeAsString()),
                l.customSecurityGroupIds(), l.defaultSecurityGroupNames(),
                l.enableAutoHealing() == null || l.enableAutoHealing());
    }

    static Instance instance(software.amazon.awssdk.services.opsworks.model.Instance i) {
        return new Instance(i.instanceId(), i.stackId(), i.hostname(), InstanceStatus.fromApiName(i.status()),
                i.layerIds(), Optional.ofNullable(i.ec2InstanceId()),
                RootDeviceType.fromApiName(i.rootDeviceTypeAsString()), i.instanceType(), i.availabilityZone(),
                i.privateIp(), i.publicIp(), Optional.ofNullable(i.elasticIp()), i.securityGroupIds(),
                instant(i.createdAt()));
    }

    static App app(software.amazon.awssdk.services.opsworks.model.App a) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (EnvironmentVariable variable : a.environment()) {
            environment.put(variable.key(), variable.value() == null ? "" : variable.value());
        }
        return new App(a.appId(), a.stackId(), a.name(), a.shortname(), a.typeAsString(), environment,
                a.attributesAsStrings());
    }

    /** OpsWorks sends CreatedAt as ISO text with an offset; anything else is treated as unknown. */
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
