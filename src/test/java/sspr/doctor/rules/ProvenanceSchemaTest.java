package sspr.doctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sspr.doctor.io.Problem;

/** Per-rule sources and docsDisagree: parsed, checked, and carried through the build-time codec. */
class ProvenanceSchemaTest {
    static final String SOURCE = "{page: docs/a.md, commit: 0123abc, date: 01/02/2025, quote: \"It says so.\"}";

    static DecisionTableParser.Result parse(String rules) {
        return DecisionTableParser.parse(TableCheckerTest.FACTS + rules, "t.yaml");
    }

    @Test
    void sourcesAndDisagreementsAreRead() {
        DecisionTableParser.Result r = parse("checked: \"2026-12-06\"\nrequireSources: true\nsources: [{page: docs/a.md, date: 01/02/2025}]\n"
                + "rules:\n  - id: r1\n    when: {hybrid: true}\n    then:\n      code: x.y\n      severity: warning\n"
                + "      sources: [" + SOURCE + "]\n"
                + "      docsDisagree: {pages: [docs/a.md, docs/b.md], follows: docs/a.md, why: why.key}\n");
        assertThat(r.problems()).isEmpty();
        Rule.Output out = r.table().rules().get(0).then();
        assertThat(out.sources()).containsExactly(new Rule.Source("docs/a.md", "0123abc", "01/02/2025", "It says so."));
        assertThat(out.docsDisagree()).containsExactly(new Rule.Disagreement(List.of("docs/a.md", "docs/b.md"), "docs/a.md", "why.key"));
        assertThat(r.table().checked()).isEqualTo("2026-12-06");
        assertThat(r.table().requireSources()).isTrue();
        assertThat(r.table().sources()).hasSize(1);
    }

    @Test
    void aDisagreementCannotBlockAndMustFollowOneOfItsPages() {
        assertThat(parse("rules:\n  - id: r1\n    when: {hybrid: true}\n    then:\n      code: x.y\n      severity: blocker\n"
                + "      docsDisagree: {pages: [docs/a.md, docs/b.md], follows: docs/a.md, why: k}\n").problems())
                .extracting(Problem::message).anyMatch(m -> m.contains("at most a warning"));
        assertThat(parse("rules:\n  - id: r1\n    when: {hybrid: true}\n    then:\n      code: x.y\n      severity: warning\n"
                + "      docsDisagree: {pages: [docs/a.md, docs/b.md], follows: docs/c.md, why: k}\n").problems())
                .extracting(Problem::message).anyMatch(m -> m.contains("follows one of its pages"));
    }

    @Test
    void aSourceNeedsItsPageACommitOrDateAndItsQuote() {
        List<String> messages = parse("rules:\n  - id: r1\n    when: {hybrid: true}\n    then:\n      code: x.y\n      severity: warning\n"
                + "      sources: [{page: docs/a.md, quote: q}, {page: docs/b.md, commit: 0123abc}, {commit: zz, quote: q}]\n")
                .problems().stream().map(Problem::message).toList();
        assertThat(messages).anyMatch(m -> m.contains("docs/a.md needs a commit or a date"))
                .anyMatch(m -> m.contains("docs/b.md needs the quote"))
                .anyMatch(m -> m.contains("needs its page"));
    }

    @Test
    void rulesCheckFlagsARuleWithoutSourceWhenTheTableRequiresThem() {
        String rules = "rules:\n  - {id: r1, when: {hybrid: true}, then: {code: x.y, severity: blocker, sources: [" + SOURCE + "]}}\n"
                + "  - {id: r2, when: {hybrid: false}, then: {code: x.z, severity: blocker}}\n";
        DecisionTable required = parse("requireSources: true\n" + rules).table();
        List<Problem> problems = TableChecker.check(required, List.of("en"), (l, k) -> true, Set.of());
        assertThat(problems).extracting(Problem::code).containsExactly("source");
        assertThat(problems.get(0).message()).contains("r2");
        assertThat(TableChecker.check(parse(rules).table(), List.of("en"), (l, k) -> true, Set.of())).isEmpty();
    }

    @Test
    void aMissingWhyMessageIsAProblem() {
        DecisionTable t = parse("rules:\n  - id: r1\n    when: {hybrid: true}\n    then:\n      code: x.y\n      severity: warning\n"
                + "      docsDisagree: {pages: [docs/a.md, docs/b.md], follows: docs/a.md, why: missing.why}\n").table();
        assertThat(TableChecker.check(t, List.of("en"), (l, k) -> !k.startsWith("missing."), Set.of()))
                .extracting(Problem::message).anyMatch(m -> m.contains("missing.why"));
    }

    @Test
    void theCodecKeepsProvenance() throws Exception {
        DecisionTable t = parse("checked: \"2026-12-06\"\nsources: [{page: docs/a.md, commit: 0123abc}]\n"
                + "rules:\n  - id: r1\n    when: {hybrid: true}\n    then:\n      code: x.y\n      severity: warning\n"
                + "      sources: [" + SOURCE + "]\n"
                + "      docsDisagree: [{pages: [docs/a.md, docs/b.md], follows: docs/b.md, why: k}]\n").table();
        DecisionTable back = TableCodec.read(TableCodec.write(t));
        assertThat(back.rules().get(0).then()).isEqualTo(t.rules().get(0).then());
        assertThat(back.sources()).isEqualTo(t.sources());
        assertThat(back.checked()).isEqualTo("2026-12-06");
    }
}
