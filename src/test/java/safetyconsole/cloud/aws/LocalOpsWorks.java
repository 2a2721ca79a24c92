package safetyconsole.cloud.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import safetyconsole.json.Json;

/**
 * OpsWorks Stacks on a {@link LocalAwsPeer}: the describe calls answer from AWS CLI output documents (the CLI
 * prints the API's JSON unchanged), the mutations are recorded and answered as OpsWorks does (an empty body).
 * Moto no longer implements OpsWorks; this is the project's own peer for it.
 */
final class LocalOpsWorks {

    private static final List<String> MUTATIONS = List.of("StartInstance", "StopInstance", "RebootInstance",
            "DeleteInstance", "DeleteLayer", "DeleteApp", "DeleteStack");

    private final ArrayNode stacks;
    private final Map<String, JsonNode> tagsByStack;
    private final Map<String, ArrayNode> layers;
    private final Map<String, ArrayNode> instances;
    private final Map<String, ArrayNode> apps;

    /** Documents per stack id: {@code describe-layers}, {@code describe-instances}, {@code describe-apps}, tags. */
    LocalOpsWorks(JsonNode describeStacks, Map<String, JsonNode> tagsByStack, Map<String, JsonNode> layers,
                  Map<String, JsonNode> instances, Map<String, JsonNode> apps) {
        this.stacks = (ArrayNode) describeStacks.get("Stacks");
        this.tagsByStack = tagsByStack;
        this.layers = arrays(layers, "Layers");
        this.instances = arrays(instances, "Instances");
        this.apps = arrays(apps, "Apps");
    }

    void serveOn(LocalAwsPeer peer) {
        peer.onBody("DescribeStacks", body -> body.has("StackIds")
                ? byIds(stacks, "StackId", body.get("StackIds"), "Stacks")
                : LocalAwsPeer.Reply.ok(wrap("Stacks", stacks)));
        peer.onBody("ListTags", body -> LocalAwsPeer.Reply.ok(wrap("Tags", tagsOf(body.path("ResourceArn").asText()))));
        peer.onBody("DescribeLayers", body -> describe(body, layers, "Layers", "LayerIds", "LayerId"));
        peer.onBody("DescribeInstances", body -> describe(body, instances, "Instances", "InstanceIds", "InstanceId"));
        peer.onBody("DescribeApps", body -> describe(body, apps, "Apps", "AppIds", "AppId"));
        MUTATIONS.forEach(m -> peer.onBody(m, body -> LocalAwsPeer.Reply.ok(Json.mapper().createObjectNode())));
        peer.onBody("UpdateLayer", this::updateLayer);
    }

    private JsonNode tagsOf(String arn) {
        for (JsonNode stack : stacks) {
            if (stack.path("Arn").asText().equals(arn)) {
                return tagsByStack.getOrDefault(stack.get("StackId").asText(), Json.mapper().createObjectNode());
            }
        }
        return Json.mapper().createObjectNode();
    }

    /** By StackId (which must exist), or by ids across every stack, as OpsWorks allows either. */
    private static LocalAwsPeer.Reply describe(JsonNode body, Map<String, ArrayNode> byStack, String key,
                                               String idsField, String idField) {
        if (body.has("StackId")) {
            ArrayNode items = byStack.get(body.get("StackId").asText());
            return items == null ? notFound("Unable to find stack with ID " + body.get("StackId").asText())
                    : LocalAwsPeer.Reply.ok(wrap(key, items));
        }
        ArrayNode all = Json.mapper().createArrayNode();
        byStack.values().forEach(all::addAll);
        return byIds(all, idField, body.get(idsField), key);
    }

    private static LocalAwsPeer.Reply byIds(ArrayNode items, String idField, JsonNode ids, String key) {
        List<String> wanted = new ArrayList<>();
        ids.forEach(id -> wanted.add(id.asText()));
        ArrayNode found = filter(items, item -> wanted.contains(item.path(idField).asText()));
        return found.size() < wanted.size() ? notFound("Unable to find " + idField + " " + wanted)
                : LocalAwsPeer.Reply.ok(wrap(key, found));
    }

    private LocalAwsPeer.Reply updateLayer(JsonNode body) {
        String layerId = body.path("LayerId").asText();
        for (ArrayNode stackLayers : layers.values()) {
            for (JsonNode layer : stackLayers) {
                if (layer.path("LayerId").asText().equals(layerId)) {
                    if (body.has("CustomSecurityGroupIds")) {
                        ((ObjectNode) layer).set("CustomSecurityGroupIds", body.get("CustomSecurityGroupIds"));
                    }
                    return LocalAwsPeer.Reply.ok(Json.mapper().createObjectNode());
                }
            }
        }
        return notFound("Unable to find layer with ID " + layerId);
    }

    private static LocalAwsPeer.Reply notFound(String message) {
        return LocalAwsPeer.Reply.error(400, "ResourceNotFoundException", message);
    }

    private static ArrayNode filter(ArrayNode items, Predicate<JsonNode> keep) {
        ArrayNode out = Json.mapper().createArrayNode();
        items.forEach(item -> {
            if (keep.test(item)) {
                out.add(item);
            }
        });
        return out;
    }

    private static ObjectNode wrap(String key, JsonNode value) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.set(key, value);
        return node;
    }

    private static Map<String, ArrayNode> arrays(Map<String, JsonNode> documents, String key) {
        Map<String, ArrayNode> out = new LinkedHashMap<>();
        documents.forEach((stack, document) -> out.put(stack, (ArrayNode) document.get(key)));
        return out;
    }
}
