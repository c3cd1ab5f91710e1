package sspr.doctor.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.io.SafeYaml;

/**
 * {@code diagnose --graph}: fetches only what one diagnosis needs into a flat snapshot folder, so
 * that it is read by the same code as {@code --tenant}. Every file holds Graph's answers as they
 * came, except the membership files of role-assignable groups and administrative units: those are
 * written from the user's {@code memberOf} (which answers exactly "is this user a member"), holding
 * just that user — all the snapshot reader asks of them. {@link #requests()} names, per file, the
 * Graph request its facts come from.
 */
public final class UserFetcher {
    private static final ObjectMapper JSON = new ObjectMapper(SafeYaml.jsonFactory());

    /** A collection Graph refused or the tenant's licences do not cover; its facts stay unknown. */
    public record Skipped(String file, GraphException error, String permission) {}

    private final GraphClient client;
    private final Path dir;
    private final Map<String, String> requests = new LinkedHashMap<>();
    /** Per file, the request of each document (line) in it: the source of a fact names its page. */
    private final Map<String, List<String>> documents = new LinkedHashMap<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final Map<String, JsonNode> units = new LinkedHashMap<>();
    private final Map<String, Set<String>> unitMembers = new LinkedHashMap<>();
    private final Map<String, JsonNode> groups = new LinkedHashMap<>();
    private final Map<String, Set<String>> groupMembers = new LinkedHashMap<>();
    private final Map<String, Set<String>> groupOwners = new LinkedHashMap<>();
    private String ownersRequest;

    public UserFetcher(GraphClient client, Path dir) {
        this.client = client;
        this.dir = dir;
    }

    public Map<String, String> requests() { return requests; }

    /** The request that wrote each document of each file, in file order. */
    public Map<String, List<String>> documents() { return documents; }

    public List<Skipped> skipped() { return skipped; }

    /** Fetches the user's (and actor's) facts; returns their object IDs, [user, actor or null]. */
    public String[] fetch(String user, String actor, Integer sinceDays, Instant now) {
        try {
            String userId = user(user, "--user");
            String actorId = actor == null ? null : user(actor, "--actor");
            List<String> principals = new ArrayList<>();
            principals.add(userId);
            if (actorId != null) principals.add(actorId);
            for (String id : List.copyOf(principals)) memberOf(id, principals);
            ownedGroups(userId);
            writeMemberships();
            for (FetchPlan.Entry e : FetchPlan.roles(null)) {
                if (e.name().equals("roleManagement-directory-roleDefinitions")) {
                    page(e, client.url(e.paths().get(0)));
                } else {
                    // one filtered request per principal (the user, the actor, their role-assignable groups)
                    List<String> urls = new ArrayList<>();
                    for (String p : principals) urls.add(client.url(FetchPlan.roles(p).get(e.name().endsWith("roleAssignments") ? 1 : 2).paths().get(0)));
                    pages(e, urls);
                }
            }
            actorUnits(actorId, userId);
            page(new FetchPlan.Entry("subscribedSkus", "v1.0/subscribedSkus?$select=id,skuId,skuPartNumber,appliesTo,capabilityStatus,servicePlans",
                    "LicenseAssignment.Read.All"), null);
            domain(userId);
            for (FetchPlan.Entry e : FetchPlan.settings()) page(e, null);
            page(new FetchPlan.Entry("userRegistrationDetails", List.of("v1.0/reports/authenticationMethods/userRegistrationDetails/" + segment(userId)),
                    "AuditLog.Read.All", true, List.of()), null);
            if (sinceDays != null) pages(FetchPlan.audits(sinceDays, now, userId), null);
            return new String[] {userId, actorId};
        } catch (IOException e) {
            throw new GraphException(dir.toString(), LocalizedText.of("cannot-write", "reason", String.valueOf(e.getMessage())));
        }
    }

    /** GET /users/{upn or id}: appended to users.json; a 404 is an unknown user (exit 2). */
    private String user(String name, String option) throws IOException {
        String url = client.url("v1.0/users/" + segment(name.strip()) + "?$select=" + FetchPlan.USERS_SELECT);
        GraphClient.Page p;
        try {
            p = client.get(url);
        } catch (GraphException e) {
            if (e.status == 404) throw new GraphException(option, LocalizedText.of("graph-no-user", "user", name));
            throw e;
        }
        append("users.json", p.body());
        requests.putIfAbsent("users.json", client.shown(url));
        documents.computeIfAbsent("users.json", k -> new ArrayList<>()).add(client.shown(url));
        JsonNode n = JSON.readTree(p.body());
        JsonNode id = n == null ? null : n.get("id");
        if (id == null || !id.isTextual()) throw new GraphException(option, LocalizedText.of("graph-no-user", "user", name));
        return id.asText();
    }

