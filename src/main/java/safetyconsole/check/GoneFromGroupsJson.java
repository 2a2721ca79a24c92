package safetyconsole.check;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import safetyconsole.attribution.scaling.ChainHop;
import safetyconsole.attribution.scaling.ChainLink;
import safetyconsole.attribution.scaling.GoneInstance;
import safetyconsole.attribution.scaling.MissingLink;
import safetyconsole.cloud.ScalingActivity;
import safetyconsole.cloud.TrailEvent;
import safetyconsole.migrated.GoneFromGroup;

/** The JSON of the instances gone from a migrated stack's groups: "goneInstances" (docs/check-json.md). */
final class GoneFromGroupsJson {

    private GoneFromGroupsJson() {
    }

    static void add(ArrayNode json, List<GoneFromGroup> groups) {
        for (GoneFromGroup group : groups) {
            ObjectNode entry = json.addObject();
            entry.put("group", group.groupName());
            entry.put("label", group.label());
            entry.put("change", group.countChange());
            entry.put("lastSeen", group.chain().from().toString());
            entry.put("findings", group.findings());
            entry.put("trailLookups", group.chain().lookups());
            missing(entry.putArray("notChecked"), group.chain().unchecked());
            ArrayNode instances = entry.putArray("instances");
            group.chain().instances().forEach(instance -> instance(instances.addObject(), instance));
        }
    }

    private static void instance(ObjectNode json, GoneInstance instance) {
        json.put("instanceId", instance.instanceId());
        json.put("fate", instance.fate().name());
        json.put("finding", instance.fate() != GoneInstance.Fate.REPLACED);
        json.put("onItsOwn", instance.onItsOwn().map(Enum::name).orElse(null));
        link(json, "responsible", instance.responsible());
        event(json, "ec2Event", instance.ec2Event());
        instance.activity().ifPresentOrElse(activity -> activity(json.putObject("activity"), activity, instance),
                () -> json.putNull("activity"));
        ArrayNode hops = json.putArray("hops");
        for (ChainHop hop : instance.hops()) {
            ObjectNode entry = hops.addObject();
            entry.put("step", hop.step().name());
            ArrayNode candidates = entry.putArray("candidates");
            hop.candidates().forEach(candidate -> link(candidates.addObject(), candidate));
        }
        missing(json.putArray("missingLinks"), instance.missing());
    }

    private static void activity(ObjectNode json, ScalingActivity activity, GoneInstance instance) {
        json.put("id", activity.activityId());
        json.put("startTime", activity.startTime().toString());
        json.put("description", activity.description());
        json.put("cause", activity.cause());
        json.put("trigger", instance.cause().map(cause -> cause.trigger().name()).orElse(null));
        json.put("unclassified", instance.cause().map(cause -> cause.unclassified()).orElse(true));
    }

    private static void link(ObjectNode parent, String name, Optional<ChainLink> link) {
        link.ifPresentOrElse(found -> link(parent.putObject(name), found), () -> parent.putNull(name));
    }

    private static void link(ObjectNode json, ChainLink link) {
        event(json, link.event());
        json.put("caller", link.caller().name());
        json.put("secondsBefore", link.before().toSeconds());
        json.put("exact", link.exact());
        ObjectNode matched = json.putObject("matched");
        link.matched().forEach(value -> matched.put(value.parameter(), value.value()));
        event(json, "changeSetCreation", link.changeSetCreation());
    }

    private static void event(ObjectNode parent, String name, Optional<TrailEvent> event) {
        event.ifPresentOrElse(found -> event(parent.putObject(name), found), () -> parent.putNull(name));
    }

    private static void event(ObjectNode json, TrailEvent event) {
        json.put("eventId", event.eventId());
        json.put("event", event.eventName());
        json.put("eventSource", event.eventSource());
        json.put("time", event.eventTime().toString());
        json.put("principalArn", event.principalArn());
        json.put("userName", event.userName());
        json.put("invokedBy", event.invokedBy());
        json.put("sourceIp", event.sourceIp());
        json.put("mfa", event.mfaAuthenticated());
    }

    private static void missing(ArrayNode json, List<MissingLink> links) {
        for (MissingLink link : links) {
            ObjectNode entry = json.addObject();
            entry.put("step", link.step().name());
            entry.put("reason", link.reason().name());
            entry.put("detail", link.detail());
            entry.put("sentence", link.failure().map(CheckMessages::sentence).orElse(null));
        }
    }
}
