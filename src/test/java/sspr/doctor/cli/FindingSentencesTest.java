package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A finding's title and detail are sentences: one that opens with a filled-in name starts with a capital. */
class FindingSentencesTest {
    @ParameterizedTest
    @ValueSource(strings = {"en", "id-ID"})
    void titlesAndDetailsStartWithACapital(String lang) throws Exception {
        for (String portal : new String[] {"m365-admin", "m365-mobile", "powershell-legacy", "azure", "graph"}) {
            CliRunner.Result r = CliRunner.exec("diagnose", "--role", "user-admin", "--hybrid", "--writeback", "--portal", portal,
                    "--lang", lang, "-o", "json");
            JsonNode out = new ObjectMapper().readTree(r.out());
            assertThat(out.get("findings")).isNotEmpty();
            for (JsonNode f : out.get("findings")) {
                for (String field : new String[] {"title", "detail"}) {
                    String text = f.get(field).asText();
                    assertThat(Character.isLowerCase(text.codePointAt(0))).as(portal + " " + f.get("code").asText() + " " + field + ": " + text).isFalse();
                }
            }
        }
        JsonNode m365 = new ObjectMapper().readTree(CliRunner.exec("diagnose", "--role", "user-admin", "--hybrid", "--writeback",
                "--portal", "m365-admin", "-o", "json").out());
        assertThat(m365.toString()).contains("\"title\":\"The Microsoft 365 admin center");
    }
}
