package sspr.doctor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * diagnose --batch reads a plain flat line without a JSON tree (FlatJsonLine); every line it reads must
 * come out exactly as ProfileReader.readLine reads it — name, facts, their order and their origins — and
 * every line it cannot read must be left to ProfileReader (null), whose errors are the contract.
 */
public class FlatJsonLineTest {
    /** Lines the fast path must read itself (and read as ProfileReader does). */
    public static final List<String> PLAIN = List.of(
            "{\"role\":\"helpdesk-admin\"}",
            "  {\"role\" : [ \"helpdesk-admin\" , \"user-admin\" ] , \"name\":\"x\"}\t",
            "{\"name\":\"李雷 \u202E Zoë\",\"role\":\"支持管理员\",\"target-role\":[\"技術支援管理員\"]}",
            "{\"role\":\"\"}",
            "{\"role\":\"user-admin,\"}",
            "{\"scenario\":\"SELF-SERVICE\"}",
            "{\"license\":\"ENTERPRISEPACK\"}",
            "{\"symptom\":\"error,password-rejected\"}",
            "{\"role\":\"Helpdesk Administrator\",\"target-role\":\"none\"}",
            "{\"error\":\"sspr_9999\",\"writeback\":false}",
            "{\"hybrid\":false,\"sync-engine\":\"connect\"}",
            "{\"role\":[\"none\",\"user-admin\"]}",
            "{\"name\":\"\",\"guest\":true,\"locked-out\":false}",
            "{}",
            "{ }",
            "{\"name\":\"only a name\"}",
            "{\"role\":\"help\u00a0desk\"}",
            "{\"hybrid\":true }");

    /** Lines it must leave to ProfileReader: escapes, other kinds, repeated or unknown keys, anything malformed. */
    public static final List<String> UNUSUAL = List.of(
            "{\"name\":\"a\\\"b\",\"role\":\"user-admin\"}",
            "{\"role\":[\"user-admin\",]}",
            "{\"role\":[]}",
            "{\"role\":[\"\"]}",
            "{\"role\":[\" \"]}",
            "{\"hybrid\":true,\"hybrid\":false}",
            "{\"hybrid\":\"true\"}",
            "{\"hybrid\":truex}",
            "{\"hybrid\":null}",
            "{\"scenario\":1}",
            "{\"scenario\":[\"self-service\"]}",
            "{\"scenario\":true}",
            "{\"role\":true}",
            "{\"cloud-only\":true}",
            "{\"cases\":[]}",
            "{\"name\":{\"a\":1}}",
            "{\"name\":true,\"role\":\"helpdesk-admin\"}",
            "{\"name\":null}",
            "{\"name\":\"x\",\"name\":\"y\"}",
            "{\"nmae\":\"x\"}",
            "{\"role\":\"helpdesk-admin\"} x",
            "{\"role\":\"helpdesk-admin\"}}",
            "[1]",
            "\"x\"",
            "{\"role-definition\":\"x.json\"}",
            "{\"role\":\"helpdesk-admin\"",
            "{\"role\":\"help\tdesk\"}",
            "{\"role\":\"helpdesk-admin\",}",
            "{\"ro\\u006ce\":\"helpdesk-admin\"}",
            "\uFEFF{\"role\":\"user-admin\"}",
            "{\"role\":\"user-admin\"}\r",
            "{\"role\":\"user-admin\"}\n",
            "{\"name\":\"\u0001\"}",
            "{\"role\":\"a\"/*c*/}",
            "{'role':'user-admin'}",
            "{role:\"user-admin\"}");

    @Test
    void plainLinesAreReadAsProfileReaderReadsThem() {
        for (String line : PLAIN) {
            ProfileReader.Case fast = FlatJsonLine.read(line, "in.ndjson", 7);
            assertThat(fast).as(line).isNotNull();
            assertSame(line, fast, ProfileReader.readLine(line, "in.ndjson", 7));
        }
    }

    @Test
    void unusualLinesAreLeftToProfileReader() {
        for (String line : UNUSUAL) assertThat(FlatJsonLine.read(line, "in.ndjson", 7)).as(line).isNull();
    }

    @Test
    void generatedLinesAreReadTheSameOrLeftAlone() {
        // facts of every kind, sometimes of the wrong kind, with blanks and names anywhere
        Random rnd = new Random(18);
        List<String> keys = new ArrayList<>(InputResolver.KEYS.keySet());
        keys.add("name");
        keys.add("cloud-only");
        String[] values = {"\"user-admin\"", "[\"helpdesk-admin\",\"global-admin\"]", "true", "false", "\"self-service\"", "[]",
                "\"\"", "null", "1", "[\"SPE_E3\"]", "\"SSPR_0012\"", "\"中文\"", "[\"a\",\"\"]", "{}"};
        int read = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder(rnd.nextBoolean() ? "{" : " { ");
            int n = rnd.nextInt(5);
            for (int k = 0; k < n; k++) {
                if (k > 0) b.append(rnd.nextInt(4) == 0 ? " , " : ",");
                b.append('"').append(keys.get(rnd.nextInt(keys.size()))).append('"').append(rnd.nextBoolean() ? ":" : " : ")
                        .append(values[rnd.nextInt(values.length)]);
            }
            String line = b.append('}').toString();
            ProfileReader.Case fast = FlatJsonLine.read(line, "in.ndjson", i + 1);
            if (fast == null) continue;
            read++;
            ProfileReader.Case general;
            try {
                general = ProfileReader.readLine(line, "in.ndjson", i + 1);
            } catch (InvalidInput e) {
                throw new AssertionError("read by the fast path, refused by ProfileReader: " + line, e);
            }
            assertSame(line, fast, general);
        }
        assertThat(read).as("lines the fast path read").isGreaterThan(300);
    }

    private static void assertSame(String line, ProfileReader.Case fast, ProfileReader.Case general) {
        assertThat(fast.name()).as(line).isEqualTo(general.name());
        assertThat(new ArrayList<>(fast.facts().entrySet())).as(line).isEqualTo(new ArrayList<>(general.facts().entrySet()));
        for (Map.Entry<String, RawFact> e : fast.facts().entrySet()) {
            assertThat(e.getValue().value().getClass().getSimpleName().contains("List"))
                    .as(line + " " + e.getKey()).isEqualTo(general.facts().get(e.getKey()).value() instanceof List);
        }
        assertThat(fast.origin()).isEqualTo(general.origin());
        assertThat(fast.inherited()).isEqualTo(general.inherited());
    }
}
