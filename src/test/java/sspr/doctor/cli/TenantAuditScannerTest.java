package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sspr.doctor.tenant.UserScannerTest;

/**
 * audit --tenant gives the same reports (JSON, text, CSV, NDJSON, JUnit), errors and exit codes whether
 * the users are read by the byte scanner or by Jackson ({@code -Dsspr.doctor.tenant.fastPaths=off}):
 * on the fixture tenants and on generated snapshots with every tricky kind of user.
 */
class TenantAuditScannerTest {
    private static final Path FIXTURES = Path.of("src/test/resources/tenant");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORMATS = List.of("json", "text", "csv", "ndjson", "junit");

    @TempDir Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"flat", "exporter", "exporter3", "cases/b2b", "cases/b2b-exporter", "cases/disabled-plans", "cases/no-skus", "cases/manifest"})
    void fixtureTenantsGiveTheSameReports(String dir) {
        String d = FIXTURES.resolve(dir).toString();
        sameReports("audit", "--tenant", d, "--actor-role", "helpdesk-admin");
        if (dir.equals("flat") || dir.equals("exporter")) {
            sameReports("audit", "--tenant", d, "--actor", "au.helpdesk@contoso.example");
            sameReports("audit", "--tenant", d, "--actor", "helpdesk@contoso.example", "--exclude", "disabled");
        }
    }

    @Test
    void generatedSnapshotsWithTrickyUsersGiveTheSameReports() throws IOException {
        Path flat = FIXTURES.resolve("flat");
        // the fixture's users, every tricky user, and generated ones that share ids with the registration details
        ArrayNode users = (ArrayNode) JSON.readTree(flat.resolve("users.json").toFile()).get("value");
        List<String> records = new ArrayList<>();
        for (JsonNode u : users) records.add(u.toString());
        records.addAll(UserScannerTest.TRICKY);
        Random rnd = new Random(16);
        String[] skus = {"05e9a617-0261-4cee-bb44-138d3ef5d965", "06ebc4ee-1bb5-47dd-8120-11324bc54e06", "6fd2c87f-b296-42f0-b197-1e91e994b900", "deadbeef-0000-0000-0000-000000000000"};
        for (JsonNode u : users) {
            for (int copy = 0; copy < 3; copy++) {
                ObjectNode o = ((ObjectNode) u).deepCopy();
                if (rnd.nextBoolean()) o.put("id", u.get("id").asText().toUpperCase());
                if (rnd.nextInt(4) == 0) o.remove("onPremisesSyncEnabled");
                if (rnd.nextInt(4) == 0) o.putNull("accountEnabled");
                if (rnd.nextInt(3) == 0) {
                    ArrayNode l = o.putArray("assignedLicenses");
                    ObjectNode lic = l.addObject().put("skuId", skus[rnd.nextInt(skus.length)]);
                    ArrayNode disabled = lic.putArray("disabledPlans");
                    if (rnd.nextBoolean()) disabled.add("41781fb2-bc02-4b7c-bd55-b576c07bb09d").add("eec0eb4f-6444-4f95-aba0-50c24d67f998");
                }
                if (rnd.nextInt(5) == 0) o.put("userPrincipalName", "guest" + copy + "_fabrikam.example#EXT#@contoso.onmicrosoft.com");
                if (rnd.nextInt(5) == 0) o.putArray("identities").addObject().put("signInType", "federated").put("issuer", rnd.nextBoolean() ? "ExternalAzureAD" : "contoso.example");
                if (rnd.nextInt(6) == 0) o.put("externalUserState", "PendingAcceptance");
                o.putObject("onPremisesExtensionAttributes").put("extensionAttribute1", "\u00e9\u7528 \"q\"").putNull("extensionAttribute2");
                records.add(o.toString());
            }
        }
        String page = "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#users\",\"value\":[" + String.join(",", records) + "],\"@odata.nextLink\":\"x\"}";
        List<String> contents = List.of(page, page + "\n\uFEFF" + page, String.join("\n", records), "[" + String.join(",\n", records) + "]",
                page.replace(",\"", ",\r\n    \"").replace("{\"", "{\r\n    \"").replace("\":", "\":  "),
                // damaged: Jackson's error, as it was, from either path; then user types that are numbers (Jackson reads "1")
                page.substring(0, page.length() / 2), page.replace("\"userType\"", "\"userType\":1,\"x\""));
        for (int i = 0; i < contents.size(); i++) {
            Path d = snapshot(flat, contents.get(i));
            String json = sameReports("audit", "--tenant", d.toString(), "--actor-role", "helpdesk-admin");
            sameReports("audit", "--tenant", d.toString(), "--actor", "au.helpdesk@contoso.example");
            if (i == 5) assertThat(json).startsWith("exit 2");
            else assertThat(json).startsWith("exit 0").contains("\"total\":" + records.size() * (i == 1 ? 2 : 1));
        }
    }

    /** A copy of the flat fixture tenant with these users. */
    private Path snapshot(Path flat, String users) throws IOException {
        Path d = Files.createTempDirectory(tmp, "tenant");
        try (Stream<Path> files = Files.list(flat)) {
            for (Path f : files.toList()) Files.copy(f, d.resolve(f.getFileName()));
        }
        Files.write(d.resolve("users.json"), users.getBytes(StandardCharsets.UTF_8));
        return d;
    }

    /** Every format, to stdout and to a file: the same output, errors and exit with the scanner and without. */
    private String sameReports(String... args) {
        String json = null;
        for (String format : FORMATS) {
            List<String> a = new ArrayList<>(List.of(args));
            a.addAll(List.of("--format", format));
            String scanned = run(a, true);
            assertThat(scanned).as(a.toString()).isEqualTo(run(a, false));
            if (format.equals("json")) json = scanned;
        }
        return json;
    }

    private static String run(List<String> args, boolean scan) {
        if (!scan) System.setProperty("sspr.doctor.tenant.fastPaths", "off");
        try {
            CliRunner.Result r = CliRunner.exec(args.toArray(String[]::new));
            // JUnit reports carry how long the run took
            return ("exit " + r.exit() + "\n" + r.out() + "\n--- stderr\n" + r.err()).replaceAll(" time=\"[0-9.]+\"", "");
        } finally {
            System.clearProperty("sspr.doctor.tenant.fastPaths");
        }
    }
}
