package sspr.doctor.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte scanner for users must give exactly the users (every property the facts read, and where
 * each user is) and the errors of the Jackson path: compared on the fixture tenant's layouts, on
 * users with every tricky property, on every form a users file comes in, and on damaged files.
 */
public class UserScannerTest {
    static final Path FIXTURES = Path.of("src/test/resources/tenant");

    @TempDir Path tmp;

    /** Users with what a real tenant has and what a scanner may get wrong. */
    public static final List<String> TRICKY = List.of(
            "{\"id\":\"0b8f6c2e-5a41-4d7e-9c3a-00000000aa01\",\"userPrincipalName\":\"mei.lin@contoso.example\",\"displayName\":\"Mei Lin\","
                    + "\"accountEnabled\":true,\"userType\":\"Member\",\"onPremisesSyncEnabled\":true,\"onPremisesDomainName\":\"ad.contoso.example\","
                    + "\"assignedLicenses\":[{\"skuId\":\"05e9a617-0261-4cee-bb44-138d3ef5d965\",\"disabledPlans\":[]}]}",
            // escapes and non-ASCII in read and unread strings
            "{\"id\":\"O\\u0027Brien-ID\",\"userPrincipalName\":\"o\\\"brien\\\\x\\/y\\t\\u00e9@contoso.example\",\"displayName\":\"Zo\u00eb \ud83d\ude00 \\ud83d\\ude00\","
                    + "\"userType\":\"Mem\\u0062er\",\"accountEnabled\":false}",
            "{\"id\":\"\u7528\u6237-1\",\"userPrincipalName\":\"\u7528\u6237@\u4f8b\u5b50.cn\",\"userType\":\"Member\",\"creationType\":\"LocalAccount\"}",
            // nulls and missing keys
            "{\"id\":null,\"userPrincipalName\":null,\"userType\":null,\"accountEnabled\":null,\"onPremisesSyncEnabled\":null,\"assignedLicenses\":null,"
                    + "\"identities\":null,\"creationType\":null,\"externalUserState\":null}",
            "{\"id\":\"only-id\"}",
            "{}",
            // nested objects and lists in properties not read, numbers of every form
            "{\"id\":\"nested\",\"onPremisesExtensionAttributes\":{\"extensionAttribute1\":null,\"a\":[1,-2.5e+3,0,{\"b\":[[],{}]}]},"
                    + "\"businessPhones\":[],\"otherMails\":[\"a@b\",\"c@d\"],\"n\":-0.0E-7,\"t\":true,\"f\":false,\"userType\":\"Member\"}",
            // disabledPlans: upper case, nulls inside, null, several licences, unknown properties inside
            "{\"id\":\"plans\",\"userPrincipalName\":\"plans@contoso.example\",\"userType\":\"Member\",\"assignedLicenses\":["
                    + "{\"disabledPlans\":[\"41781FB2-BC02-4B7C-BD55-B576C07BB09D\",null,\"x\"],\"skuId\":\"05E9A617-0261-4CEE-BB44-138D3EF5D965\",\"extra\":{\"k\":[1]}},"
                    + "{\"skuId\":\"06ebc4ee-1bb5-47dd-8120-11324bc54e06\",\"disabledPlans\":null},{},{\"skuId\":null}]}",
            "{\"id\":\"plans2\",\"assignedLicenses\":[]}",
            // guests: #EXT#, identities, invitations
            "{\"id\":\"ext\",\"userPrincipalName\":\"partner_fabrikam.example#EXT#@contoso.onmicrosoft.com\",\"userType\":\"Member\","
                    + "\"identities\":[{\"signInType\":\"userPrincipalName\",\"issuer\":\"contoso.onmicrosoft.com\",\"issuerAssignedId\":\"x\"},"
                    + "{\"signInType\":\"federated\",\"issuer\":\"ExternalAzureAD\"}],\"creationType\":\"Invitation\",\"externalUserState\":\"Accepted\"}",
            "{\"id\":\"internal-guest\",\"userPrincipalName\":\"ig@contoso.example\",\"userType\":\"Guest\",\"identities\":[{\"signInType\":\"userPrincipalName\","
                    + "\"issuer\":\"contoso.example\",\"issuerAssignedId\":\"ig@contoso.example\"}],\"externalUserState\":null}",
            "{\"id\":\"ids\",\"identities\":[],\"userType\":\"Guest\"}",
            "{\"id\":\"ids2\",\"identities\":[{},{\"issuer\":null,\"signInType\":null}]}",
            // onPremises* fields beside the one read
            "{\"id\":\"onprem\",\"onPremisesSyncEnabled\":false,\"onPremisesImmutableId\":\"abc==\",\"onPremisesLastSyncDateTime\":\"2026-01-01T00:00:00Z\","
                    + "\"onPremisesSecurityIdentifier\":\"S-1-5-21\",\"onPremisesProvisioningErrors\":[{\"value\":\"x\",\"category\":\"PropertyConflict\"}]}",
            // a field named value inside a user, annotations inside a user
            "{\"@odata.type\":\"#microsoft.graph.user\",\"id\":\"annotated\",\"value\":[1,2],\"userType\":\"Member\"}",
            // properties read, given twice (Jackson's two paths differ there: the scanner hands over)
            "{\"id\":\"twice\",\"userType\":\"Member\",\"userType\":\"Guest\"}",
            // values of another type than the scanner reads (Jackson reads them as text or null)
            "{\"id\":12,\"accountEnabled\":\"yes\",\"userType\":true,\"assignedLicenses\":{\"skuId\":\"x\"}}",
            "{\"id\":\"lic-odd\",\"assignedLicenses\":[1,[],null,{\"skuId\":5,\"disabledPlans\":\"x\"}],\"identities\":[\"x\"]}");

