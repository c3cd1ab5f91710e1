package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles that reuse facts with YAML anchors: resolved, or refused with a reason — never "unknown role 'r'". */
class ProfileAliasesTest {
    @TempDir Path tmp;

    @Test
    void casesShareFactsThroughAnchorsAndMerges() throws Exception {
        Path profile = Files.writeString(tmp.resolve("p.yaml"), """
                target-role: &admins [global-admin]
                cases:
                  - &helpdesk
                    name: helpdesk
                    role: [helpdesk-admin]
                  - <<: *helpdesk
                    name: helpdesk, target is an admin too
                    target-role: *admins
                """);
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", profile.toString(), "--format", "json");
        assertThat(r.err()).isEmpty();
        JsonNode cases = new ObjectMapper().readTree(r.out()).get("cases");
        assertThat(cases).hasSize(2);
        assertThat(cases.get(1).get("name").asText()).isEqualTo("helpdesk, target is an admin too");
        assertThat(cases.get(1).get("input").toString()).contains("helpdesk-admin").contains("global-admin");
    }

    @Test
    void aScalarAnchorIsRefusedWithAReasonNotAnUnknownRole() throws Exception {
        Path profile = Files.writeString(tmp.resolve("p.yaml"), "cases:\n  - name: a\n    role: &r user-admin\n  - name: b\n    role: *r\n");
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", profile.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("p.yaml:5:11: alias *r: an anchor on a single value is not supported").doesNotContain("unknown role");
    }

    @Test
    void anAliasBombInAProfileIsExit2() throws Exception {
        StringBuilder bomb = new StringBuilder("role: &a [x, x, x, x, x, x, x, x, x]\ncases:\n");
        for (int i = 0; i < 20; i++) bomb.append("  - {name: c").append(i).append(", target-role: [*a, *a, *a, *a, *a, *a, *a, *a]}\n");
        Path profile = Files.writeString(tmp.resolve("bomb.yaml"), bomb.toString());
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", profile.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bomb.yaml:").contains("too many aliases (more than 16)");
    }
}
