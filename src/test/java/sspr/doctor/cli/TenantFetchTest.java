package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sspr.doctor.graph.FakeGraph;

/** tenant fetch and diagnose --graph against the fake Graph on loopback: the fixture tenant, served as Graph serves it. */
class TenantFetchTest {
    static final Path FLAT = Path.of("src/test/resources/tenant/flat");
    static final Path EXPORTER = Path.of("src/test/resources/tenant/exporter");
    static final String TENANT = "2f7c9a1e-0000-4000-8000-00000000c0de";
    static final String TOKEN = FakeGraph.token(TENANT);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path tmp;
    final List<Duration> slept = new ArrayList<>();
    Path tokenFile;

    @BeforeEach
    void setUp() throws IOException {
        GraphOptions.sleeper = slept::add;
        tokenFile = tmp.resolve("token");
        Files.writeString(tokenFile, TOKEN + "\n");
    }

    @AfterEach
    void tearDown() {
        GraphOptions.sleeper = null;
    }

    CliRunner.Result fetch(FakeGraph g, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("tenant", "fetch", "--out", out.toString(), "--token-file", tokenFile.toString(), "--graph-url", g.url()));
        args.addAll(List.of(more));
        return new CliRunner().env("PATH", "").run(args.toArray(String[]::new));
    }

    @Test
    void fetchWritesTheFlatLayoutAndItsManifest() throws IOException {
        Path out = tmp.resolve("snap");
        try (FakeGraph g = new FakeGraph(FLAT, TOKEN)) {
            CliRunner.Result r = fetch(g, out);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.err()).contains("signed in with the token in --token-file");
            for (String f : List.of("users.json", "subscribedSkus.json", "domains.json", "roleManagement-directory-roleAssignments.json",
                    "roleManagement-directory-roleDefinitions.json", "groups.json", "administrativeUnits.json", "policies-authorizationPolicy.json",
                    "directory-onPremisesSynchronization.json", "userRegistrationDetails.json", "manifest.json",
                    "groups-9f3e2d1c-0001-4000-8000-00000000b001-members.json", "administrativeUnits-a1b2c3d4-0002-4000-8000-00000000a002-members.json")) {
                assertThat(out.resolve(f)).as(f).isRegularFile();
            }
            try (Stream<Path> s = Files.list(out)) {
                assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part") || n.endsWith(".tmp") || n.startsWith("."));
            }
            JsonNode m = JSON.readTree(out.resolve("manifest.json").toFile());
            assertThat(m.get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(m.get("tenantId").asText()).isEqualTo(TENANT);
            assertThat(m.get("fetchedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            long users = 0;
            for (var it = JSON.readerFor(JsonNode.class).readValues(FLAT.resolve("users.json").toFile()); it.hasNext(); ) {
                users += ((JsonNode) it.next()).get("value").size();
            }
            assertThat(m.at("/collections/users/status").asText()).isEqualTo("complete");
            assertThat(m.at("/collections/users/count").asLong()).isEqualTo(users);
            // paged 3 a page: every nextLink followed verbatim, $select and $top=999 on the first request
            List<FakeGraph.Request> userPages = g.requests().stream().filter(q -> q.path().equals("/v1.0/users")).toList();
            assertThat(userPages).hasSize((int) ((users + 2) / 3));
            assertThat(userPages.get(0).query()).contains("$select=id,userPrincipalName").contains("$top=999");
            assertThat(userPages.get(1).query()).contains("$skiptoken=3");
            assertThat(g.requests()).allSatisfy(q -> assertThat(q.authorization()).isEqualTo("Bearer " + TOKEN));
            // the token is never printed or written
            assertThat(r.out() + r.err()).doesNotContain(TOKEN);
            try (Stream<Path> s = Files.walk(out)) {
                for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                    assertThat(Files.readString(p, StandardCharsets.UTF_8)).as(p.toString()).doesNotContain(TOKEN);
                }
            }
        }
    }

    @Test
    void aRefusedCollectionNamesItsPermissionAndTheFetchGoesOn() throws IOException {
        Path out = tmp.resolve("snap");
        try (FakeGraph g = new FakeGraph(FLAT, TOKEN)) {
            g.fail("directory/onPremisesSynchronization", new FakeGraph.Failure(403, FakeGraph.DENIED, null, 99, false));
            g.fail("reports/authenticationMethods", new FakeGraph.Failure(403, FakeGraph.NON_PREMIUM, null, 99, false));
            g.fail("roleManagement/directory/roleEligibility", new FakeGraph.Failure(400, FakeGraph.NEEDS_P2, null, 99, false));
            CliRunner.Result r = fetch(g, out);
            assertThat(r.exit()).as(r.err()).isEqualTo(1);
            assertThat(r.out()).contains("OnPremDirectorySynchronization.Read.All").contains("Authorization_RequestDenied").contains("request-id req-");
            JsonNode m = JSON.readTree(out.resolve("manifest.json").toFile());
            assertThat(m.at("/collections/directory-onPremisesSynchronization/status").asText()).isEqualTo("refused");
            assertThat(m.at("/collections/directory-onPremisesSynchronization/error/code").asText()).isEqualTo("Authorization_RequestDenied");
            assertThat(m.at("/collections/directory-onPremisesSynchronization/error/permission").asText()).isEqualTo("OnPremDirectorySynchronization.Read.All");
            assertThat(m.at("/collections/userRegistrationDetails/status").asText()).isEqualTo("unavailable");
            assertThat(m.at("/collections/roleManagement-directory-roleEligibilityScheduleInstances/status").asText()).isEqualTo("unavailable");
            assertThat(m.at("/collections/users/status").asText()).isEqualTo("complete");
            assertThat(out.resolve("directory-onPremisesSynchronization.json")).doesNotExist();
            assertThat(out.resolve("userRegistrationDetails.json")).doesNotExist();
            // what is missing stays unknown in the diagnosis
            CliRunner.Result d = CliRunner.exec("diagnose", "--tenant", out.toString(), "--user", "mei.lin@contoso.example", "--format", "json");
            JsonNode j = JSON.readTree(d.out());
            assertThat(j.at("/input/sources/writeback").asText()).isEqualTo("unknown");
            assertThat(j.at("/input/sources/registered").asText()).isEqualTo("unknown");
        }
    }

    @Test
    void throttlingIsWaitedOutAfterRetryAfter() throws IOException {
        try (FakeGraph g = new FakeGraph(FLAT, TOKEN)) {
            g.fail("users", new FakeGraph.Failure(429, FakeGraph.THROTTLED, "3", 1, false));
            g.fail("domains", new FakeGraph.Failure(504, "{}", null, 1, false));
            CliRunner.Result r = fetch(g, tmp.resolve("snap"));
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(slept).hasSize(2);
            assertThat(slept.get(0)).isEqualTo(Duration.ofSeconds(3));
            assertThat(slept.get(1)).isLessThanOrEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void anInterruptedFetchResumesWhereItStopped() throws IOException {
        Path out = tmp.resolve("snap");
        Path whole = tmp.resolve("whole");
        try (FakeGraph g = new FakeGraph(FLAT, TOKEN)) {
            assertThat(fetch(g, whole).exit()).isZero();
        }
        try (FakeGraph g = new FakeGraph(FLAT, TOKEN)) {
            g.dropAfterPages(2);
            CliRunner.Result r = fetch(g, out);
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("HTTP 500").contains("--resume");
            assertThat(out.resolve("users.json.part")).isRegularFile();
            assertThat(out.resolve("manifest.json")).doesNotExist();
            // without --resume the folder is not silently overwritten
            CliRunner.Result again = fetch(g, out);
            assertThat(again.exit()).isEqualTo(2);
            assertThat(again.err()).contains("interrupted fetch");
            int before = g.requests().size();
            g.dropAfterPages(-1);
            CliRunner.Result resumed = fetch(g, out, "--resume");
            assertThat(resumed.exit()).as(resumed.err()).isZero();
            // the two pages already written are not asked for again
            assertThat(g.requests().subList(before, g.requests().size()).get(0).query()).contains("$skiptoken=6");
        }
        // the same pages (next links aside, which name each fake server's port)
        assertThat(withoutPorts(Files.readString(out.resolve("users.json")))).isEqualTo(withoutPorts(Files.readString(whole.resolve("users.json"))));
        JsonNode m = JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(m.at("/collections/users/count").asLong()).isEqualTo(JSON.readTree(whole.resolve("manifest.json").toFile()).at("/collections/users/count").asLong());
        assertThat(out.resolve(".sspr-doctor-fetch.json")).doesNotExist();
    }

    static String withoutPorts(String s) {
        return s.replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1");
    }

    /** The cases of TenantCommandTest: user, actor (null: self-service), scenario. */
    static final String[][] CASES = {
            {"mei.lin@contoso.example", "helpdesk@contoso.example"},
            {"bob@ad.contoso.example", "helpdesk@contoso.example"},
            {"grace@contoso.example", "pim.helpdesk@contoso.example"},
            {"mei.lin@contoso.example", "au.helpdesk@contoso.example"},
            {"mei.lin@contoso.example", null},
            // owns the role-assignable group: as protected as a member
            {"owen@contoso.example", "helpdesk@contoso.example"},
    };

    @Test
    void fetchedSnapshotAndGraphDiagnoseLikeTheHandWrittenTenantInBothLayouts() throws IOException {
        Path out = tmp.resolve("snap");
        try (FakeGraph g = new FakeGraph(FLAT, TOKEN)) {
            assertThat(fetch(g, out).exit()).isZero();
            for (String[] c : CASES) {
                List<String> who = new ArrayList<>(List.of("--user", c[0]));
                if (c[1] != null) who.addAll(List.of("--actor", c[1]));
                JsonNode flat = diagnosis("--tenant", FLAT.toString(), who);
                JsonNode exporter = diagnosis("--tenant", EXPORTER.toString(), who);
                JsonNode fetched = diagnosis("--tenant", out.toString(), who);
                List<String> graph = new ArrayList<>(List.of("--graph", "--token-file", tokenFile.toString(), "--graph-url", g.url()));
                graph.addAll(who);
                JsonNode viaGraph = diagnosis(graph.get(0), graph.get(1), graph.subList(2, graph.size()));
                String name = String.join(" ", who);
                assertThat(fetched).as(name + " fetched vs flat").isEqualTo(flat);
                assertThat(exporter).as(name + " exporter vs flat").isEqualTo(flat);
                assertThat(viaGraph).as(name + " --graph vs flat").isEqualTo(flat);
            }
        }
    }

    /** The diagnosis without input.sources (which name files or requests) and without the stderr notes. */
    static JsonNode diagnosis(String a, String b, List<String> more) throws IOException {
        List<String> args = new ArrayList<>(List.of("diagnose", a, b));
        args.addAll(more);
        args.addAll(List.of("--format", "json"));
        CliRunner.Result r = new CliRunner().env("PATH", "").run(args.toArray(String[]::new));
        assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isIn(0, 1);
        ObjectNode n = (ObjectNode) JSON.readTree(r.out());
        ((ObjectNode) n.get("input")).remove("sources");
        return n;
    }

    @Test
    void graphSourcesNameTheRequestOfEachFact() throws IOException {
        try (FakeGraph g = new FakeGraph(FLAT, TOKEN)) {
            CliRunner.Result r = new CliRunner().env("PATH", "").run("diagnose", "--graph", "--token-file", tokenFile.toString(), "--graph-url", g.url(),
                    "--user", "mei.lin@contoso.example", "--actor", "helpdesk@contoso.example", "--format", "json");
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode s = JSON.readTree(r.out()).at("/input/sources");
            assertThat(s.at("/hybrid/request").asText()).startsWith("GET /v1.0/users/mei.lin@contoso.example?$select=");
            // each fact names the request it came from: the actor's roles from the request filtered by the actor
            assertThat(s.at("/roles/request").asText()).startsWith("GET /v1.0/roleManagement/directory/roleAssignments?$filter=principalId eq ")
                    .contains("'0b8f6c2e-5a41-4d7e-9c3a-000000000003'");
            assertThat(s.at("/targetRoles/request").asText()).contains("'0b8f6c2e-5a41-4d7e-9c3a-000000000001'");
            assertThat(s.at("/targetInRoleAssignableGroup/request").asText()).isEqualTo("GET /v1.0/users/0b8f6c2e-5a41-4d7e-9c3a-000000000001/memberOf?$top=999");
            assertThat(s.at("/licenses/request").asText()).startsWith("GET /v1.0/subscribedSkus");
            assertThat(s.at("/federated/request").asText()).startsWith("GET /v1.0/domains/contoso.example");
            assertThat(s.at("/writeback/request").asText()).startsWith("GET /v1.0/directory/onPremisesSynchronization");
            assertThat(s.at("/registered/request").asText()).startsWith("GET /v1.0/reports/authenticationMethods/userRegistrationDetails/");
            assertThat(s.get("inSsprGroup").asText()).isEqualTo("unknown");
            // only what one diagnosis needs: never the whole user list
            assertThat(g.requests()).noneMatch(q -> q.path().equals("/v1.0/users"));
            assertThat(g.requests()).noneMatch(q -> q.path().equals("/v1.0/reports/authenticationMethods/userRegistrationDetails"));
        }
    }

    @Test
    void auditLogEvidenceFromASnapshotAndFromGraphAgree() throws IOException {
        Path snap = tmp.resolve("snap");
        Files.createDirectories(snap);
        try (Stream<Path> s = Files.list(FLAT)) {
            for (Path p : (Iterable<Path>) s::iterator) Files.copy(p, snap.resolve(p.getFileName()));
        }
        String meiLin = "0b8f6c2e-5a41-4d7e-9c3a-000000000001";
        Files.writeString(snap.resolve("auditLogs-directoryAudits.json"), "{\"value\":["
                + audit("a1", "2026-12-01T08:00:00Z", "Self-service Password Management", "Reset password (self-service)", "failure", "UserNotLicensed", meiLin) + ","
                + audit("a2", "2026-12-02T08:00:00Z", "Self-service Password Management", "Blocked from self-service password reset", "success", "", meiLin) + ","
                + audit("a3", "2026-12-03T08:00:00Z", "Core Directory", "Reset user password", "success", "", meiLin) + ","
                + audit("a4", "2026-12-03T09:00:00Z", "Core Directory", "Add member to group", "success", "", meiLin) + ","
                + audit("a5", "2026-12-04T08:00:00Z", "Self-service Password Management", "Reset password (self-service)", "failure", "OnPremisesConnectivityError", "someone-else")
                + "]}\n");
        CliRunner.Result r = CliRunner.exec("diagnose", "--tenant", snap.toString(), "--user", "mei.lin@contoso.example", "--format", "json");
        JsonNode ev = JSON.readTree(r.out()).get("evidence");
        assertThat(ev).hasSize(3);
        assertThat(ev.get(0).get("activity").asText()).isEqualTo("Reset user password");
        assertThat(ev.get(1).get("findings").get(0).asText()).isEqualTo("sspr.throttled");
        assertThat(ev.get(2).get("reason").asText()).isEqualTo("UserNotLicensed");
        assertThat(ev.get(2).get("correlationId").asText()).isEqualTo("c-a1");
        // a reason with several documented causes names them all
        assertThat(ev.get(2).get("findings")).extracting(JsonNode::asText)
                .containsExactly("license.self-service-not-licensed", "license.writeback-not-licensed");
        CliRunner.Result text = CliRunner.exec("diagnose", "--tenant", snap.toString(), "--user", "mei.lin@contoso.example", "--lang", "zh-TW");
        assertThat(text.out()).contains("稽核記錄中的密碼事件").contains("UserNotLicensed").contains("c-a1");
        try (FakeGraph g = new FakeGraph(snap, TOKEN)) {
            CliRunner.Result viaGraph = new CliRunner().env("PATH", "").run("diagnose", "--graph", "--since", "30", "--token-file", tokenFile.toString(),
                    "--graph-url", g.url(), "--user", "mei.lin@contoso.example", "--format", "json");
            assertThat(viaGraph.exit()).as(viaGraph.err()).isIn(0, 1);
            assertThat(JSON.readTree(viaGraph.out()).get("evidence")).isEqualTo(ev);
            assertThat(g.requests()).anySatisfy(q -> assertThat(q.query()).contains("activityDateTime ge ").contains("t/id eq '" + meiLin + "'"));
        }
    }

    static String audit(String id, String time, String service, String activity, String result, String reason, String target) {
        return "{\"id\":\"" + id + "\",\"category\":\"UserManagement\",\"correlationId\":\"c-" + id + "\",\"result\":\"" + result + "\",\"resultReason\":\""
                + reason + "\",\"activityDisplayName\":\"" + activity + "\",\"activityDateTime\":\"" + time + "\",\"loggedByService\":\"" + service
                + "\",\"initiatedBy\":{\"user\":{\"id\":\"" + target + "\"},\"app\":null},\"targetResources\":[{\"id\":\"" + target
                + "\",\"type\":\"User\",\"modifiedProperties\":[]}],\"additionalDetails\":[]}";
    }

    @Test
    void sinceAddsThePasswordEventsOfTheAuditLog() throws IOException {
        Path out = tmp.resolve("snap");
        try (FakeGraph g = new FakeGraph(FLAT, TOKEN)) {
            CliRunner.Result r = fetch(g, out, "--since", "30");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(out.resolve("auditLogs-directoryAudits.json")).isRegularFile();
            List<String> audits = g.requests().stream().filter(q -> q.path().equals("/v1.0/auditLogs/directoryAudits")).map(FakeGraph.Request::query).toList();
            assertThat(audits).hasSize(2);
            assertThat(audits.get(0)).contains("activityDateTime ge ").contains("loggedByService eq 'Self-service Password Management'").contains("$top=999");
            assertThat(audits.get(1)).contains("loggedByService eq 'Core Directory'").contains("activityDisplayName eq 'Reset user password'");
            assertThat(JSON.readTree(out.resolve("manifest.json").toFile()).at("/collections/auditLogs-directoryAudits/status").asText()).isEqualTo("complete");
        }
    }

    @Test
    void graphRefusalsAreNamedAndLeaveTheirFactsUnknown() throws IOException {
        try (FakeGraph g = new FakeGraph(FLAT, TOKEN)) {
            g.fail("directory/onPremisesSynchronization", new FakeGraph.Failure(403, FakeGraph.DENIED, null, 99, false));
            g.fail("reports/authenticationMethods", new FakeGraph.Failure(403, FakeGraph.NON_PREMIUM, null, 99, false));
            CliRunner.Result r = new CliRunner().env("PATH", "").run("diagnose", "--graph", "--token-file", tokenFile.toString(), "--graph-url", g.url(),
                    "--user", "mei.lin@contoso.example", "--format", "json");
            assertThat(r.exit()).as(r.err()).isIn(0, 1);
            assertThat(r.err()).contains("OnPremDirectorySynchronization.Read.All").contains("Authorization_RequestDenied")
                    .contains("Authentication_RequestFromNonPremiumTenantOrB2CTenant").contains("request-id req-");
            JsonNode s = JSON.readTree(r.out()).at("/input/sources");
            assertThat(s.get("writeback").asText()).isEqualTo("unknown");
            assertThat(s.get("registered").asText()).isEqualTo("unknown");
        }
    }

    @Test
    void badOptionsAreOneLineExit2() {
        CliRunner.Result r = CliRunner.exec("tenant", "fetch", "--out", tmp.toString(), "--auth", "magic");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--auth").doesNotContain("Exception");
        r = CliRunner.exec("tenant", "fetch", "--out", tmp.toString(), "--graph-url", "http://graph.example", "--token-file", tokenFile.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--graph-url");
        r = CliRunner.exec("diagnose", "--graph", "--tenant", FLAT.toString(), "--user", "x");
        assertThat(r.exit()).isEqualTo(2);
        r = CliRunner.exec("diagnose", "--tenant", FLAT.toString(), "--user", "mei.lin@contoso.example", "--since", "7");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--since");
        // no credential anywhere: one line naming what to do, and no network touched
        r = new CliRunner().env("PATH", "").run("tenant", "fetch", "--out", tmp.resolve("x").toString(), "--graph-url", "http://127.0.0.1:9");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("az login");
    }

    @Test
    void anUnknownUserIsExit2() throws IOException {
        try (FakeGraph g = new FakeGraph(FLAT, TOKEN)) {
            CliRunner.Result r = new CliRunner().env("PATH", "").run("diagnose", "--graph", "--token-file", tokenFile.toString(), "--graph-url", g.url(),
                    "--user", "nobody@contoso.example");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("nobody@contoso.example");
        }
    }
}
