package sspr.doctor.rules;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sspr.doctor.io.PackedReader;
import sspr.doctor.io.PackedWriter;

/**
 * A compact binary form of a decision table, written at build time and read at start-up from one
 * byte array ({@link PackedReader}: its text decoded at once, each distinct string cut out once): no
 * YAML parser, no reflection, no serialization machinery.
 */
public final class TableCodec {
    private static final int MAGIC = 0x53535052; // "SSPR"
    private static final int VERSION = 3;

    private TableCodec() {}

    /** The table in its compiled form. */
    public static byte[] write(DecisionTable t) {
        PackedWriter out = new PackedWriter();
        out.writeInt(VERSION);
        out.writeString(t.name());
        out.writeString(t.hitPolicy());
        out.writeString(t.file());
        out.writeInt(t.facts().size());
        for (FactDefinition f : t.facts().values()) {
            out.writeString(f.name());
            out.writeInt(f.type().ordinal());
            strings(f.values(), out);
            out.writeBoolean(f.unknownAllowed());
            out.writeBoolean(f.derived());
            out.writeInt(f.line());
        }
        out.writeInt(t.rules().size());
        for (Rule r : t.rules()) {
            out.writeString(r.id());
            conditions(r.when(), out);
            out.writeString(r.then().code());
            out.writeInt(r.then().severity().ordinal());
            strings(r.then().faq(), out);
            strings(r.then().links(), out);
            sources(r.then().sources(), out);
            out.writeInt(r.then().docsDisagree().size());
            for (Rule.Disagreement d : r.then().docsDisagree()) {
                strings(d.pages(), out);
                out.writeString(d.follows());
                out.writeString(d.why());
            }
            out.writeInt(r.line());
        }
        out.writeInt(t.coverage().size());
        for (Coverage c : t.coverage()) {
            out.writeString(c.name());
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
        return out.toBytes(MAGIC);
    }

    public static DecisionTable read(byte[] compiled) throws IOException {
        PackedReader in = PackedReader.of(compiled, MAGIC);
        if (in.readInt() != VERSION) throw new IOException("not a compiled decision table of this version");
        String name = in.readString();
        String hitPolicy = in.readString();
        String file = in.readString();
        Map<String, FactDefinition> facts = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String n = in.readString();
            FactDefinition.Type type = FactDefinition.Type.values()[in.readInt()];
            facts.put(n, new FactDefinition(n, type, strings(in), in.readBoolean(), in.readBoolean(), in.readInt()));
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String id = in.readString();
            List<Condition> when = conditions(in);
            String code = in.readString();
            Severity severity = Severity.values()[in.readInt()];
            List<String> faq = strings(in);
            List<String> links = strings(in);
            List<Rule.Source> sources = lazySources(in);
            List<Rule.Disagreement> disagree = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) disagree.add(new Rule.Disagreement(strings(in), in.readString(), in.readString()));
            rules.add(new Rule(id, when, new Rule.Output(code, severity, faq, links, sources, List.copyOf(disagree)), in.readInt()));
        }
        List<Coverage> coverage = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            coverage.add(new Coverage(in.readString(), conditions(in), strings(in), in.readInt()));
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

    private static void conditions(List<Condition> conditions, PackedWriter out) {
        out.writeInt(conditions.size());
        for (Condition c : conditions) {
            out.writeString(c.fact());
            strings(new ArrayList<>(c.values()), out);
            out.writeBoolean(c.negated());
            out.writeInt(c.line());
            out.writeInt(c.column());
        }
    }

    private static List<Condition> conditions(PackedReader in) throws IOException {
        List<Condition> out = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String fact = in.readString();
            // most conditions test one value: a one-element set, not a hash table per condition (read on every start)
            List<String> listed = strings(in);
            Set<String> values = listed.size() == 1 ? Set.of(listed.get(0)) : new LinkedHashSet<>(listed);
            out.add(new Condition(fact, values, in.readBoolean(), in.readInt(), in.readInt()));
        }
        return List.copyOf(out);
    }

    private static void sources(List<Rule.Source> sources, PackedWriter out) {
        out.writeInt(sources.size());
        for (Rule.Source s : sources) {
            out.writeString(s.page());
            nullable(s.commit(), out);
            nullable(s.date(), out);
            nullable(s.quote(), out);
        }
    }

    private static List<Rule.Source> sources(PackedReader in) throws IOException {
        List<Rule.Source> out = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) out.add(new Rule.Source(in.readString(), nullable(in), nullable(in), nullable(in)));
        return List.copyOf(out);
    }

    /**
     * A rule's sources, decoded when first asked for: every start reads the table, but only the rules that fire
     * have their sources printed. A source is four string references of four bytes each, so the list is passed over.
     */
    private static List<Rule.Source> lazySources(PackedReader in) throws IOException {
        int n = in.readInt();
        if (n == 0) return List.of();
        if (n < 0) throw new IOException("corrupt compiled decision table");
        PackedReader at = in.at(in.position() - 4);
        in.skip(16 * n);
        return new LazySources(at);
    }

    private static final class LazySources extends java.util.AbstractList<Rule.Source> implements java.util.RandomAccess {
        private PackedReader from;
        private List<Rule.Source> decoded;

        LazySources(PackedReader from) {
            this.from = from;
        }

        private synchronized List<Rule.Source> decoded() {
            if (decoded == null) {
                try {
                    decoded = sources(from);
                } catch (IOException e) {
                    throw new IllegalStateException("damaged compiled decision table", e);
                }
                from = null;
            }
            return decoded;
        }

        @Override
        public Rule.Source get(int index) {
            return decoded().get(index);
        }

        @Override
        public int size() {
            return decoded().size();
        }
    }

    private static void nullable(String value, PackedWriter out) {
        out.writeString(value);
    }

    private static String nullable(PackedReader in) throws IOException {
        return in.readString();
    }

    private static void strings(List<String> values, PackedWriter out) {
        out.writeStrings(values);
    }

    private static List<String> strings(PackedReader in) throws IOException {
        return in.readStrings();
    }
}
