package safetyconsole.cloud.aws;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import safetyconsole.json.Json;

/**
 * A loopback HTTP peer speaking the AWS JSON 1.1 protocol (OpsWorks, CloudTrail) and, for what moto lacks of
 * them, the query protocol (Auto Scaling, CloudFormation): requests are dispatched on the operation named in
 * {@code X-Amz-Target} or in the form's {@code Action}; errors come back as AWS sends them ({@code __type} and
 * message, with the HTTP status). Every request is recorded with the region and access key it was signed for.
 */
final class LocalAwsPeer implements AutoCloseable {

    /** One request as the peer saw it. */
    record Request(String operation, JsonNode body, String region, String accessKeyId) {
    }

    /**
     * An answer: a JSON body with a status; an error is {@code {"__type": …, "message": …}}. For the query
     * protocol (Auto Scaling) an XML document instead.
     */
    record Reply(int status, JsonNode body, long delayMillis, String xml) {

        Reply(int status, JsonNode body, long delayMillis) {
            this(status, body, delayMillis, null);
        }

        static Reply xml(String document) {
            return xml(200, document);
        }

        /** A query-protocol answer with its status: an {@code ErrorResponse} document for an error. */
        static Reply xml(int status, String document) {
            return new Reply(status, null, 0, document);
        }

        /** A query-protocol error (Auto Scaling, CloudFormation) as AWS sends it. */
        static Reply queryError(int status, String namespace, String code, String message) {
            return xml(status, "<ErrorResponse xmlns=\"" + namespace + "\"><Error>"
                    + "<Type>Sender</Type><Code>" + code + "</Code><Message>" + message + "</Message></Error>"
                    + "<RequestId>req-error</RequestId></ErrorResponse>");
        }

        /** From a handler of {@link #answerKnownForwardRestTo}: this request is not one to answer, moto's it is. */
        static Reply forward() {
            return FORWARD;
        }

        static Reply ok(JsonNode body) {
            return new Reply(200, body, 0);
        }

        static Reply error(int status, String type, String message) {
            ObjectNode body = Json.mapper().createObjectNode();
            body.put("__type", type);
            body.put("message", message);
            return new Reply(status, body, 0);
        }

        Reply delayedBy(long millis) {
            return new Reply(status, body, millis, xml);
        }
    }

    private static final Reply FORWARD = new Reply(0, null, 0, null);
    private static final Pattern SCOPE = Pattern.compile("Credential=([^/]+)/\\d{8}/([^/]+)/");
    private static final Pattern ACTION = Pattern.compile("(?:^|&)Action=([A-Za-z]+)");

    private final HttpServer server;
    private final Map<String, Function<Request, Reply>> operations = new ConcurrentHashMap<>();
    private final Deque<Reply> scripted = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile URI forwardTo;
    private volatile boolean forwardEverything;
    private volatile boolean answerWhatItKnows;

    LocalAwsPeer() {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle and the client's delayed
        // ACK add ~40 ms to every answer: a cost of this peer, not of the adapter.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** A peer whose OpsWorks has no stacks: enough for tests about credentials and failures. */
    static LocalAwsPeer servingNoStacks() {
        LocalAwsPeer peer = new LocalAwsPeer();
        peer.onBody("DescribeStacks", body -> Reply.ok(Json.mapper().createObjectNode()
                .set("Stacks", Json.mapper().createArrayNode())));
        return peer;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void on(String operation, Function<Request, Reply> handler) {
        operations.put(operation, handler);
    }

    /** A handler that needs only the request body. */
    void onBody(String operation, Function<JsonNode, Reply> handler) {
        on(operation, request -> handler.apply(request.body()));
    }

    /**
     * Requests of other protocols (EC2 and STS: form-encoded queries, no {@code X-Amz-Target}) go on to
     * {@code other}, e.g. moto, so one endpoint serves every service the console calls.
     */
    void forwardOthersTo(URI other) {
        forwardTo = other;
    }

    /**
     * Every request goes on to {@code other}, after being recorded: the peer in front of moto, counting what the
     * adapter sends to a service moto lacks.
     */
    void forwardEverythingTo(URI other) {
        forwardTo = other;
        forwardEverything = true;
    }

    /**
     * Every request is recorded; those with a handler are answered here (what moto lacks) unless the handler
     * answers {@link Reply#forward()}, every other one goes on to {@code other}. Query-protocol requests are
     * recorded with their form parameters as the body.
     */
    void answerKnownForwardRestTo(URI other) {
        forwardEverythingTo(other);
        answerWhatItKnows = true;
    }

    /** The next replies, whatever is asked (faults: throttling, 5xx, slowness), before the handlers answer again. */
    synchronized void script(Reply... replies) {
        scripted.addAll(List.of(replies));
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String operation) {
        return requests.stream().filter(r -> r.operation().equals(operation)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if (forwardTo != null && target == null && !forwardEverything) {
                forward(exchange, in.readAllBytes());
                return;
            }
            byte[] raw = in.readAllBytes();
            String operation;
            JsonNode body;
            if (target == null) {
                // A query-protocol request (IAM, EC2, STS) that nothing forwards: recorded by its Action, for scripts.
                String form = new String(raw, StandardCharsets.UTF_8);
                Matcher action = ACTION.matcher(form);
                operation = action.find() ? action.group(1) : "";
                body = formParameters(form);
            } else {
                operation = target.substring(target.lastIndexOf('.') + 1);
                body = raw.length == 0 ? Json.mapper().createObjectNode() : Json.mapper().readTree(raw);
            }
            Matcher scope = SCOPE.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            boolean signed = scope.find();
            Request request = new Request(operation, body, signed ? scope.group(2) : null,
                    signed ? scope.group(1) : null);
            requests.add(request);
            Reply reply = forwardEverything && !(answerWhatItKnows && operations.containsKey(operation)) ? FORWARD
                    : next(request);
            if (reply == FORWARD) {
                forward(exchange, raw);
                return;
            }
            if (reply.delayMillis() > 0) {
                Thread.sleep(reply.delayMillis());
            }
            byte[] bytes = reply.xml() != null ? reply.xml().getBytes(StandardCharsets.UTF_8)
                    : Json.mapper().writeValueAsBytes(reply.body());
            exchange.getResponseHeaders().add("Content-Type",
                    reply.xml() != null ? "text/xml" : "application/x-amz-json-1.1");
            exchange.getResponseHeaders().add("x-amzn-RequestId", "req-" + requests.size());
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client gave up (a read-timeout test): nothing left to answer.
        }
    }

    /** A form-encoded query request's parameters, e.g. {@code AutoScalingGroupName}. */
    private static ObjectNode formParameters(String form) {
        ObjectNode parameters = Json.mapper().createObjectNode();
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static final Set<String> UNFORWARDABLE = Set.of("host", "content-length",
            "connection", "expect", "upgrade", "transfer-encoding");

    private void forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                forwardTo.resolve(exchange.getRequestURI().toString()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!UNFORWARDABLE.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<byte[]> response = FORWARDER.send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        response.headers().map().forEach((name, values) -> {
            if (!UNFORWARDABLE.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    private static final HttpClient FORWARDER = HttpClient.newHttpClient();

    private Reply next(Request request) {
        synchronized (this) {
            if (!scripted.isEmpty()) {
                return scripted.poll();
            }
        }
        Function<Request, Reply> handler = operations.get(request.operation());
        return handler == null ? Reply.error(400, "UnknownOperationException", request.operation())
                : handler.apply(request);
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