    /** The role-assignable groups and administrative units {@code id} belongs to; such groups become principals too. */
    private void memberOf(String id, List<String> principals) throws IOException {
        String url = client.url("v1.0/users/" + segment(id) + "/memberOf?$top=999");
        String shown = client.shown(url);
        try {
            while (url != null) {
                JsonNode page = JSON.readTree(client.get(url).body());
                for (JsonNode o : page.path("value")) {
                    String type = o.path("@odata.type").asText("");
                    String oid = o.path("id").asText(null);
                    if (oid == null) continue;
                    if (type.endsWith("administrativeUnit")) {
                        units.putIfAbsent(oid, unit(o));
                        unitMembers.computeIfAbsent(oid, k -> new LinkedHashSet<>()).add(id);
                    } else if (type.endsWith(".group") && o.path("isAssignableToRole").asBoolean(false)) {
                        ObjectNode g = JSON.createObjectNode();
                        g.put("id", oid);
                        g.set("displayName", o.path("displayName"));
                        g.put("isAssignableToRole", true);
                        groups.putIfAbsent(oid, g);
                        groupMembers.computeIfAbsent(oid, k -> new LinkedHashSet<>()).add(id);
                        if (!principals.contains(oid)) principals.add(oid);
                    }
                }
                JsonNode next = page.get("@odata.nextLink");
                url = next != null && next.isTextual() ? next.asText() : null;
            }
            // the target's memberOf names these files; each principal's request is kept per document for its facts
            requests.putIfAbsent("groups.json", shown);
            requests.putIfAbsent("administrativeUnits.json", shown);
            documents.computeIfAbsent("groups.json", k -> new ArrayList<>()).add(shown);
            documents.computeIfAbsent("administrativeUnits.json", k -> new ArrayList<>()).add(shown);
        } catch (GraphException e) {
            if (!e.refused() && !e.needsPremium()) throw e;
            skipped.add(new Skipped("groups.json", e, "GroupMember.Read.All"));
            requests.put("groups.json", null);
            requests.put("administrativeUnits.json", null);
        }
    }

    /**
     * The role-assignable groups the user owns ("member or owner" is what protects the account): an
     * owner is as protected as a member. Refused, the group facts stay unknown rather than "not in one".
     */
    private void ownedGroups(String id) throws IOException {
        if (requests.containsKey("groups.json") && requests.get("groups.json") == null) return;
        String url = client.url("v1.0/users/" + segment(id) + "/ownedObjects?$top=999");
        String shown = client.shown(url);
        try {
            while (url != null) {
                JsonNode page = JSON.readTree(client.get(url).body());
                for (JsonNode o : page.path("value")) {
                    String oid = o.path("id").asText(null);
                    if (oid == null || !o.path("@odata.type").asText("").endsWith(".group") || !o.path("isAssignableToRole").asBoolean(false)) continue;
                    ObjectNode g = JSON.createObjectNode();
                    g.put("id", oid);
                    g.set("displayName", o.path("displayName"));
                    g.put("isAssignableToRole", true);
                    groups.putIfAbsent(oid, g);
                    groupOwners.computeIfAbsent(oid, k -> new LinkedHashSet<>()).add(id);
                }
                JsonNode next = page.get("@odata.nextLink");
                url = next != null && next.isTextual() ? next.asText() : null;
            }
            ownersRequest = shown;
        } catch (GraphException e) {
            if (!e.refused() && !e.needsPremium()) throw e;
            skipped.add(new Skipped("groups.json", e, "User.Read.All"));
            requests.put("groups.json", null);
        }
    }

    private static ObjectNode unit(JsonNode o) {
        ObjectNode u = JSON.createObjectNode();
        u.put("id", o.path("id").asText());
        u.set("displayName", o.path("displayName"));
        if (o.has("isMemberManagementRestricted")) u.set("isMemberManagementRestricted", o.get("isMemberManagementRestricted"));
        return u;
    }

