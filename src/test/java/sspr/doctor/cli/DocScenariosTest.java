package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The third independent check of verdicts against Microsoft's current documentation
 * (src/test/resources/verdicts/doc-scenarios.yaml): each case was written from the pages alone, with
 * the page, commit or ms.date and line it rests on, and runs through the real command line.
 */
class DocScenariosTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<JsonNode> cases() throws IOException {
        try (InputStream in = DocScenariosTest.class.getResourceAsStream("/verdicts/doc-scenarios.yaml")) {
            JsonNode all = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<JsonNode> out = new ArrayList<>();
            all.forEach(out::add);
            return out;
        }
    }

    static Stream<Arguments> scenarios() throws IOException {
        return cases().stream().map(c -> Arguments.of(c.get("args").asText(), c));
    }

    @Test
    void everyCaseNamesItsSourceAndWhatItExpects() throws IOException {
        List<JsonNode> all = cases();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        for (JsonNode c : all) {
            assertThat(c.path("source").asText()).as(c.get("args").asText()).isNotBlank();
            assertThat(c.has("verdict") || c.has("explain")).as(c.get("args").asText()).isTrue();
        }
        assertThat(all.stream().map(c -> c.get("args").asText()).distinct().count()).as("no case twice").isEqualTo(all.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void givesTheDocumentedAnswer(String args, JsonNode c) throws Exception {
        List<String> argv = new ArrayList<>(List.of(args.split(" ")));
        argv.add("-o");
        argv.add("json");
        CliRunner.Result r = CliRunner.exec(argv.toArray(String[]::new));
        assertThat(r.err()).as(args).isEmpty();
        JsonNode out = JSON.readTree(r.out());
        if (c.has("explain")) {
            JsonNode e = c.get("explain");
            assertThat(out.size()).as(args + ": variants").isEqualTo(e.get("variants").asInt());
            StringBuilder meanings = new StringBuilder();
            out.forEach(v -> meanings.append(v.get("meaning").asText()).append('\n'));
            for (JsonNode word : e.path("contains")) assertThat(meanings.toString()).as(args).containsIgnoringCase(word.asText());
            return;
        }
        List<String> found = new ArrayList<>();
        for (JsonNode f : out.get("findings")) found.add(f.get("code").asText() + ":" + f.get("severity").asText());
        assertThat(out.get("verdict").asText()).as(args + " " + found).isEqualTo(c.get("verdict").asText());
        for (JsonNode h : c.path("has")) assertThat(found).as(args).contains(h.asText());
        for (JsonNode l : c.path("lacks")) {
            assertThat(found).as(args).noneMatch(f -> f.startsWith(l.asText() + ":"));
        }
        for (JsonNode d : c.path("disagree")) {
            JsonNode f = null;
            for (JsonNode x : out.get("findings")) if (x.get("code").asText().equals(d.asText())) f = x;
            assertThat(f).as(args + " has " + d.asText()).isNotNull();
            assertThat(f.path("docsDisagree").asBoolean()).as(args + ": " + d.asText() + " says the pages disagree").isTrue();
            assertThat(f.get("severity").asText()).as("a finding whose pages disagree is at most a warning").isNotEqualTo("blocker");
        }
    }
}
