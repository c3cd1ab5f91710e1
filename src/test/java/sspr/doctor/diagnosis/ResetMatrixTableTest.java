package sspr.doctor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import sspr.doctor.io.CsvReader;

/**
 * Every actor role × every kind of target in shared/reference/reset-permissions.csv gives exactly
 * the matrix's answer. The CSV is read from the reference (falling back to the bundled copy), so
 * the test and the engine do not share an interpretation of it.
 */
class ResetMatrixTableTest {

    static Stream<Arguments> cells() throws IOException {
        Path reference = Path.of("../shared/reference/reset-permissions.csv");
        Path bundled = Path.of("content/catalog/reset-permissions.csv");
        String csv = Files.readString(Files.exists(reference) ? reference : bundled);
        List<List<String>> rows = CsvReader.readAll(csv);
        List<String> header = rows.get(0);
        List<Arguments> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            // the actor columns stand between the target's template id and the note (the bundled copy adds provenance after it)
            for (int col = 3; col < header.indexOf("note"); col++) {
                out.add(Arguments.of(header.get(col), row.get(0), row.get(1), row.get(col).equals("yes")));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} resets {1}: {3}")
    @MethodSource("cells")
    void matrixCell(String actor, String target, String kind, boolean allowed) {
        DiagnosisInput in = new DiagnosisInput();
        in.roles = List.of(actor);
        switch (kind) {
            case "role": in.targetRoles = List.of(target); break;
            case "group-membership": in.targetInRoleAssignableGroup = true; break;
            case "admin-unit": in.targetInRestrictedAu = true; break;
            case "fallback": in.targetRoles = List.of("security-admin"); break;
            default: break;
        }
        List<String> codes = Diagnose.codes(in);
        if (allowed) {
            assertThat(codes).contains("role.authorized").doesNotContain("role.cannot-reset-target", "role.not-authorized");
        } else {
            assertThat(codes).contains("role.cannot-reset-target").doesNotContain("role.authorized");
        }
    }
}