    /** The fixture EntraExporter 2 tenant has one user file in UTF-16 (Windows PowerShell's Out-File): only that one is handed over. */
    @ParameterizedTest
    @ValueSource(strings = {"flat:0", "exporter:1", "exporter3:0", "cases/b2b:0", "cases/b2b-exporter:0", "cases/disabled-plans:0", "cases/no-skus:0",
            "cases/manifest:0"})
    void fixtureTenantsGiveTheSameUsersWithoutHandingOver(String dirAndHandOvers) {
        Path d = FIXTURES.resolve(dirAndHandOvers.split(":")[0]);
        String jackson = dump(d, false);
        assertThat(jackson).endsWith("\nend");
        assertThat(dump(d, true)).isEqualTo(jackson);
        assertThat(handOvers).isEqualTo(Integer.parseInt(dirAndHandOvers.split(":")[1]));
    }

    @Test
    void usualFormsOfAUsersFileGiveTheSameUsersWithoutHandingOver() throws IOException {
        List<String> usual = TRICKY.subList(0, 15);
        String users = String.join(",", usual);
        for (String content : List.of(
                page(usual), page(usual) + "\n" + page(usual.subList(2, 6)), String.join("\n", usual) + "\n", "[" + users + "]", "[]",
                "\uFEFF" + page(usual) + "\n\uFEFF" + page(usual), "", " \n",
                "{\"@odata.context\":\"c\",\"@odata.count\":3,\"value\":[" + users + "],\"@odata.nextLink\":{\"x\":[1]},\"later\":5}",
                // indented as PowerShell's ConvertTo-Json writes it
                page(usual).replace(",\"", ",\r\n    \"").replace("{\"", "{\r\n    \"").replace("\":", "\":  ").replace("}", "\r\n}"))) {
            Path d = snapshot(content);
            assertThat(dump(d, true)).as(content).isEqualTo(dump(d, false));
            assertThat(handOvers).as(content).isZero();
        }
    }

    @Test
    void unusualUsersAndFormsAreHandedOverWithTheSameResult() throws IOException {
        for (String content : List.of(
                page(TRICKY), "[" + String.join(",", TRICKY) + "]", String.join("\n", TRICKY),
                // a user whose name is escaped, a value too deep, UTF-16, a BOM inside a page, "value" not a list
                "{\"value\":[" + TRICKY.get(0) + ",{\"\\u0069d\":\"escaped name\"}," + TRICKY.get(4) + "]}",
                "{\"value\":[{\"id\":\"deep\",\"x\":" + "[".repeat(20) + "]".repeat(20) + "}]}",
                "{\"value\":[" + TRICKY.get(0) + "\uFEFF]}",
                "{\"value\":null,\"id\":\"v\"}", "{\"@odata.context\":\"only\"}", "{\"@odata.context\":\"c\",\"value\":{\"id\":\"x\"}}",
                // errors: each must be Jackson's, after the same users
                "{\"value\":[" + TRICKY.get(0) + ",{\"id\":\"b\",\"userTy", "[1,2]", "{\"value\":[[]]}", "]", "x",
                "{\"value\":[" + TRICKY.get(0) + "]} x", "{\"value\":[{\"id\":\"a\",}]}", "{\"value\":[{\"id\":\"a\",\"n\":01}]}",
                "{\"value\":[{\"id\":\"a\",\"accountEnabled\":truex}]}", "{\"value\":[{\"id\":\"a\\x\"}]}", "{\"value\":[{\"id\":\"a\",\"n\":NaN}]}")) {
            Path d = snapshot(content);
            assertThat(dump(d, true)).as(content).isEqualTo(dump(d, false));
        }
        Path utf16 = snapshot("");
        Files.write(utf16.resolve("users.json"), ("\uFEFF" + page(TRICKY)).getBytes(StandardCharsets.UTF_16LE));
        assertThat(dump(utf16, true)).isEqualTo(dump(utf16, false)).contains("mei.lin@contoso.example");
        assertThat(handOvers).isOne();
    }

