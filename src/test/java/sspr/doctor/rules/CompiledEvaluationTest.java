package sspr.doctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine's compiled evaluation (the table turned into arrays once per process) against the plain
 * reading of every condition ({@link RuleEngine#holds}, which the trace uses): on the bundled table, for
 * random facts — unknown, every declared value, values outside the domain, any subset of a set fact — the
 * same rules fire, collected the same way (the most severe first, one per code, table order).
 */
class CompiledEvaluationTest {
    @Test
    void theCompiledTableFiresWhatThePlainReadingFires() throws Exception {
        DecisionTable table = DecisionTableParser.parse(Files.readString(Path.of("content/rules/sspr-reset.yaml"), StandardCharsets.UTF_8),
                "content/rules/sspr-reset.yaml").table();
        Random random = new Random(20261206);
        int fired = 0;
        for (int n = 0; n < 3000; n++) {
            Map<String, Object> facts = new HashMap<>();
            for (FactDefinition f : table.facts().values()) {
                int pick = random.nextInt(f.domain().size() + 2);
                if (f.type() == FactDefinition.Type.SET) {
                    Set<String> set = new HashSet<>();
                    for (String v : f.values()) if (random.nextInt(3) == 0) set.add(v);
                    if (random.nextInt(5) == 0) set.add("not-a-value");
                    if (pick > 0) facts.put(f.name(), set);
                } else if (pick < f.domain().size()) {
                    facts.put(f.name(), f.domain().get(pick));
                } else if (pick == f.domain().size()) {
                    facts.put(f.name(), "outside-the-domain");
                } // else not given: unknown
            }
            List<String> compiled = new ArrayList<>();
            for (Rule r : RuleEngine.evaluate(table, facts).fired()) compiled.add(r.id());
            assertThat(compiled).as(facts.toString()).isEqualTo(plain(table, facts));
            fired += compiled.size();
        }
        assertThat(fired).as("the random facts fire rules").isGreaterThan(3000);
    }

    /** Each rule read condition by condition, collected as the engine documents it. */
    private static List<String> plain(DecisionTable table, Map<String, Object> facts) {
        List<String> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Severity s : Severity.values()) {
            for (Rule r : table.rules()) {
                if (r.then().severity() != s || !RuleEngine.matches(table, r, facts) || !codes.add(r.then().code())) continue;
                out.add(r.id());
            }
        }
        return out;
    }
}
