package sspr.doctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sspr.doctor.io.Problem;
import sspr.doctor.report.ReportContext;

/**
 * rules check words every problem of a decision table in the user's language; English is exactly the
 * message JSON carries (so the English text output did not change).
 */
class RulesProblemsLocalizedTest {
    /** Tables that are wrong in most of the ways the parser and the checker know. */
    private static final List<String> TABLES = List.of(
            "- just a list",
            "hitPolicy: first\nchecked: yesterday\nfacts: {a: {type: boolean}, b: {type: colour}, c: {type: enum}, d: nope, e: {type: boolean, colour: red}}\n"
                    + "constraints: [nope]\ncoverage: [nope, {name: cov, when: {a: true}, over: [zz]}]\n"
                    + "sources: [{page: p.md}, nope, {date: 2024-01-01}]\n"
                    + "rules:\n"
                    + "  - nope\n"
                    + "  - {when: {a: true}}\n"
                    + "  - {id: R1, when: {a: true, zz: true, a2: 1}, then: {code: x.y, severity: blocker, links: [http://x], colour: 1}}\n"
                    + "  - {id: R1, when: nope, then: {code: bad, severity: fatal}}\n"
                    + "  - {id: R2, when: {a: {not: true, contains: true}}, then: {code: x.y, severity: warning}}\n"
                    + "  - {id: R3, when: {a: {nearly: true}}, then: nope}\n"
                    + "  - {id: R4, when: {a: maybe}, then: {code: x.z, severity: blocker,\n"
                    + "      sources: [{page: q.md, commit: XYZ}, nope, {page: r.md, date: 2024-01-01, colour: 1}],\n"
                    + "      docsDisagree: [{pages: [q.md], follows: s.md, colour: 1}, nope]}}\n",
            "facts: {a: {type: boolean}}\nconstraints: [{when: {a: true}, then: {a: false}}]\ncoverage: [{name: all, when: {}, over: [a]}]\n"
                    + "rules:\n  - {id: N, when: {a: true}, then: {code: n.n, severity: info, faq: [nope/nope]}}\n"
                    + "  - {id: C1, when: {a: false}, then: {code: c.c, severity: info}}\n"
                    + "  - {id: C2, when: {}, then: {code: c.c, severity: warning, docsDisagree: {pages: [p.md, q.md], follows: p.md, why: no.such}}}\n",
            "facts: {a: {type: boolean}}\n",
            "facts: {a: [}\n");

    private static List<Problem> problems() {
        List<Problem> all = new ArrayList<>();
        for (String yaml : TABLES) {
            DecisionTableParser.Result r = DecisionTableParser.parse(yaml, "t.yaml");
            all.addAll(r.problems());
            if (r.problems().isEmpty() && r.table() != null) {
                all.addAll(TableChecker.check(r.table(), List.of("en", "zh-TW"), (lang, key) -> false, Set.of()));
            }
        }
        return all;
    }

    @Test
    void englishIsTheMessageAndTheOtherLanguagesTranslateIt() {
        List<Problem> problems = problems();
        Set<String> kinds = new java.util.TreeSet<>();
        for (Problem p : problems) kinds.add(String.valueOf(p.args().getOrDefault(Problem.MESSAGE_KEY, p.code())));
        // most of what the parser and the checker can say is here
        assertThat(kinds).hasSizeGreaterThan(30).contains("rules.syntax", "rules.unknown-key", "message", "never-fires", "conflict", "faq");
        for (Problem p : problems) {
            assertThat(ReportContext.of("en", 80).problemText(p)).as(p.message()).isEqualTo(p.message());
            for (String lang : List.of("id-ID", "zh-CN", "zh-TW")) {
                String text = ReportContext.of(lang, 80).problemText(p);
                assertThat(text).as(lang + ": " + p.message()).isNotEqualTo(p.message())
                        .doesNotContain("must ").doesNotContain("unknown ").doesNotContain(" has no ").doesNotContain("needs ");
            }
        }
    }
}
