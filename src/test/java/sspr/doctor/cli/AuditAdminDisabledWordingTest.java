package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * audit words sspr.admin-disabled as a possible cause, not as the tenant's setting: Graph's isAdmin is true for
 * reader roles the administrator policy does not cover, and an export where another administrator has
 * isSsprEnabled true shows the tenant-wide policy is on. The code stays the same.
 */
class AuditAdminDisabledWordingTest {
    @TempDir Path tmp;
    Path alone;
    Path withEnabledAdmin;

    private static final String BLOCKED_ADMIN = "{\"id\":\"1\",\"userPrincipalName\":\"a1@contoso.com\",\"isAdmin\":true,\"isSsprEnabled\":false,\"isSsprRegistered\":true,\"isSsprCapable\":false}";
    private static final String ENABLED_ADMIN = "{\"id\":\"3\",\"userPrincipalName\":\"a2@contoso.com\",\"isAdmin\":true,\"isSsprEnabled\":true,\"isSsprRegistered\":true,\"isSsprCapable\":true}";
    private static final String USER = "{\"id\":\"2\",\"userPrincipalName\":\"u1@contoso.com\",\"isAdmin\":false,\"isSsprEnabled\":true,\"isSsprRegistered\":true,\"isSsprCapable\":true}";

    @BeforeEach
    void exports() throws Exception {
        alone = tmp.resolve("alone.json");
        Files.writeString(alone, "{\"value\":[" + BLOCKED_ADMIN + "," + USER + "]}");
        withEnabledAdmin = tmp.resolve("with.json");
        Files.writeString(withEnabledAdmin, "{\"value\":[" + BLOCKED_ADMIN + "," + ENABLED_ADMIN + "," + USER + "]}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Graph reports SSPR as not enabled for this",
            "id-ID|Graph melaporkan SSPR tidak aktif untuk",
            "zh-CN|Graph 报告此管理员未启用 SSPR",
            "zh-TW|Graph 回報此系統管理員未啟用 SSPR"})
    void theTextReportDoesNotStateTheTenantsSetting(String lang, String title) {
        for (Path export : new Path[] {alone, withEnabledAdmin}) {
            CliRunner.Result r = CliRunner.exec("--lang", lang, "audit", export.toString(), "--fail-on", "never");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("sspr.admin-disabled", title)
                    .doesNotContain("turned off for administrators", "dimatikan untuk administrator", "已为管理员关闭", "已對系統管理員關閉");
        }
    }

    @Test
    void theJsonReportKeepsTheCodeAndAddsNothing() {
        for (Path export : new Path[] {alone, withEnabledAdmin}) {
            CliRunner.Result r = CliRunner.exec("audit", export.toString(), "-o", "json", "--fail-on", "never");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("{\"id\":\"1\",\"userPrincipalName\":\"a1@contoso.com\",\"isAdmin\":true,\"findings\":[\"sspr.admin-disabled\"]}")
                    .contains("\"byFinding\":{\"sspr.admin-disabled\":1}")
                    .doesNotContain("adminsSsprEnabled", "allowedToUseSSPR");
        }
    }

    @Test
    void withoutAnEnabledAdministratorTheTenantPolicyIsOnePossibleCause() {
        CliRunner.Result md = CliRunner.exec("audit", alone.toString(), "-o", "markdown", "--fail-on", "never");
        assertThat(md.out()).contains("Possible causes, which the export cannot tell apart: the administrator SSPR policy may be turned off for the tenant (allowedToUseSSPR false), or the user's admin role is one the administrator policy does not cover")
                .contains("1. Check the tenant: (Get-MgPolicyAuthorizationPolicy).AllowedToUseSspr. Only if it is false")
                .doesNotContain("The tenant set allowedToUseSSPR = false", "evidently on");
        CliRunner.Result junit = CliRunner.exec("audit", alone.toString(), "-o", "junit", "--fail-on", "never");
        assertThat(junit.out()).contains("may be turned off for the tenant", "-AllowedToUseSspr:$true").doesNotContain("The tenant set allowedToUseSSPR");
    }

    @Test
    void withAnEnabledAdministratorThePolicyIsEvidentlyOn() {
        CliRunner.Result md = CliRunner.exec("audit", withEnabledAdmin.toString(), "-o", "markdown", "--fail-on", "never");
        assertThat(md.out()).contains("while other administrators in this export have it true: the administrator SSPR policy is evidently on for the tenant")
                .contains("probably holds only a role the administrator policy does not cover")
                .doesNotContain("Update-MgPolicyAuthorizationPolicy", "may be turned off", "The tenant set allowedToUseSSPR = false");
        CliRunner.Result junit = CliRunner.exec("audit", withEnabledAdmin.toString(), "-o", "junit", "--fail-on", "never");
        assertThat(junit.out()).contains("evidently on for the tenant").doesNotContain("Update-MgPolicyAuthorizationPolicy");
        CliRunner.Result html = CliRunner.exec("--lang", "zh-TW", "audit", withEnabledAdmin.toString(), "-o", "html", "--fail-on", "never");
        assertThat(html.out()).contains("租用戶的系統管理員 SSPR 原則顯然已開啟").doesNotContain("Update-MgPolicyAuthorizationPolicy");
    }

    /** audit --tenant reads the same flags from the snapshot's userRegistrationDetails: the same wording. */
    @Test
    void aSnapshotWithAnEnabledAdministratorToo() throws Exception {
        Path snapshot = tmp.resolve("snapshot");
        Files.createDirectories(snapshot);
        try (var files = Files.list(Path.of("src/test/resources/tenant/flat"))) {
            for (Path f : files.toList()) Files.copy(f, snapshot.resolve(f.getFileName().toString()));
        }
        Path details = snapshot.resolve("userRegistrationDetails.json");
        String text = Files.readString(details);
        // grace is an administrator with isSsprEnabled true in the fixture; the others stay enabled
        String edited = text.replaceFirst("(\"userPrincipalName\"\\s*:\\s*\"grace@contoso\\.example\"[^}]*\"isSsprEnabled\"\\s*:\\s*)true", "$1false");
        assertThat(edited).isNotEqualTo(text);
        Files.writeString(details, edited);
        CliRunner.Result md = CliRunner.exec("audit", "--tenant", snapshot.toString(), "-o", "markdown", "--fail-on", "never");
        assertThat(md.out()).contains("`sspr.admin-disabled`", "evidently on for the tenant").doesNotContain("The tenant set allowedToUseSSPR = false");
    }

    /** diagnose states it from the fact the user gave (--admin-sspr-disabled): its wording is unchanged. */
    @Test
    void diagnoseKeepsItsWording() {
        CliRunner.Result r = CliRunner.exec("diagnose", "--scenario", "self-service", "--target-role", "user-admin", "--admin-sspr-disabled", "-o", "json");
        assertThat(r.out()).contains("The tenant set allowedToUseSSPR = false");
    }
}
