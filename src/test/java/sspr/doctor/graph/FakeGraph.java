package sspr.doctor.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Microsoft Graph on the loopback interface for tests and the fetch bench: serves a flat
 * snapshot's collections (re-paged, with @odata.nextLink as Graph writes it), the per-user
 * requests of diagnose --graph, and on demand Graph's documented failures — 429 with and without
 * Retry-After, 403 Authorization_RequestDenied, the premium-licence answers, a dropped connection.
 * Every request is recorded so tests can check what was asked and with which headers.
 */
public final class FakeGraph implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Graph's documented 403 (error responses page: Authorization_RequestDenied). */
    public static final String DENIED = "{\"error\":{\"code\":\"Authorization_RequestDenied\",\"message\":\"Insufficient privileges to complete the operation.\","
            + "\"innerError\":{\"date\":\"2026-12-06T03:00:00\",\"request-id\":\"%s\",\"client-request-id\":\"%s\"}}}";
    /** Audit logs / registration reports without Entra ID P1/P2. */
    public static final String NON_PREMIUM = "{\"error\":{\"code\":\"Authentication_RequestFromNonPremiumTenantOrB2CTenant\","
            + "\"message\":\"Neither tenant is B2C or tenant doesn't have premium license\",\"innerError\":{\"request-id\":\"%s\",\"client-request-id\":\"%s\"}}}";
    /** PIM schedules without Entra ID P2 (a 400). */
    public static final String NEEDS_P2 = "{\"error\":{\"code\":\"AadPremiumLicenseRequired\","
            + "\"message\":\"The tenant needs to have Microsoft Entra ID P2 or Microsoft Entra ID Governance license.\",\"innerError\":{\"request-id\":\"%s\",\"client-request-id\":\"%s\"}}}";
    public static final String THROTTLED = "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Too many requests.\",\"innerError\":{\"request-id\":\"%s\"}}}";

    /** A scripted answer for requests whose path starts with a prefix: {@code times} times, then normal service. */
    public record Failure(int status, String body, String retryAfter, int times, boolean drop) {}

    public record Request(String path, String query, String authorization, String clientRequestId) {}

    private final HttpServer server;
    private final Map<String, List<JsonNode>> collections = new LinkedHashMap<>();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failed = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger served = new AtomicInteger();
    private volatile int pageSize = 3;
    private volatile long syntheticUsers = -1;
    private volatile int dropAfterPages = -1;
    private final String token;

    public FakeGraph(Path flat, String token) throws IOException {
        this.token = token;
        if (flat != null) load(flat);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "fake-graph");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeGraph pageSize(int n) { pageSize = n; return this; }

    /** Serve {@code n} generated users instead of the snapshot's (the bench). */
    public FakeGraph syntheticUsers(long n) { syntheticUsers = n; return this; }

    /** Drop the connection of every request after this many pages were served (an interruption). */
    public FakeGraph dropAfterPages(int n) { dropAfterPages = n; return this; }

    public FakeGraph fail(String pathPrefix, Failure f) {
        failures.put(pathPrefix, f);
        failed.put(pathPrefix, new AtomicInteger());
        return this;
    }

    public List<Request> requests() { return requests; }

    public int served() { return served.get(); }

    private void load(Path flat) throws IOException {
        try (var files = Files.list(flat)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String n = p.getFileName().toString();
                if (!n.endsWith(".json")) continue;
                List<JsonNode> records = new ArrayList<>();
                var parser = JSON.getFactory().createParser(p.toFile());
                var it = JSON.readValues(parser, JsonNode.class);
                while (it.hasNext()) {
                    JsonNode doc = it.next();
                    if (doc.has("value") && doc.get("value").isArray()) doc.get("value").forEach(records::add);
                    else records.add(doc);
                }
                collections.put(n.substring(0, n.length() - 5), records);
            }
        }
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getRawPath();
            String query = x.getRequestURI().getRawQuery();
            String q = query == null ? "" : URLDecoder.decode(query.replace("+", "%2B"), StandardCharsets.UTF_8);
            requests.add(new Request(path, q, x.getRequestHeaders().getFirst("Authorization"), x.getRequestHeaders().getFirst("client-request-id")));
            String requestId = "req-" + requests.size();
            x.getResponseHeaders().add("request-id", requestId);
            String clientId = x.getRequestHeaders().getFirst("client-request-id");
            if (dropAfterPages >= 0 && served.get() >= dropAfterPages) {
                x.sendResponseHeaders(500, -1);   // the server "goes away": a 500 no retry rescues
                return;
            }
            if (!("Bearer " + token).equals(x.getRequestHeaders().getFirst("Authorization"))) {
                send(x, 401, "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token is empty.\"}}");
                return;
            }
            if (!path.startsWith("/v1.0/")) {
                send(x, 404, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"Invalid version\"}}");
                return;
            }
            String p = URLDecoder.decode(path.substring("/v1.0/".length()), StandardCharsets.UTF_8);
            for (Map.Entry<String, Failure> e : failures.entrySet()) {
                if (p.startsWith(e.getKey()) && failed.get(e.getKey()).getAndIncrement() < e.getValue().times()) {
                    Failure f = e.getValue();
                    if (f.retryAfter() != null) x.getResponseHeaders().add("Retry-After", f.retryAfter());
                    send(x, f.status(), String.format(f.body(), requestId, clientId));
                    return;
                }
            }
            JsonNode answer = answer(p, q);
            if (answer == null) {
                send(x, 404, "{\"error\":{\"code\":\"Request_ResourceNotFound\",\"message\":\"Resource '" + p + "' does not exist.\"}}");
                return;
            }
            served.incrementAndGet();
            send(x, 200, JSON.writeValueAsString(answer));
        }
    }

    private static final Pattern SKIP = Pattern.compile("\\$skiptoken=(\\d+)");
    private static final Pattern PRINCIPAL = Pattern.compile("principalId eq '([^']+)'");
    private static final Pattern TARGET = Pattern.compile("t/id eq '([^']+)'");

    private JsonNode answer(String p, String q) {
        String[] seg = p.split("/");
        if (p.equals("users") && syntheticUsers >= 0) return syntheticPage(q);
        if (seg[0].equals("users") && seg.length == 2) return object(find("users", seg[1]), "users/$entity");
        if (seg[0].equals("users") && seg.length == 3 && seg[2].equals("memberOf")) return memberOf(seg[1]);
        if (seg[0].equals("users") && seg.length == 3 && seg[2].equals("ownedObjects")) return owned(seg[1]);
        if (p.startsWith("reports/authenticationMethods/userRegistrationDetails/")) return object(find("userRegistrationDetails", seg[3]), "x");
        if (seg[0].equals("domains") && seg.length == 2) return object(find("domains", seg[1]), "domains/$entity");
        if (seg[0].equals("administrativeUnits") && seg.length == 2) return object(find("administrativeUnits", seg[1]), "x");
        String name = p.replace('/', '-').replace("reports-authenticationMethods-", "");
        List<JsonNode> records = collections.get(name);
        if (records == null) {
            if (name.matches("(groups|administrativeUnits)-.+-(members|owners)")) records = List.of();
            else if (name.equals("auditLogs-directoryAudits") || name.startsWith("roleManagement-") || syntheticUsers >= 0) records = List.of();
            else return null;
        }
        if (name.equals("policies-authorizationPolicy") && !records.isEmpty()) return records.get(0);
        Matcher m = PRINCIPAL.matcher(q);
        if (m.find()) records = filter(records, "principalId", m.group(1));
        Matcher t = TARGET.matcher(q);
        if (t.find()) {
            String id = t.group(1);
            List<JsonNode> out = new ArrayList<>();
            for (JsonNode r : records) for (JsonNode tr : r.path("targetResources")) if (id.equals(tr.path("id").asText())) { out.add(r); break; }
            records = out;
        }
        return page(p, q, records);
    }

    private ObjectNode page(String p, String q, List<JsonNode> records) {
        Matcher s = SKIP.matcher(q);
        int from = s.find() ? Integer.parseInt(s.group(1)) : 0;
        int to = Math.min(records.size(), from + pageSize);
        ObjectNode page = JSON.createObjectNode();
        page.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#" + p);
        ArrayNode v = page.putArray("value");
        for (int i = from; i < to; i++) v.add(records.get(i));
        if (to < records.size()) {
            String base = q.replaceAll("&?\\$skiptoken=\\d+", "");
            page.put("@odata.nextLink", url() + "/v1.0/" + p + "?" + (base.isEmpty() ? "" : base.replace(" ", "%20") + "&") + "$skiptoken=" + to);
        }
        return page;
    }

    /** Generated users, 999 a page, the same every time: the bench's million. */
    private ObjectNode syntheticPage(String q) {
        Matcher s = SKIP.matcher(q);
        long from = s.find() ? Long.parseLong(s.group(1)) : 0;
        long to = Math.min(syntheticUsers, from + 999);
        ObjectNode page = JSON.createObjectNode();
        page.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#users(id,userPrincipalName,accountEnabled,userType,onPremisesSyncEnabled,assignedLicenses)");
        ArrayNode v = page.putArray("value");
        for (long i = from; i < to; i++) {
            ObjectNode u = v.addObject();
            u.put("id", String.format("00000000-0000-4000-8000-%012d", i));
            u.put("userPrincipalName", "user" + i + "@contoso.example");
            u.put("displayName", "User " + i);
            u.put("accountEnabled", i % 50 != 0);
            u.put("userType", i % 20 == 0 ? "Guest" : "Member");
            if (i % 3 == 0) u.put("onPremisesSyncEnabled", true); else u.putNull("onPremisesSyncEnabled");
            u.putArray("assignedLicenses").addObject().put("skuId", "05e9a617-0261-4cee-bb44-138d3ef5d965").putArray("disabledPlans");
        }
        if (to < syntheticUsers) page.put("@odata.nextLink", url() + "/v1.0/users?$select=id&$top=999&$skiptoken=" + to);
        return page;
    }

    private ObjectNode memberOf(String userId) {
        JsonNode u = find("users", userId);
        if (u == null) return null;
        String id = u.path("id").asText();
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode g : collections.getOrDefault("groups", List.of())) {
            if (contains("groups-" + g.path("id").asText() + "-members", id)) {
                ObjectNode c = ((ObjectNode) g).deepCopy();
                c.put("@odata.type", "#microsoft.graph.group");
                out.add(c);
            }
        }
        for (JsonNode a : collections.getOrDefault("administrativeUnits", List.of())) {
            if (contains("administrativeUnits-" + a.path("id").asText() + "-members", id)) {
                ObjectNode c = ((ObjectNode) a).deepCopy();
                c.put("@odata.type", "#microsoft.graph.administrativeUnit");
                out.add(c);
            }
        }
        return page("users/" + userId + "/memberOf", "", out);
    }

    private ObjectNode owned(String userId) {
        JsonNode u = find("users", userId);
        if (u == null) return null;
        String id = u.path("id").asText();
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode g : collections.getOrDefault("groups", List.of())) {
            if (contains("groups-" + g.path("id").asText() + "-owners", id)) {
                ObjectNode c = ((ObjectNode) g).deepCopy();
                c.put("@odata.type", "#microsoft.graph.group");
                out.add(c);
            }
        }
        return page("users/" + userId + "/ownedObjects", "", out);
    }

        private boolean contains(String collection, String id) {
        for (JsonNode r : collections.getOrDefault(collection, List.of())) if (id.equals(r.path("id").asText())) return true;
        return false;
    }

    private JsonNode find(String collection, String key) {
        for (JsonNode r : collections.getOrDefault(collection, List.of())) {
            if (key.equalsIgnoreCase(r.path("id").asText()) || key.equalsIgnoreCase(r.path("userPrincipalName").asText())) return r;
        }
        return null;
    }

    private static List<JsonNode> filter(List<JsonNode> records, String field, String value) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : records) if (value.equalsIgnoreCase(r.path(field).asText())) out.add(r);
        return out;
    }

    private static JsonNode object(JsonNode r, String context) {
        if (r == null) return null;
        ObjectNode o = JSON.createObjectNode();
        o.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#" + context);
        o.setAll((ObjectNode) r);
        return o;
    }

    private static void send(HttpExchange x, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, b.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(b);
        }
    }

    /** A JWT-shaped token (unsigned; the fake checks it verbatim) whose "tid" is {@code tenant}. */
    public static String token(String tenant) {
        java.util.Base64.Encoder b = java.util.Base64.getUrlEncoder().withoutPadding();
        return b.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString(("{\"tid\":\"" + tenant + "\",\"aud\":\"https://graph.microsoft.com\"}").getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    static List<String> lines(String s) {
        return Collections.unmodifiableList(List.of(s.split("\n")));
    }
}
