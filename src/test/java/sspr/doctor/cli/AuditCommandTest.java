package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sspr.doctor.audit.SyntheticExport;
import sspr.doctor.audit.SyntheticExport.User;

class AuditCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path tmp;
    List<User> users;
    Path pages;

    @BeforeEach
    void export() throws Exception {
        users = SyntheticExport.users(2500, 42);
        pages = tmp.resolve("registration.json");
        Files.writeString(pages, SyntheticExport.pages(users, 999), StandardCharsets.UTF_8);
    }

    JsonNode summary(String... args) throws Exception {
        CliRunner.Result r = CliRunner.exec(Stream.concat(Stream.of("audit"), Stream.concat(Stream.of(args), Stream.of("-o", "json"))).toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void countsEqualAnIndependentCount() throws Exception {
        JsonNode root = summary(pages.toString());
        JsonNode s = root.get("summary");
        assertThat(s.get("total").asLong()).isEqualTo(users.size());
        assertThat(s.get("ssprRegistered").asLong()).isEqualTo(users.stream().filter(User::registered).count());
        assertThat(s.get("ssprEnabled").asLong()).isEqualTo(users.stream().filter(User::enabled).count());
        assertThat(s.get("ssprCapable").asLong()).isEqualTo(users.stream().filter(User::capable).count());
        assertThat(s.get("admins").asLong()).isEqualTo(users.stream().filter(User::admin).count());
        assertThat(s.get("adminsNotSsprCapable").asLong()).isEqualTo(users.stream().filter(u -> u.admin() && !u.capable()).count());
        assertThat(s.get("guests").asLong()).isEqualTo(users.stream().filter(User::guest).count());
        long cannot = users.stream().filter(u -> !u.capable() || u.guest()).count();
        assertThat(s.get("cannotReset").asLong()).isEqualTo(cannot);
        assertThat(root.get("users").size()).isEqualTo((int) cannot);
        assertThat(s.get("byFinding").get("sspr.not-registered").asLong()).isEqualTo(users.stream().filter(u -> !u.registered()).count());
        assertThat(s.get("byFinding").get("sspr.guest").asLong()).isEqualTo(users.stream().filter(User::guest).count());
        assertThat(s.get("byMethod").get("fido2").asLong()).isEqualTo(users.stream().filter(u -> u.methods().contains("fido2")).count());
        JsonNode first = root.get("users").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "userPrincipalName", "isAdmin", "findings");
    }

    @Test
    void everyInputFormGivesTheSameResult() throws Exception {
        JsonNode expected = summary(pages.toString());
        Path nd = tmp.resolve("registration.ndjson");
        Files.writeString(nd, SyntheticExport.ndjson(users));
        Path csv = tmp.resolve("registration.csv");
        Files.writeString(csv, SyntheticExport.csv(users));
        Path folder = tmp.resolve("pages");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("page-1.json"), SyntheticExport.pages(users.subList(0, 1000), 1000));
        Files.writeString(folder.resolve("page-2.json"), SyntheticExport.pages(users.subList(1000, users.size()), 700));
        Path one = tmp.resolve("one-page.json");
        Files.writeString(one, SyntheticExport.pages(users, users.size()));
        for (String[] args : List.of(new String[] {nd.toString()}, new String[] {csv.toString()}, new String[] {folder.toString()},
                new String[] {one.toString()}, new String[] {folder.resolve("page-1.json").toString(), folder.resolve("page-2.json").toString()})) {
            assertThat(summary(args)).as(String.join(" ", args)).isEqualTo(expected);
        }
    }

    @Test
    void csvAndNdjsonFormats() throws Exception {
        CliRunner.Result csv = CliRunner.exec("audit", pages.toString(), "-o", "csv");
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,userPrincipalName,isAdmin,findings");
        assertThat(csv.out()).doesNotStartWith("\uFEFF");
        long cannot = users.stream().filter(u -> !u.capable() || u.guest()).count();
        assertThat(lines).hasSize((int) cannot + 1);
        CliRunner.Result nd = CliRunner.exec("audit", pages.toString(), "-o", "ndjson");
        assertThat(nd.out().lines().count()).isEqualTo(cannot);
        assertThat(JSON.readTree(nd.err()).get("total").asLong()).isEqualTo(users.size());
    }

    @Test
    void joinedUsersFileAddsHybridAndLicenceFacts() throws Exception {
        Path reg = tmp.resolve("two.json");
        Files.writeString(reg, "{\"value\":[" + "{\"id\":\"a\",\"userPrincipalName\":\"a@x\",\"userType\":\"member\",\"isAdmin\":false,\"isSsprRegistered\":true,\"isSsprEnabled\":true,\"isSsprCapable\":true},"
                + "{\"id\":\"b\",\"userPrincipalName\":\"b@x\",\"userType\":\"member\",\"isAdmin\":false,\"isSsprRegistered\":true,\"isSsprEnabled\":true,\"isSsprCapable\":true}]}");
        Path usersFile = tmp.resolve("users.json");
        Files.writeString(usersFile, "{\"value\":[{\"id\":\"a\",\"onPremisesSyncEnabled\":true,\"accountEnabled\":true,\"userType\":\"Member\",\"assignedLicenses\":[{\"skuId\":\"05e9a617-0261-4cee-bb44-138d3ef5d965\",\"disabledPlans\":[]}]},"
                + "{\"id\":\"b\",\"onPremisesSyncEnabled\":null,\"accountEnabled\":false,\"assignedLicenses\":[]}]}");
        JsonNode root = summary(reg.toString(), "--users", usersFile.toString(), "--no-writeback");
        assertThat(root.get("summary").get("cannotReset").asLong()).isEqualTo(2);
        assertThat(root.get("users").get(0).get("findings").toString()).contains("writeback.disabled");
        assertThat(root.get("users").get(1).get("findings").toString()).contains("account.sign-in-blocked");
        JsonNode withWriteback = summary(reg.toString(), "--users", usersFile.toString(), "--writeback");
        assertThat(withWriteback.get("users").get(0).get("findings").toString()).doesNotContain("writeback.disabled");
    }

    @Test
    void ndjsonRecordsMayCarryODataAnnotationsAndErrorsNameTheRecordTheyAreIn() throws Exception {
        Path nd = tmp.resolve("annotated.ndjson");
        Files.writeString(nd, "{\"@odata.type\":\"#microsoft.graph.userRegistrationDetails\",\"id\":\"a\",\"isSsprRegistered\":true,\"isSsprEnabled\":true}\n"
                + "{\"@odata.type\":\"#microsoft.graph.userRegistrationDetails\",\"id\":\"b\",\"isSsprRegistered\":false,\"isSsprEnabled\":true}\n");
        CliRunner.Result r = CliRunner.exec("audit", nd.toString(), "-o", "json");
        assertThat(r.exit()).isZero();
        JsonNode summary = JSON.readTree(r.out()).get("summary");
        assertThat(summary.get("total").asLong()).isEqualTo(2);
        assertThat(summary.get("ssprRegistered").asLong()).isEqualTo(1);

        Path bad = tmp.resolve("bad.ndjson");
        Files.writeString(bad, "{\"id\":\"a\",\"isSsprRegistered\":true}\n{\"id\":\"b\",\"isSsprRegistered\":tru}\n");
        CliRunner.Result broken = CliRunner.exec("audit", bad.toString());
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).contains("record 2:").doesNotContain("after record");
    }

    @Test
    void joinedFilesOfTheWrongKindAreRefused() throws Exception {
        Path reg = tmp.resolve("reg.json");
        Files.writeString(reg, "{\"value\":[{\"id\":\"a\",\"isSsprRegistered\":true,\"isSsprEnabled\":true}]}");
        CliRunner.Result asUsers = CliRunner.exec("audit", reg.toString(), "--users", reg.toString());
        assertThat(asUsers.exit()).isEqualTo(2);
        assertThat(asUsers.err()).contains("not a Graph users record");
        CliRunner.Result asSkus = CliRunner.exec("audit", reg.toString(), "--skus", reg.toString());
        assertThat(asSkus.exit()).isEqualTo(2);
        assertThat(asSkus.err()).contains("not a subscribedSkus record");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "truncated|{\"value\":[{\"id\":\"a\",\"isSsprRegistered\":true},{\"id\":\"b\",\"isAd|record 2: the file is truncated",
            "a users export|{\"value\":[{\"id\":\"a\",\"accountEnabled\":true,\"assignedLicenses\":[]}]}|record 1: not a userRegistrationDetails record",
            "wrong shape|[1,2,3]|record must be a JSON object",
            "value not a list|{\"value\":{\"id\":\"a\"}}|must be a list",
            "wrong type|{\"value\":[{\"id\":\"a\",\"isAdmin\":\"yes\"}]}|record 1, field isAdmin",
            "csv without columns|Name,Department\\nx,y\\n|no id or user principal name column",
            "csv bad boolean|Id,Is SSPR capable\\na,maybe\\n|:2: field isSsprCapable"})
    void badInputIsExit2NamingWhereAndNoOutputFile(String name, String content, String expected) throws Exception {
        Path bad = tmp.resolve("bad.txt");
        Files.writeString(bad, content.replace("\\n", "\n"));
        Path out = tmp.resolve("report.json");
        CliRunner.Result r = CliRunner.exec("audit", bad.toString(), "--output", out.toString(), "-o", "json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(expected).contains("bad.txt");
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void invalidUtf8IsExit2() throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.write(bad, new byte[] {'I', 'd', ',', 'I', 's', ' ', 'S', 'S', 'P', 'R', ' ', 'c', 'a', 'p', 'a', 'b', 'l', 'e', '\n', (byte) 0xC3, (byte) 0x28, ',', 'T', 'r', 'u', 'e', '\n'});
        CliRunner.Result r = CliRunner.exec("audit", bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("UTF-8");
    }

    @Test
    void atomicOutputReplacesTheFileOnlyWhenComplete() throws Exception {
        Path out = tmp.resolve("report.csv");
        CliRunner.Result ok = CliRunner.exec("audit", pages.toString(), "--output", out.toString(), "-o", "csv");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).isEmpty();
        String before = Files.readString(out);
        assertThat(before).startsWith("id,userPrincipalName,isAdmin,findings");
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"value\":[{\"id\":\"a\"");
        assertThat(CliRunner.exec("audit", bad.toString(), "--output", out.toString(), "-o", "csv").exit()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({"never, 0", "blocker, 1", "warning, 1"})
    void failOn(String level, int exit) {
        assertThat(CliRunner.exec("audit", pages.toString(), "--fail-on", level, "-o", "json").exit()).isEqualTo(exit);
    }

    @Test
    void textSummaryInChinese() {
        CliRunner.Result r = CliRunner.exec("audit", pages.toString(), "--lang", "zh-TW");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("無法自行重設密碼").contains("sspr.not-registered");
    }
}