    @Test
    void illFormedUtf8IsReportedAsJacksonReportsIt() throws IOException {
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0x80}, new byte[] {0x01})) {
            for (String where : List.of("\"displayName\":\"", "\"id\":\"")) {
                byte[] before = ("{\"value\":[" + TRICKY.get(0) + ",{" + where).getBytes(StandardCharsets.UTF_8);
                byte[] after = "x\",\"userType\":\"Member\"}]}".getBytes(StandardCharsets.UTF_8);
                byte[] all = new byte[before.length + bad.length + after.length];
                System.arraycopy(before, 0, all, 0, before.length);
                System.arraycopy(bad, 0, all, before.length, bad.length);
                System.arraycopy(after, 0, all, before.length + bad.length, after.length);
                Path d = snapshot("");
                Files.write(d.resolve("users.json"), all);
                // Utf8Check beneath Jackson finds the byte as it fills its buffer, the scanner when it gets there: the
                // users before it differ, the error (which ends the audit, with no report written) is the same
                String jackson = dump(d, false);
                String scanned = dump(d, true);
                assertThat(scanned.substring(scanned.lastIndexOf('\n') + 1)).isEqualTo(jackson.substring(jackson.lastIndexOf('\n') + 1))
                        .startsWith("error: users.json:1:");
            }
        }
    }

    @Test
    void entraExporterFoldersOfOneUserAFile() throws IOException {
        Path d = tmp.resolve("exporter");
        for (int i = 0; i < TRICKY.size(); i++) {
            Path u = d.resolve("Users").resolve("u" + i);
            Files.createDirectories(u);
            Files.writeString(u.resolve("u" + i + ".json"), TRICKY.get(i).replace(",\"", ",\n    \""));
        }
        String jackson = dump(d, false);
        assertThat(jackson).contains("O'Brien-ID").contains("\u7528\u6237-1");
        assertThat(dump(d, true)).isEqualTo(jackson);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void damagedFilesGiveJacksonsUsersAndErrors(boolean pretty) throws IOException {
        String base = page(TRICKY.subList(0, 10)) + "\n" + TRICKY.get(9) + "\n";
        if (pretty) base = base.replace(",\"", ",\n    \"").replace("{\"", "{\n    \"").replace("\":", "\":  ").replace("}", "\n}");
        String alphabet = "{}[]\":,\\ \n0-1eE.tfnulx\u00e9#";
        Random rnd = new Random(pretty ? 16 : 61);
        Path d = snapshot("");
        for (int round = 0; round < 600; round++) {
            StringBuilder sb = new StringBuilder(base);
            int edits = 1 + rnd.nextInt(2);
            for (int e = 0; e < edits; e++) {
                int at = rnd.nextInt(sb.length());
                switch (rnd.nextInt(3)) {
                    case 0: sb.deleteCharAt(at); break;
                    case 1: sb.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length()))); break;
                    default: sb.setCharAt(at, alphabet.charAt(rnd.nextInt(alphabet.length()))); break;
                }
            }
            Files.write(d.resolve("users.json"), sb.toString().getBytes(StandardCharsets.UTF_8)); // an edit may split a surrogate pair: '?' 
            assertThat(dump(d, true)).as(sb.toString()).isEqualTo(dump(d, false));
        }
    }

    @Test
    void usersLongerThanTheWindowAreHandedOver() throws IOException {
        String big = "{\"id\":\"long\",\"displayName\":\"" + "x".repeat(40_000) + "\",\"userType\":\"Member\"}";
        Path d = snapshot(page(List.of(TRICKY.get(0), big, TRICKY.get(1))));
        String jackson = dump(d, false);
        assertThat(dump(d, true)).isEqualTo(jackson).contains("long|");
        assertThat(handOvers).isOne();
    }

    private static String page(List<String> users) {
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#users\",\"value\":[" + String.join(",", users) + "]}";
    }

    private Path snapshot(String users) throws IOException {
        Path d = Files.createTempDirectory(tmp, "snapshot");
        Files.writeString(d.resolve("users.json"), users);
        return d;
    }

    private int handOvers;

    /** Every user as one line (its properties and where it is), then how the reading ended. */
    private String dump(Path dir, boolean scan) {
        List<String> lines = new ArrayList<>();
        if (!scan) System.setProperty(TenantSnapshot.FAST_PATHS, "off");
        TenantSnapshot s = null;
        try {
            s = TenantSnapshot.open(dir);
            s.eachUserFields(u -> lines.add(u.id + "|" + u.userPrincipalName + "|" + u.userType + "|" + u.accountEnabled + "|" + u.hasOnPremisesSyncEnabled
                    + "|" + u.onPremisesSyncEnabled + "|" + u.assignedLicenses + "|" + u.identities + "|" + u.creationType + "|" + u.externalUserState
                    + "|" + u.source()));
            lines.add("end");
        } catch (SnapshotException e) {
            lines.add("error: " + e.origin() + ": " + e.text());
        } finally {
            System.clearProperty(TenantSnapshot.FAST_PATHS);
            if (scan && s != null) handOvers = s.handOvers;
        }
        return String.join("\n", lines);
    }
}