    /** The units the actor's roles are scoped to, so that "the user is outside the actor's unit" is known too. */
    private void actorUnits(String actorId, String userId) throws IOException {
        if (actorId == null || !Files.isRegularFile(dir.resolve("roleManagement-directory-roleAssignments.json"))) return;
        Set<String> scoped = new LinkedHashSet<>();
        for (String line : Files.readAllLines(dir.resolve("roleManagement-directory-roleAssignments.json"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            for (JsonNode a : JSON.readTree(line).path("value")) {
                String scope = a.path("directoryScopeId").asText("");
                if (a.path("principalId").asText("").equals(actorId) && scope.startsWith("/administrativeUnits/")) {
                    scoped.add(scope.substring("/administrativeUnits/".length()));
                }
            }
        }
        boolean added = false;
        for (String au : scoped) {
            if (units.containsKey(au) || requests.get("administrativeUnits.json") == null) continue;
            String url = client.url("v1.0/administrativeUnits/" + segment(au) + "?$select=id,displayName,isMemberManagementRestricted");
            try {
                units.put(au, unit(JSON.readTree(client.get(url).body())));
                unitMembers.put(au, new LinkedHashSet<>());   // memberOf did not list it: the user is not a member
                added = true;
            } catch (GraphException e) {
                if (!e.refused() && e.status != 404) throw e;
            }
        }
        if (added) writeMemberships();
    }

    private void writeMemberships() throws IOException {
        if (requests.containsKey("groups.json") && requests.get("groups.json") == null) {
            // group facts unknown: no groups file at all (its absence reads as unknown, not as "none")
            if (requests.get("administrativeUnits.json") != null) writeUnits();
            return;
        }
        String shown = requests.get("groups.json");
        writePage("groups.json", groups.values());
        for (Map.Entry<String, Set<String>> e : groupMembers.entrySet()) {
            String f = "groups-" + e.getKey() + "-members.json";
            writePage(f, ids(e.getValue()));
            requests.put(f, shown);
        }
        for (Map.Entry<String, Set<String>> e : groupOwners.entrySet()) {
            String f = "groups-" + e.getKey() + "-owners.json";
            writePage(f, ids(e.getValue()));
            requests.put(f, ownersRequest);
        }
        writeUnits();
    }

    private void writeUnits() throws IOException {
        String shown = requests.get("administrativeUnits.json");
        writePage("administrativeUnits.json", units.values());
        for (Map.Entry<String, Set<String>> e : unitMembers.entrySet()) {
            String f = "administrativeUnits-" + e.getKey() + "-members.json";
            writePage(f, ids(e.getValue()));
            requests.put(f, shown);
        }
    }

    private static List<JsonNode> ids(Set<String> ids) {
        List<JsonNode> out = new ArrayList<>();
        for (String id : ids) out.add(JSON.createObjectNode().put("id", id));
        return out;
    }

    private void writePage(String file, java.util.Collection<JsonNode> records) throws IOException {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode v = page.putArray("value");
        records.forEach(v::add);
        Files.write(dir.resolve(file), JSON.writeValueAsBytes(page));
    }

    /** GET /domains/{the user's UPN domain}: whether it is federated. */
    private void domain(String userId) throws IOException {
        JsonNode u = null;
        for (String line : Files.readAllLines(dir.resolve("users.json"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = JSON.readTree(line);
            if (userId.equals(n.path("id").asText())) u = n;
        }
        String upn = u == null ? null : u.path("userPrincipalName").asText(null);
        if (upn == null || upn.indexOf('@') < 0) return;
        String domain = upn.substring(upn.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        try {
            page(new FetchPlan.Entry("domains", "v1.0/domains/" + segment(domain) + "?$select=id,authenticationType,isVerified", "Domain.Read.All"), null);
        } catch (GraphException e) {
            if (e.status != 404) throw e;   // a domain Graph does not know (e.g. a guest's #EXT# onmicrosoft domain): unknown
        }
    }

    private void page(FetchPlan.Entry e, String url) throws IOException {
        pages(e, url == null ? null : List.of(url));
    }

    /** Every page of every URL into the entry's file; a refusal or a licence answer is recorded and leaves the file out. */
    private void pages(FetchPlan.Entry e, List<String> urls) throws IOException {
        List<String> all = urls;
        if (all == null) {
            all = new ArrayList<>();
            for (String p : e.paths()) all.add(client.url(p));
        }
        requests.put(e.file(), client.shown(all.get(0)));
        Path part = dir.resolve(e.file() + ".part");
        Files.deleteIfExists(part);
        Files.createFile(part);
        List<String> docs = new ArrayList<>();
        try {
            for (String url : all) {
                String next = url;
                while (next != null) {
                    GraphClient.Page p = client.get(next);
                    append(part, p.body());
                    docs.add(client.shown(next));
                    next = PageScanner.scan(p.body(), null).nextLink();
                }
            }
        } catch (GraphException g) {
            Files.deleteIfExists(part);
            if (g.status == 0 || !(g.refused() || g.needsPremium() || g.status == 404)) throw g;
            skipped.add(new Skipped(e.file(), g, e.permission()));
            requests.remove(e.file());
            return;
        }
        Files.move(part, dir.resolve(e.file()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        documents.put(e.file(), docs);
    }

    private void append(String file, byte[] body) throws IOException {
        append(dir.resolve(file), body);
    }

    private static void append(Path file, byte[] body) throws IOException {
        try (OutputStream o = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            // one document per line: Graph's compact JSON has no raw newlines
            o.write(stripNewlines(body));
            o.write('\n');
        }
    }

    private static byte[] stripNewlines(byte[] b) {
        int n = 0;
        for (byte x : b) if (x != '\n' && x != '\r') n++;
        if (n == b.length) return b;
        byte[] out = new byte[n];
        int i = 0;
        for (byte x : b) if (x != '\n' && x != '\r') out[i++] = x;
        return out;
    }

    /** A path segment: UPNs hold '#' (#EXT#), '@' is kept as Graph's own examples write it. */
    static String segment(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~@".indexOf(c) >= 0) b.append((char) c);
            else b.append('%').append(String.format("%02X", c));
        }
        return b.toString();
    }
}
