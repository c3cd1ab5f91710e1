package sspr.doctor.report.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sspr.doctor.content.BundledContent;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.DerivedFacts;
import sspr.doctor.diagnosis.Diagnoser;
import sspr.doctor.diagnosis.Diagnosis;
import sspr.doctor.diagnosis.DiagnosisInput;
import sspr.doctor.diagnosis.Finding;
import sspr.doctor.io.JsonLine;
import sspr.doctor.report.ReportContext;
import sspr.doctor.rules.DecisionTable;
import sspr.doctor.rules.DecisionTableParser;
import sspr.doctor.rules.Rule;
import sspr.doctor.rules.RuleEngine;

/**
 * The batch's fast paths give what the plain ones give, over a grid of varied facts in every language:
 * the answer written from kept finding fragments (as chars and as UTF-8) is the tree's JSON line; a
 * diagnoser that keeps worded findings words them as a fresh one does; the compiled rule evaluation
 * fires what testing each rule on its own fires.
 */
class BatchBodyTest {
    static final DecisionTable TABLE = DecisionTableParser.parse(BundledContent.readText("rules/sspr-reset.yaml"), "bundled").table();

    static List<DiagnosisInput> grid() {
        List<DiagnosisInput> out = new ArrayList<>();
        String[] roles = {"user-admin", "helpdesk-admin", "password-admin", "global-admin", "authentication-admin", "security-admin"};
        String[] targets = {null, "global-admin", "user-admin", "reports-reader"};
        String[] errors = {null, "SSPR_0009", "SSPR_0010"};
        int i = 0;
        for (String role : roles) {
            for (String target : targets) {
                for (int flags = 0; flags < 8; flags++) {
                    DiagnosisInput in = new DiagnosisInput();
                    if ((flags & 4) != 0) {
                        in.scenario = "self-service";
                        in.ssprScope = (flags & 1) != 0 ? "selected" : "all";
                        in.registered = (flags & 2) != 0;
                    } else {
                        in.roles = List.of(role);
                        if (target != null) in.targetRoles = new ArrayList<>(List.of(target));
                    }
                    in.hybrid = (flags & 1) != 0;
                    if (in.hybrid) in.writeback = (flags & 2) != 0;
                    in.licenses = i % 3 == 0 ? null : List.of(i % 3 == 1 ? "AAD_PREMIUM" : "SPE_E3");
                    in.error = errors[i % errors.length];
                    in.lockedOut = i % 5 == 0;
                    out.add(in);
                    i++;
                }
            }
        }
        return out;
    }

    @Test
    void theAnswerFromKeptFragmentsIsTheTreesJsonLine() {
        for (String lang : List.of("en", "id-ID", "zh-CN", "zh-TW")) {
            Diagnoser diagnoser = new Diagnoser(TABLE, lang, (a, id) -> new Finding.FaqRef(a, id, lang, "Q " + id));
            for (boolean trace : new boolean[] {false, true}) {
                DiagnosisView view = new DiagnosisView(ReportContext.of(lang, 80), trace);
                for (DiagnosisInput in : grid()) {
                    Diagnosis d = diagnoser.diagnose(in);
                    String tree = JsonLine.append(new StringBuilder(), view.tree(d)).substring(1);
                    BatchLines.Chars chars = BatchLines.bodyChars(view, d);
                    assertThat(new String(chars.array(), 0, chars.length())).isEqualTo(tree);
                    BatchLines.Bytes bytes = BatchLines.bodyBytes(view, d);
                    assertThat(new String(bytes.array(), 0, bytes.length(), StandardCharsets.UTF_8)).isEqualTo(tree);
                    assertThat(new String(BatchLines.body(view, d))).isEqualTo(tree);
                    java.io.ByteArrayOutputStream pieces = new java.io.ByteArrayOutputStream();
                    for (byte[] piece : BatchLines.bodyPieces(view, d)) pieces.writeBytes(piece);
                    assertThat(pieces.toString(StandardCharsets.UTF_8)).isEqualTo(tree);
                }
            }
        }
    }

    @Test
    void theHeadAsBytesIsTheHeadsUtf8() {
        sspr.doctor.io.JsonLineBytes w = new sspr.doctor.io.JsonLineBytes();
        for (String name : new String[] {null, "", "ana.1@contoso.example", "Zoë \u202E 中文", "a\"b\\c\u0001\u007F\uD83D\uDE00"}) {
            for (long line : new long[] {1, 9, 10, 65_536, 12_345_678_901L}) {
                StringBuilder b = new StringBuilder();
                BatchLines.head(b, line, name);
                assertThat(BatchLines.head(w, line, name).toArray()).isEqualTo(b.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void keptFindingsAreWordedAsFreshOnes() {
        for (String lang : List.of("en", "zh-TW")) {
            Diagnoser keeping = new Diagnoser(TABLE, lang, (a, id) -> null);
            int kept = 0;
            for (int round = 0; round < 2; round++) {
                for (DiagnosisInput in : grid()) {
                    Diagnosis fresh = new Diagnoser(TABLE, lang, (a, id) -> null).diagnose(in);
                    Diagnosis again = keeping.diagnose(in);
                    assertThat(again.findings()).isEqualTo(fresh.findings());
                    assertThat(again.verdict()).isEqualTo(fresh.verdict());
                    assertThat(again.trace()).isEqualTo(fresh.trace());
                    if (round == 1) for (int i = 0; i < again.findings().size(); i++) {
                        if (again.findings().get(i) == keeping.diagnose(in).findings().get(i)) kept++;
                    }
                }
            }
            assertThat(kept).as("findings handed back again").isPositive();
        }
    }

    @Test
    void theCompiledEvaluationFiresWhatEachRuleOnItsOwnFires() {
        for (DiagnosisInput in : grid()) {
            Map<String, Object> facts = DerivedFacts.facts(in, Catalogs.roles(), Catalogs::skus, Catalogs.matrix(), Catalogs.errorFindings());
            RuleEngine.Evaluation eval = RuleEngine.evaluate(TABLE, facts);
            List<String> matching = new ArrayList<>();
            for (Rule r : TABLE.rules()) if (RuleEngine.matches(TABLE, r, facts)) matching.add(r.then().code());
            List<String> fired = new ArrayList<>();
            for (Rule r : eval.fired()) {
                assertThat(RuleEngine.matches(TABLE, r, facts)).isTrue();
                fired.add(r.then().code());
            }
            assertThat(fired).containsExactlyInAnyOrderElementsOf(new java.util.LinkedHashSet<>(matching));
            for (int i = 0; i < TABLE.rules().size(); i++) {
                assertThat(eval.trace().get(i).matched()).isEqualTo(RuleEngine.matches(TABLE, TABLE.rules().get(i), facts));
            }
        }
    }
}
