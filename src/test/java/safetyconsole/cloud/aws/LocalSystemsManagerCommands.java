package safetyconsole.cloud.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import safetyconsole.cloud.CommandInvocation;
import safetyconsole.json.Json;

/**
 * Systems Manager's commands, answered by a {@link LocalAwsPeer} in front of moto (whose command output is always
 * empty and which lists no managed instances), as Systems Manager does (JSON 1.1): {@code DescribeInstanceInformation}
 * lists the instances {@link #manage}d, online; {@code SendCommand} to one of them records the commands and answers
 * a command id; {@code GetCommandInvocation} answers "InProgress" the first time and then the output scripted for
 * the instance, cut at {@link CommandInvocation#MAX_OUTPUT} characters as the service cuts it. The rest of Systems
 * Manager goes on to moto.
 */
final class LocalSystemsManagerCommands {

    /** One command as the peer keeps it. */
    record Sent(String instanceId, String documentName, List<String> commands, int asked) {
    }

    private final Set<String> managed = ConcurrentHashMap.newKeySet();
    private final Map<String, String> outputs = new ConcurrentHashMap<>();
    private final Map<String, Sent> sent = new ConcurrentHashMap<>();

    void serveOn(LocalAwsPeer peer) {
        peer.onBody("DescribeInstanceInformation", this::describe);
        peer.onBody("SendCommand", this::send);
        peer.onBody("GetCommandInvocation", this::invocation);
    }

    /** The agent runs on these instances and answers. */
    void manage(String... instanceIds) {
        managed.addAll(List.of(instanceIds));
    }

    /** What the next command on {@code instanceId} prints. */
    void answer(String instanceId, String output) {
        outputs.put(instanceId, output);
    }

    List<Sent> sent() {
        return List.copyOf(sent.values());
    }

    private LocalAwsPeer.Reply describe(JsonNode body) {
        List<String> asked = new ArrayList<>();
        body.path("Filters").forEach(filter -> {
            if (filter.path("Key").asText().equals("InstanceIds")) {
                filter.path("Values").forEach(value -> asked.add(value.asText()));
            }
        });
        ArrayNode list = Json.mapper().createArrayNode();
        asked.stream().filter(managed::contains).forEach(id -> list.addObject().put("InstanceId", id)
                .put("PingStatus", "Online").put("PlatformType", "Linux"));
        ObjectNode reply = Json.mapper().createObjectNode();
        reply.set("InstanceInformationList", list);
        return LocalAwsPeer.Reply.ok(reply);
    }

    private LocalAwsPeer.Reply send(JsonNode body) {
        List<String> instanceIds = new ArrayList<>();
        body.path("InstanceIds").forEach(id -> instanceIds.add(id.asText()));
        if (instanceIds.size() != 1 || !managed.contains(instanceIds.get(0))) {
            return LocalAwsPeer.Reply.error(400, "InvalidInstanceId", "Instances " + instanceIds
                    + " not in a valid state for account 123456789012");
        }
        List<String> commands = new ArrayList<>();
        body.path("Parameters").path("commands").forEach(line -> commands.add(line.asText()));
        String commandId = UUID.randomUUID().toString();
        sent.put(commandId, new Sent(instanceIds.get(0), body.path("DocumentName").asText(), commands, 0));
        ObjectNode reply = Json.mapper().createObjectNode();
        reply.putObject("Command").put("CommandId", commandId).put("Status", "Pending")
                .put("DocumentName", body.path("DocumentName").asText());
        return LocalAwsPeer.Reply.ok(reply);
    }

    private LocalAwsPeer.Reply invocation(JsonNode body) {
        String commandId = body.path("CommandId").asText();
        String instanceId = body.path("InstanceId").asText();
        Sent command = sent.get(commandId);
        if (command == null || !command.instanceId().equals(instanceId)) {
            return LocalAwsPeer.Reply.error(400, "InvocationDoesNotExist", "");
        }
        sent.put(commandId, new Sent(instanceId, command.documentName(), command.commands(), command.asked() + 1));
        String output = outputs.getOrDefault(instanceId, "");
        boolean running = command.asked() == 0;
        ObjectNode reply = Json.mapper().createObjectNode().put("CommandId", commandId).put("InstanceId", instanceId)
                .put("DocumentName", command.documentName()).put("Status", running ? "InProgress" : "Success")
                .put("StatusDetails", running ? "InProgress" : "Success")
                .put("StandardOutputContent", running ? ""
                        : output.substring(0, Math.min(output.length(), CommandInvocation.MAX_OUTPUT)))
                .put("StandardErrorContent", "");
        return LocalAwsPeer.Reply.ok(reply);
    }
}
