package sspr.doctor.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
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
            write(g, tree);
        }
        out.write("\n");
        return out.toString();
    }

    private static void write(JsonGenerator g, Object v) throws Exception {
        if (v == null) g.writeNull();
        else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object item : list) write(g, item);
            g.writeEndArray();
        } else if (v instanceof Boolean b) g.writeBoolean(b);
        else if (v instanceof Integer i) g.writeNumber(i);
        else if (v instanceof Long l) g.writeNumber(l);
        else if (v instanceof Double d) g.writeNumber(d);
        else g.writeString(String.valueOf(v));
    }

    @Test
    void treesOfEveryKindAndShapeMatchJackson() throws Exception {
        Random random = new Random(18);
        for (int i = 0; i < 3000; i++) {
            Object tree = tree(random, 0);
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

    private static Object tree(Random r, int depth) {
        int kind = r.nextInt(depth > 4 ? 8 : 11);
        switch (kind) {
            case 0: return null;
            case 1: return r.nextBoolean();
            case 2: return r.nextInt();
            case 3: return r.nextLong();
            case 4: return new double[] {r.nextDouble() * 1e6, Double.NaN, Double.NEGATIVE_INFINITY, -0.0, 1e-9, 12.0}[r.nextInt(6)];
            case 5: return java.math.BigDecimal.valueOf(r.nextInt(1000), 2);
            case 6:
            case 7: return text(r);
            case 8:
            case 9: {
                Map<String, Object> m = new LinkedHashMap<>();
                int n = r.nextInt(5);
                for (int k = 0; k < n; k++) m.put(text(r), tree(r, depth + 1));
                return m;
            }
            default: {
                List<Object> l = new ArrayList<>();
                int n = r.nextInt(5);
                for (int k = 0; k < n; k++) l.add(tree(r, depth + 1));
                return l;
            }
        }
    }

    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            int pick = r.nextInt(6);
            b.append((char) (pick == 0 ? r.nextInt(0x20) : pick == 1 ? 0x7F + r.nextInt(0x30) : pick == 2 ? 0x2020 + r.nextInt(0x60)
                    : pick == 3 ? r.nextInt(0x10000) : 0x20 + r.nextInt(0x5F)));
        }
        return b.toString();
    }
}
