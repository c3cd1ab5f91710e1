package sspr.doctor.rules;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compact binary form of a decision table, written at build time and read at start-up with
 * plain {@code DataInputStream} calls: no YAML parser, no reflection, no serialization machinery.
 */
public final class TableCodec {
    private static final int MAGIC = 0x53535052; // "SSPR"
    private static final int VERSION = 2;

    private TableCodec() {}

    public static void write(DecisionTable t, DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(t.name());
        out.writeUTF(t.hitPolicy());
        out.writeUTF(t.file());
        out.writeInt(t.facts().size());
        for (FactDefinition f : t.facts().values()) {
            out.writeUTF(f.name());
            out.writeByte(f.type().ordinal());
            strings(f.values(), out);
            out.writeBoolean(f.unknownAllowed());
            out.writeBoolean(f.derived());
            out.writeInt(f.line());
        }
        out.writeInt(t.rules().size());
        for (Rule r : t.rules()) {
            out.writeUTF(r.id());
            conditions(r.when(), out);
            out.writeUTF(r.then().code());
            out.writeByte(r.then().severity().ordinal());
            strings(r.then().faq(), out);
            strings(r.then().links(), out);
            sources(r.then().sources(), out);
            out.writeInt(r.then().docsDisagree().size());
            for (Rule.Disagreement d : r.then().docsDisagree()) {
                strings(d.pages(), out);
                out.writeUTF(d.follows());
                out.writeUTF(d.why());
            }
            out.writeInt(r.line());
        }
        out.writeInt(t.coverage().size());
        for (Coverage c : t.coverage()) {
            out.writeUTF(c.name());
            conditions(c.when(), out);
            strings(c.over(), out);
            out.writeInt(c.line());
        }
        out.writeInt(t.constraints().size());
        for (Constraint c : t.constraints()) {
            conditions(c.when(), out);
            conditions(c.then(), out);
            out.writeInt(c.line());
        }
        sources(t.sources(), out);
        nullable(t.checked(), out);
        out.writeBoolean(t.requireSources());
    }

    public static DecisionTable read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != VERSION) throw new IOException("not a compiled decision table");
        String name = in.readUTF();
        String hitPolicy = in.readUTF();
        String file = in.readUTF();
        Map<String, FactDefinition> facts = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String n = in.readUTF();
            FactDefinition.Type type = FactDefinition.Type.values()[in.readByte()];
            facts.put(n, new FactDefinition(n, type, strings(in), in.readBoolean(), in.readBoolean(), in.readInt()));
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String id = in.readUTF();
            List<Condition> when = conditions(in);
            String code = in.readUTF();
            Severity severity = Severity.values()[in.readByte()];
            List<String> faq = strings(in);
            List<String> links = strings(in);
            List<Rule.Source> sources = sources(in);
            List<Rule.Disagreement> disagree = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) disagree.add(new Rule.Disagreement(strings(in), in.readUTF(), in.readUTF()));
            rules.add(new Rule(id, when, new Rule.Output(code, severity, faq, links, sources, List.copyOf(disagree)), in.readInt()));
        }
        List<Coverage> coverage = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            coverage.add(new Coverage(in.readUTF(), conditions(in), strings(in), in.readInt()));
        }
        List<Constraint> constraints = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            constraints.add(new Constraint(conditions(in), conditions(in), in.readInt()));
        }
        List<Rule.Source> tableSources = sources(in);
        String checked = nullable(in);
        boolean requireSources = in.readBoolean();
        return new DecisionTable(name, hitPolicy, facts, List.copyOf(rules), List.copyOf(coverage), List.copyOf(constraints), file,
                tableSources, checked, requireSources);
    }

    private static void conditions(List<Condition> conditions, DataOutputStream out) throws IOException {
        out.writeInt(conditions.size());
        for (Condition c : conditions) {
            out.writeUTF(c.fact());
            strings(new ArrayList<>(c.values()), out);
            out.writeBoolean(c.negated());
            out.writeInt(c.line());
            out.writeInt(c.column());
        }
    }

    private static List<Condition> conditions(DataInputStream in) throws IOException {
        List<Condition> out = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String fact = in.readUTF();
            Set<String> values = new LinkedHashSet<>(strings(in));
            out.add(new Condition(fact, values, in.readBoolean(), in.readInt(), in.readInt()));
        }
        return List.copyOf(out);
    }

    private static void sources(List<Rule.Source> sources, DataOutputStream out) throws IOException {
        out.writeInt(sources.size());
        for (Rule.Source s : sources) {
            out.writeUTF(s.page());
            nullable(s.commit(), out);
            nullable(s.date(), out);
            nullable(s.quote(), out);
        }
    }

    private static List<Rule.Source> sources(DataInputStream in) throws IOException {
        List<Rule.Source> out = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) out.add(new Rule.Source(in.readUTF(), nullable(in), nullable(in), nullable(in)));
        return List.copyOf(out);
    }

    private static void nullable(String value, DataOutputStream out) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) out.writeUTF(value);
    }

    private static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void strings(List<String> values, DataOutputStream out) throws IOException {
        out.writeInt(values.size());
        for (String v : values) out.writeUTF(v);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(in.readUTF());
        return List.copyOf(out);
    }
}
