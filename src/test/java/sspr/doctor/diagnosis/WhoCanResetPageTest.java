package sspr.doctor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of the "Who can reset passwords" table exactly as Microsoft's page states it
 * (privileged-roles-permissions.md, read from ../shared/reference/entra-docs when present; skipped on
 * a clone without it), diagnosed at tenant scope with the bundled catalogue and decision table.
 */
class WhoCanResetPageTest {
    static final Path PAGE = Path.of("../shared/reference/entra-docs/MicrosoftDocs/entra-docs/docs/identity/role-based-access-control/privileged-roles-permissions.md");

    /** The page's short names → aliases (columns and role rows). */
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("Password Admin", "password-admin"), Map.entry("Helpdesk Admin", "helpdesk-admin"),
            Map.entry("Auth Admin", "authentication-admin"), Map.entry("User Admin", "user-admin"),
            Map.entry("Privileged Auth Admin", "privileged-authentication-admin"), Map.entry("Global Admin", "global-admin"),
            Map.entry("Directory Readers", "directory-readers"), Map.entry("Groups Admin", "groups-admin"),
            Map.entry("Guest Inviter", "guest-inviter"), Map.entry("Message Center Reader", "message-center-reader"),
            Map.entry("Privileged Role Admin", "privileged-role-admin"), Map.entry("Reports Reader", "reports-reader"),
            Map.entry("User Experience Success Manager", "user-experience-success-manager"),
            Map.entry("Usage Summary Reports Reader", "usage-summary-reports-reader"));

    static Stream<Arguments> cells() throws IOException {
        Assumptions.assumeTrue(Files.exists(PAGE), "../shared/reference/entra-docs is not here (a user's clone): the page cannot be read");
        List<String> lines = Files.readAllLines(PAGE);
        int header = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("| Role that password can be reset |")) header = i;
        assertThat(header).as("the table's header").isPositive();
        List<String> columns = cells(lines.get(header));
        List<Arguments> out = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> row = cells(lines.get(i));
            for (int c = 1; c < columns.size(); c++) {
                out.add(Arguments.of(NAMES.get(columns.get(c)), row.get(0), row.get(c).contains(":white_check_mark:")));
            }
        }
        assertThat(out).hasSize(6 * 18);
        return out.stream();
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        String[] parts = line.split("\\|", -1);
        for (int i = 1; i < parts.length - 1; i++) out.add(parts[i].strip());
        return out;
    }

    @ParameterizedTest(name = "{0} resets \"{1}\": {2}")
    @MethodSource("cells")
    void cellAsThePageStatesIt(String actor, String row, boolean allowed) {
        DiagnosisInput in = new DiagnosisInput();
        in.roles = List.of(actor);
        if (row.startsWith("User<br/>(no admin role, but member or owner")) in.targetInRoleAssignableGroup = true;
        else if (row.startsWith("User with a role scoped to a [restricted")) in.targetInRestrictedAu = true;
        else if (row.startsWith("User<br/>(no admin role)")) in.targetRoles = List.of();
        else if (row.startsWith("All other built-in and custom roles")) in.targetRoles = List.of("security-admin");
        else in.targetRoles = List.of(NAMES.get(row));
        assertThat(in.targetRoles).as(row).doesNotContainNull();
        List<String> codes = Diagnose.codes(in);
        if (allowed) assertThat(codes).contains("role.authorized").doesNotContain("role.cannot-reset-target");
        else assertThat(codes).contains("role.cannot-reset-target").doesNotContain("role.authorized");
        if (row.startsWith("All other built-in and custom roles")) {
            // a custom role is such a role too: reset only by the two columns that tick this row
            List<String> custom = WhoMayResetTest.codes(withCustomTarget(actor));
            if (allowed) assertThat(custom).contains("role.authorized");
            else assertThat(custom).contains("role.cannot-reset-target");
        }
    }

    private static DiagnosisInput withCustomTarget(String actor) {
        DiagnosisInput in = new DiagnosisInput();
        in.roles = List.of(actor);
        in.targetRoles = List.of("Custom Contact Editor");
        return in;
    }
}
