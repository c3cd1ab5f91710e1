package sspr.doctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sspr.doctor.io.Problem;

/** `rules check` catches a deliberately broken table for each kind of problem. */
class TableCheckerTest {
    static final String FACTS = String.join("\n",
            "facts:",
            "  scenario: {type: enum, values: [admin-reset, self-service]}",
            "  hybrid: {type: boolean}",
            "  federated: {type: boolean}",
            "  writeback: {type: boolean, unknown: true}",
            "  symptoms: {type: set, values: [error, greyed-out-button]}",
            "constraints:",
            "  - {when: {federated: true}, then: {hybrid: true}}",
            "");

    static List<Problem> check(String rules) {
        DecisionTableParser.Result r = DecisionTableParser.parse(FACTS + rules, "t.yaml");
        if (!r.problems().isEmpty()) return r.problems();
        return TableChecker.check(r.table(), List.of("en"), (lang, key) -> !key.startsWith("missing."), Set.of("a/b"));
    }

    static List<String> codes(String rules) {
        return check(rules).stream().map(Problem::code).toList();
    }

    @Test
    void cleanTablePasses() {
        assertThat(check("rules:\n  - {id: r1, when: {hybrid: true}, then: {code: x.y, severity: blocker, faq: [a/b]}}\n")).isEmpty();
    }

    @Test
    void schemaErrorsNameTheRule() {
        List<Problem> p = check("rules:\n  - {id: r1, when: {hybrid: true}, then: {code: x.y, severity: fatal}}\n");
        assertThat(p).extracting(Problem::code).containsExactly("schema");
        assertThat(p.get(0).message()).contains("r1").contains("severity");
        assertThat(p.get(0).line()).isEqualTo(10);
    }

    @Test
    void unknownFactAndValue() {
        assertThat(codes("rules:\n  - {id: r1, when: {hybird: true}, then: {code: x.y, severity: info}}\n")).containsExactly("unknown-fact");
        assertThat(codes("rules:\n  - {id: r1, when: {scenario: admin}, then: {code: x.y, severity: info}}\n")).containsExactly("unknown-value");
        assertThat(codes("rules:\n  - {id: r1, when: {hybrid: true}, then: {code: x.y, severity: info, bogus: 1}}\n")).containsExactly("schema");
    }

    @Test
    void ruleThatCanNeverFire() {
        assertThat(codes("rules:\n  - {id: r1, when: {federated: true, hybrid: false}, then: {code: x.y, severity: info}}\n"))
                .containsExactly("never-fires");
        assertThat(codes("rules:\n  - {id: r1, when: {writeback: [], hybrid: false}, then: {code: x.y, severity: info}}\n"))
                .containsExactly("never-fires");
    }

    @Test
    void overlappingRulesWithConflictingSeverity() {
        String table = "rules:\n"
                + "  - {id: r1, when: {hybrid: true}, then: {code: x.y, severity: blocker}}\n"
                + "  - {id: r2, when: {writeback: true}, then: {code: x.y, severity: warning}}\n";
        assertThat(codes(table)).containsExactly("conflict");
        String disjoint = "rules:\n"
                + "  - {id: r1, when: {hybrid: true}, then: {code: x.y, severity: blocker}}\n"
                + "  - {id: r2, when: {hybrid: false}, then: {code: x.y, severity: warning}}\n";
        assertThat(codes(disjoint)).isEmpty();
        String disjointBySymptom = "rules:\n"
                + "  - {id: r1, when: {symptoms: {contains: error}}, then: {code: x.y, severity: blocker}}\n"
                + "  - {id: r2, when: {symptoms: {excludes: error}}, then: {code: x.y, severity: warning}}\n";
        assertThat(codes(disjointBySymptom)).isEmpty();
    }

    @Test
    void coverageGaps() {
        String table = "coverage:\n  - {name: wb, when: {hybrid: true}, over: [writeback]}\n"
                + "rules:\n"
                + "  - {id: r1, when: {hybrid: true, writeback: true}, then: {code: x.y, severity: info}}\n"
                + "  - {id: r2, when: {hybrid: true, writeback: false}, then: {code: x.z, severity: blocker}}\n";
        List<Problem> p = check(table);
        assertThat(p).extracting(Problem::code).containsExactly("gap");
        assertThat(p.get(0).message()).contains("writeback=unknown");
    }

    @Test
    void missingMessagesAndUnresolvedFaq() {
        assertThat(codes("rules:\n  - {id: r1, when: {hybrid: true}, then: {code: missing.code, severity: info}}\n"))
                .containsExactly("message", "message", "message");
        assertThat(codes("rules:\n  - {id: r1, when: {hybrid: true}, then: {code: x.y, severity: info, faq: [a/nope]}}\n"))
                .containsExactly("faq");
    }

    @Test
    void yamlSyntaxErrorHasPosition() {
        List<Problem> p = check("rules:\n  - {id: r1, when: {hybrid: true\n");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).code()).isEqualTo("syntax");
        assertThat(p.get(0).line()).isGreaterThan(0);
    }
}
