package sspr.doctor.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link TreeWriter#json} (now {@link JsonPretty}) writes what Jackson's pretty printer wrote before, character for character. */
class JsonPrettyTest {
    /** The writer TreeWriter.json used until JsonPretty replaced it. */
    private static String jackson(Object tree) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("").withObjectEmptySeparator(""))
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
            g.setPrettyPrinter(pp);
            g.setCharacterEscapes(TerminalSafeEscapes.INSTANCE);
            TreeWriter.write(g, tree);
        }
        out.write("\n");
        return out.toString();
    }

    @Test
    void treesOfEveryKindAndShapeMatchJackson() throws Exception {
        Random random = new Random(18);
        for (int i = 0; i < 3000; i++) {
            Object tree = RandomTrees.tree(random, 0);
            assertThat(TreeWriter.json(tree)).isEqualTo(jackson(tree));
        }
        for (Object edge : new Object[] {null, Map.of(), List.of(), "", 0, -1L, 1e300, Double.NaN, true,
                List.of(List.of(), Map.of()), Map.of("a", List.of()), "x\u202Ey\u0000\u0085\"\\"}) {
            assertThat(TreeWriter.json(edge)).as(String.valueOf(edge)).isEqualTo(jackson(edge));
        }
    }

    @Test
    void aTreeLargerThanTheBufferIsWrittenWhole() throws Exception {
        List<Object> cases = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", "case " + i + " 中文");
            m.put("findings", List.of(Map.of("code", "role.cannot-reset-target"), Map.of()));
            cases.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("cases", cases);
        StringWriter out = new StringWriter();
        TreeWriter.json(root, out);
        assertThat(out.toString()).isEqualTo(jackson(root));
    }
}
