package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.DerivedFacts;
import sspr.doctor.i18n.Messages;

/**
 * The rules changed by the documentation audit of issue 15 (README "Knowledge and its sources"):
 * each row is the exact command of the issue or the audit, the verdict and the finding it must give.
 */
class DocumentationAuditTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("-o");
        all.add("json");
        CliRunner.Result r = CliRunner.exec(all.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        return JSON.readTree(r.out());
    }

    static JsonNode finding(JsonNode d, String code) {
        for (JsonNode f : d.get("findings")) if (f.get("code").asText().equals(code)) return f;
        return null;
    }

    static Stream<Arguments> changedRules() {
        return Stream.of(
                // smart lockout: an admin reset unlocks the account, SSPR "I forgot my password" resets the lockout
                Arguments.of("diagnose --role password-admin --locked-out", "ok", "account.locked-out", "info"),
                Arguments.of("diagnose --scenario self-service --locked-out --sspr-scope all --registered --license entra-id-p1", "warning", "account.locked-out", "warning"),
                Arguments.of("diagnose --role user-admin --locked-out --hybrid --no-writeback --license entra-id-p1", "blocked", "account.locked-out", "blocker"),
                // several documented causes stay several ...
                Arguments.of("diagnose --scenario self-service --hybrid --writeback --license m365-e3 --sspr-scope all --registered --error SSPR_0029",
                        "warning", "evidence.several-causes", "warning"),
                Arguments.of("diagnose --role user-admin --hybrid --writeback --license m365-e3 --error 6329", "warning", "evidence.several-causes", "warning"),
                Arguments.of("diagnose --role user-admin --hybrid --writeback --license m365-e3 --error 33004", "warning", "evidence.several-causes", "warning"),
                // ... unless the other stated facts single one out
                Arguments.of("diagnose --scenario self-service --hybrid --writeback --license m365-e3 --sspr-scope all --registered --error SSPR_0029 --onprem-protected",
                        "blocked", "writeback.protected-account", "blocker"),
                Arguments.of("diagnose --role user-admin --hybrid --writeback --license m365-e3 --error 6329 --symptom password-rejected",
                        "blocked", "password.onprem-policy", "blocker"),
                Arguments.of("diagnose --error 6329", "warning", "input.contradiction", "warning"),
                // pages that disagree: at most a warning
                Arguments.of("diagnose --role global-admin --federated --writeback --license entra-id-p1", "warning", "hybrid.federated-domain", "warning"),
                Arguments.of("diagnose --scenario self-service --target-role user-admin --hybrid --writeback --license entra-id-p1 --registered",
                        "warning", "writeback.admin-self-service", "warning"),
                Arguments.of("diagnose --scenario self-service --license m365-business-basic --sspr-scope all --registered", "warning", "license.unclear", "warning"),
                Arguments.of("diagnose --scenario self-service --license o365-e3 --sspr-scope all --registered", "warning", "license.unclear", "warning"),
                // B2B guests reset at home, under their home tenant's policy: this tenant cannot do it (the contract: a blocker)
                Arguments.of("diagnose --scenario self-service --guest --sspr-scope all --registered --license entra-id-p1", "blocked", "sspr.guest", "blocker"),
                // retired PowerShell modules, My Staff, cloud sync
                Arguments.of("diagnose --role user-admin --portal powershell-legacy", "blocked", "portal.legacy-powershell-retired", "blocker"),
                Arguments.of("diagnose --role helpdesk-admin --portal my-staff", "ok", "portal.my-staff", "info"),
                Arguments.of("diagnose --role helpdesk-admin --portal my-staff --hybrid --writeback --license entra-id-p1", "ok", "portal.my-staff", "info"),
                Arguments.of("diagnose --role helpdesk-admin --hybrid --sync-engine cloud-sync --writeback --license entra-id-p1", "ok", "writeback.cloud-sync", "info"),
                Arguments.of("diagnose --role privileged-authentication-admin --target-role helpdesk-admin --sync-engine cloud-sync --writeback --license entra-id-p1",
                        "warning", "writeback.cloud-sync-admin-target", "warning"));
    }

    @ParameterizedTest
    @MethodSource("changedRules")
    void changedRulesGiveTheDocumentedAnswer(String command, String verdict, String code, String severity) throws Exception {
        JsonNode d = json(command.split(" "));
        assertThat(d.get("verdict").asText()).as(command).isEqualTo(verdict);
        JsonNode f = finding(d, code);
        assertThat(f).as(command + " gives " + code).isNotNull();
        assertThat(f.get("severity").asText()).as(command).isEqualTo(severity);
        assertThat(f.get("sources").size()).as(code + " names its sources").isPositive();
        for (JsonNode s : f.get("sources")) {
            assertThat(s.get("page").asText()).isNotBlank();
            assertThat(s.get("commit").asText()).matches("[0-9a-f]{40}");
            assertThat(s.get("quote").asText()).isNotBlank();
        }
    }

    @Test
    void severalCausesListTheCandidatesAndNoSingleConfidentCause() throws Exception {
        JsonNode d = json("diagnose", "--scenario", "self-service", "--hybrid", "--writeback", "--license", "m365-e3", "--sspr-scope", "all",
                "--registered", "--error", "SSPR_0029");
        JsonNode f = finding(d, "evidence.several-causes");
        assertThat(f.get("candidates").toString())
                .isEqualTo("[\"writeback.connector-permissions\",\"writeback.remote-sam-restricted\",\"writeback.protected-account\"]");
        assertThat(f.get("detail").asText()).contains("33004", "adminCount", "Restrict clients allowed to make remote calls to SAM");
        assertThat(finding(d, "writeback.protected-account")).isNull();
        String zh = CliRunner.exec("diagnose", "--role", "user-admin", "--hybrid", "--writeback", "--error", "6329", "--lang", "zh-TW").out();
        assertThat(zh).contains("錯誤 6329 有多個已記載的原因", "0x80230619");
    }

    /** The findings of codes that only the user's own (self-service) reset shows (rule error-self-service-code). */
    private static final java.util.Set<String> SELF_SERVICE_ONLY = java.util.Set.of("sspr.disabled", "license.self-service-not-licensed",
            "sspr.not-in-scope", "sspr.not-registered", "sspr.admin-disabled");

    /** One source of truth: for every code, explain and diagnose --error name the same cause(s). */
    @Test
    void explainAndDiagnoseNeverDisagree() throws Exception {
        int several = 0;
        for (String code : Catalogs.errors("en").codes()) {
            JsonNode explained = JSON.readTree(CliRunner.exec("explain", code, "-o", "json").out());
            List<String> candidates = new ArrayList<>();
            explained.get(0).get("candidates").forEach(c -> candidates.add(c.asText()));
            for (JsonNode variant : explained) assertThat(variant.get("candidates").toString()).isEqualTo(explained.get(0).get("candidates").toString());
            assertThat(candidates).isEqualTo(DerivedFacts.errorCandidates(code, Catalogs.errorFindings()));
            JsonNode d = json("diagnose", "--role", "user-admin", "--hybrid", "--writeback", "--license", "entra-id-p1", "--error", code);
            String finding = explained.get(0).get("finding").isNull() ? null : explained.get(0).get("finding").asText();
            if (candidates.size() > 1 && code.equals("SSPR_0012")) {
                // the facts single the cause out: a synced user misses the writeback licence
                assertThat(finding).as(code).isEqualTo("evidence.several-causes");
                assertThat(finding(d, "license.writeback-not-licensed")).as(code).isNotNull();
                assertThat(finding(d, "license.self-service-not-licensed")).as(code).isNull();
                JsonNode cloud = json("diagnose", "--scenario", "self-service", "--license", "TEAMS_FREE", "--error", code);
                assertThat(finding(cloud, "license.self-service-not-licensed")).as(code).isNotNull();
            } else if (candidates.size() > 1) {
                several++;
                assertThat(finding).as(code).isEqualTo("evidence.several-causes");
                JsonNode f = finding(d, "evidence.several-causes");
                assertThat(f).as(code).isNotNull();
                assertThat(f.get("candidates").toString()).as(code).isEqualTo(explained.get(0).get("candidates").toString());
                for (String c : candidates) {
                    JsonNode single = finding(d, c);
                    assertThat(single == null || !single.get("severity").asText().equals("blocker")).as(code + " must not conclude " + c).isTrue();
                }
            } else if (candidates.size() == 1 && SELF_SERVICE_ONLY.contains(candidates.get(0))) {
                // a code of the user's own reset: an administrator's reset is told so, self-service gets the cause
                assertThat(finding).as(code).isEqualTo(candidates.get(0));
                assertThat(finding(d, candidates.get(0))).as(code + " in an admin reset").isNull();
                assertThat(finding(d, "evidence.self-service-error")).as(code + " in an admin reset").isNotNull();
                JsonNode self = json("diagnose", "--scenario", "self-service", "--target-role", candidates.get(0).equals("sspr.admin-disabled") ? "global-admin" : "none",
                        "--license", "entra-id-p1", "--error", code);
                assertThat(finding(self, candidates.get(0))).as(code + " → " + candidates.get(0) + " in self-service").isNotNull();
                assertThat(finding(self, "evidence.self-service-error")).as(code).isNull();
            } else if (candidates.size() == 1) {
                assertThat(finding).as(code).isEqualTo(candidates.get(0));
                assertThat(finding(d, candidates.get(0))).as(code + " → " + candidates.get(0)).isNotNull();
                assertThat(finding(d, "evidence.several-causes")).as(code).isNull();
            } else {
                assertThat(finding).as(code).isNull();
                assertThat(finding(d, "evidence.several-causes")).as(code).isNull();
            }
        }
        assertThat(several).isGreaterThanOrEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "id-ID", "zh-CN", "zh-TW"})
    void everyCandidateCauseAndDistinctionIsWordedInEveryLanguage(String lang) {
        Messages findings = Messages.of("findings", lang);
        for (String code : Catalogs.errors("en").codes()) {
            List<String> candidates = DerivedFacts.errorCandidates(code, Catalogs.errorFindings());
            if (candidates.size() < 2) continue;
            assertThat(Messages.load("findings", lang).containsKey("evidence.distinguish." + code)).as(lang + " evidence.distinguish." + code).isTrue();
            for (String c : candidates) assertThat(Messages.load("findings", lang).containsKey("cause." + c)).as(lang + " cause." + c).isTrue();
        }
        assertThat(findings.lang()).isEqualTo(lang);
    }

    @Test
    void restrictedUnitMemberWithoutRoleGetsItsOwnWording() throws Exception {
        // admin-units-restricted-management.md: tenant-scoped administrators (Global Administrator included) cannot
        // change members; the detail used to read "cannot reset a user with ." (no uncovered role row)
        // and its fix said "remove the privileged role" of a user who holds none; the page's way is a role at that unit
        JsonNode f = finding(json("diagnose", "--role", "global-admin", "--target-member-of-restricted-au"), "role.cannot-reset-target");
        assertThat(f.get("title").asText()).isEqualTo("Only an administrator assigned at the restricted-management unit can reset this user");
        assertThat(f.get("detail").asText()).contains("Tenant-wide roles (Global Administrator)").doesNotContain("with .");
        assertThat(f.get("fix").toString()).contains("scoped to that unit").doesNotContain("privileged role");
        assertThat(CliRunner.exec("diagnose", "--role", "global-admin", "--target-member-of-restricted-au", "--lang", "zh-TW").out())
                .contains("只有指派在該管理受限的管理單位的系統管理員才能重設此使用者", "（全域管理員）");
    }

    @Test
    void explainTextNamesTheCandidates() {
        String out = CliRunner.exec("explain", "SSPR_0029", "--lang", "en").out();
        assertThat(out).contains("3 documented", "evidence.several-causes", "protected group", "To tell them apart");
        // the line is wrapped to the terminal width (80 here): compare with the breaks taken out
        assertThat(CliRunner.exec("explain", "SSPR_0009", "--lang", "en").out().replaceAll("\\s+", " ")).contains("points to the finding sspr.disabled");
    }

    @Test
    void docsDisagreeNamesBothPagesAndTheOneFollowed() throws Exception {
        JsonNode f = finding(json("diagnose", "--role", "global-admin", "--federated", "--writeback", "--license", "entra-id-p1"), "hybrid.federated-domain");
        assertThat(f.get("docsDisagree").asBoolean()).isTrue();
        JsonNode dis = f.get("disagreements").get(0);
        assertThat(dis.get("pages").toString()).contains("users-reset-password-azure-portal.yml", "concept-sspr-writeback.md");
        assertThat(dis.get("follows").asText()).isEqualTo("docs/identity/authentication/concept-sspr-writeback.md");
        assertThat(dis.get("why").asText()).contains("not supported", "written back");
        JsonNode admin = finding(json("diagnose", "--scenario", "self-service", "--target-role", "global-admin", "--registered"), "sspr.admin-policy");
        assertThat(admin.get("disagreements").size()).isEqualTo(2);
        String text = CliRunner.exec("diagnose", "--role", "global-admin", "--federated", "--writeback", "--lang", "zh-CN").out();
        assertThat(text).contains("Microsoft 的页面说法不一", "concept-sspr-writeback");
        assertThat(finding(json("diagnose", "--role", "user-admin"), "role.authorized").has("docsDisagree")).isFalse();
    }

    @Test
    void syncEngineAndMyStaffAreFacts() throws Exception {
        JsonNode d = json("diagnose", "--role", "user-admin", "--sync-engine", "connect", "--writeback");
        assertThat(d.at("/input/syncEngine").asText()).isEqualTo("connect");
        assertThat(d.at("/input/hybrid").asBoolean()).isTrue();
        assertThat(finding(d, "writeback.cloud-sync")).isNull();
        CliRunner.Result cloudOnly = CliRunner.exec("diagnose", "--sync-engine", "cloud-sync", "--cloud-only");
        assertThat(cloudOnly.exit()).isEqualTo(2);
        assertThat(cloudOnly.err()).contains("--sync-engine").hasLineCount(1);
        assertThat(CliRunner.exec("diagnose", "--sync-engine", "entra").exit()).isEqualTo(2);
        CliRunner.Result selfService = CliRunner.exec("diagnose", "--scenario", "self-service", "--portal", "my-staff", "--lang", "id-ID");
        assertThat(selfService.exit()).isEqualTo(2);
        assertThat(selfService.err()).contains("my-staff").hasLineCount(1);
        assertThat(finding(json("diagnose", "--role", "user-admin", "--hybrid", "--writeback", "--portal", "my-staff"), "writeback.unsupported-portal")).isNull();
    }

    @Test
    void correctedTextsFollowThePolicyPage() throws Exception {
        JsonNode admin = json("diagnose", "--scenario", "self-service", "--target-role", "global-admin", "--not-registered");
        assertThat(finding(admin, "sspr.not-registered").get("detail").asText()).contains("first 30 days").doesNotContain("always two");
        assertThat(finding(admin, "sspr.admin-policy").get("detail").asText()).contains("by default SSPR is on", "One gate");
        JsonNode wb = json("diagnose", "--scenario", "self-service", "--target-role", "user-admin", "--hybrid", "--writeback", "--registered");
        assertThat(finding(wb, "writeback.admin-self-service").get("detail").asText()).doesNotContain("expect it to fail").contains("adminCount=1");
        JsonNode locked = json("diagnose", "--role", "password-admin", "--locked-out", "--lang", "zh-TW");
        assertThat(finding(locked, "account.locked-out").get("title").asText()).isEqualTo("帳戶已鎖定：您的重設會解除鎖定");
        assertThat(finding(locked, "account.locked-out").get("fix").toString()).doesNotContain("等待智慧鎖定到期");
    }

    @Test
    void rulesListShowsSourcesAndTheCheckedDate() throws Exception {
        JsonNode rules = JSON.readTree(CliRunner.exec("rules", "list", "-o", "json").out());
        int withSources = 0;
        for (JsonNode r : rules) {
            assertThat(r.get("checked").asText()).isEqualTo("2026-12-06");
            assertThat(r.has("sources")).isTrue();
            String id = r.get("id").asText();
            boolean roleRule = id.startsWith("role-") || id.startsWith("au-") || id.equals("greyed-out-with-authorized-role");
            if (!roleRule) assertThat(r.get("sources").size()).as(id + " names its sources").isPositive();
            if (r.get("sources").size() > 0) withSources++;
            if (r.has("docsDisagree")) assertThat(r.get("severity").asText()).as(id).isNotEqualTo("blocker");
        }
        assertThat(withSources).isGreaterThan(50);
        assertThat(CliRunner.exec("rules", "check").exit()).isZero();
    }
}
