package sspr.doctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleEngineTest {
    static final DecisionTable TABLE = DecisionTableParser.parse(String.join("\n",
            "facts:",
            "  hybrid: {type: boolean}",
            "  writeback: {type: boolean, unknown: true}",
            "  symptoms: {type: set, values: [error, greyed-out-button]}",
            "rules:",
            "  - {id: unknown-wb, when: {hybrid: true, writeback: unknown}, then: {code: wb.unknown, severity: warning}}",
            "  - {id: wb-off, when: {hybrid: true, writeback: false}, then: {code: wb.off, severity: blocker}}",
            "  - {id: err, when: {symptoms: {contains: [error, greyed-out-button]}}, then: {code: sym.any, severity: info}}",
            "  - {id: err-again, when: {symptoms: {contains: error}}, then: {code: sym.any, severity: warning}}",
            ""), "t").table();

    static Map<String, Object> facts(String hybrid, String writeback, Set<String> symptoms) {
        Map<String, Object> f = new HashMap<>();
        f.put("hybrid", hybrid);
        f.put("writeback", writeback);
        f.put("symptoms", symptoms);
        return f;
    }

    @Test
    void unknownMatchesOnlyUnknownConditions() {
        RuleEngine.Evaluation e = RuleEngine.evaluate(TABLE, facts("true", null, Set.of()));
        assertThat(e.fired()).extracting(Rule::id).containsExactly("unknown-wb");
        assertThat(RuleEngine.evaluate(TABLE, facts("true", "false", Set.of())).fired()).extracting(Rule::id).containsExactly("wb-off");
        assertThat(RuleEngine.evaluate(TABLE, facts("false", null, Set.of())).fired()).isEmpty();
    }

    @Test
    void collectOrdersBySeverityAndKeepsOnePerCode() {
        RuleEngine.Evaluation e = RuleEngine.evaluate(TABLE, facts("true", "false", Set.of("error")));
        assertThat(e.fired()).extracting(Rule::id).containsExactly("wb-off", "err-again");
    }

    @Test
    void traceExplainsEveryRule() {
        RuleEngine.Evaluation e = RuleEngine.evaluate(TABLE, facts("false", null, Set.of("greyed-out-button")));
        assertThat(e.trace()).hasSize(4);
        assertThat(e.trace().get(0).matched()).isFalse();
        assertThat(e.trace().get(0).reason()).contains("hybrid").contains("false");
        assertThat(e.trace().get(2).matched()).isTrue();
        assertThat(List.of(e.trace().get(3).reason())).allMatch(r -> r.contains("symptoms"));
    }
}
