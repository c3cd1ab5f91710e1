package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Range;

/**
 * The models the build generates ({@link ModelGenerator}, {@code GeneratedModels}) against the ones
 * picocli's annotation reader makes of the same classes: every attribute picocli exposes, for every
 * command, subcommand, option, parameter and mixin, in order, in every help language; the generated
 * getters and setters reach the annotated fields.
 */
class GeneratedModelsTest {
    /** The tree Main built before the models were generated: picocli reads the annotations. */
    private static CommandLine annotated() {
        CommandLine cl = new CommandLine(new SsprDoctor());
        for (Map.Entry<String, Supplier<Object>> e : CommandLines.SUBCOMMANDS.entrySet()) cl.addSubcommand(e.getKey(), e.getValue().get());
        return cl;
    }

    private static CommandLine generated() {
        CommandLine cl = new CommandLine(GeneratedModels.root(new SsprDoctor()));
        for (Map.Entry<String, Supplier<Object>> e : CommandLines.SUBCOMMANDS.entrySet()) {
            cl.addSubcommand(e.getKey(), new CommandLine(GeneratedModels.of(e.getValue().get(), null)));
        }
        return cl;
    }

    @Test
    void theGeneratedClassIsInPlaceNotTheStandIn() {
        assertThat(GeneratedModels.nested("faq")).containsExactly("list", "show", "search");
        assertThat(GeneratedModels.nested("diagnose")).isNull();
    }

    @Test
    void everyCommandHasTheModelTheAnnotationsGive() {
        Map<String, String> a = describe(annotated().getCommandSpec());
        Map<String, String> g = describe(generated().getCommandSpec());
        assertThat(a).hasSizeGreaterThan(3000) // every attribute of ~200 options and 27 commands
                .containsKeys("sspr-doctor diagnose option --role arity", "sspr-doctor diagnose option --role description",
                        "sspr-doctor diagnose option --role splitRegex", "sspr-doctor diagnose option --format completionCandidates",
                        "sspr-doctor diagnose option --lang inherited", "sspr-doctor diagnose usage footer", "sspr-doctor diagnose usage sortOptions",
                        "sspr-doctor option --version versionHelp",
                        "sspr-doctor diagnose option --annotations fallbackValue", "sspr-doctor tenant fetch mixin graph options");
        assertThat(a.keySet()).anyMatch(k -> k.startsWith("sspr-doctor faq search parameter ") && k.endsWith(" arity"));
        assertThat(g).containsExactlyEntriesOf(a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id-ID", "zh-CN", "zh-TW"})
    void localizedHelpTextIsLookedUpTheSameWay(String lang) {
        CommandLine a = annotated();
        CommandLine g = generated();
        a.setResourceBundle(HelpLanguage.load(lang));
        g.setResourceBundle(HelpLanguage.load(lang));
        assertThat(describe(g.getCommandSpec())).containsExactlyEntriesOf(describe(a.getCommandSpec()));
    }

    @Test
    void aCommandBuiltAloneAsMainBuildsItIsTheSame() {
        StringWriter sink = new StringWriter();
        PrintWriter w = new PrintWriter(sink);
        // the whole tree as Main configures it (the test above compares it with the annotations' model)
        Map<String, String> full = describe(CommandLines.commandLine(w, w, Map.of(), false).getCommandSpec());
        for (String name : CommandLines.SUBCOMMANDS.keySet()) {
            CommandSpec root = CommandLines.commandLine(w, w, Map.of(), false, name).getCommandSpec();
            assertThat(root.subcommands().keySet()).containsExactly(name);
            describe(root.subcommands().get(name).getCommandSpec(), "sspr-doctor " + name, new String[0]).forEach((k, v) ->
                    assertThat(v).as(k).isEqualTo(full.get(k)));
            String[] nested = GeneratedModels.nested(name);
            if (nested == null) continue;
            for (String only : nested) {
                CommandSpec sub = CommandLines.commandLine(w, w, Map.of(), false, "--lang", "en", name, "--color", "never", only, "--help")
                        .getCommandSpec().subcommands().get(name).getCommandSpec();
                assertThat(sub.subcommands().keySet()).as(name).containsExactly(only);
                Map<String, String> alone = describe(sub, "sspr-doctor " + name, new String[0]);
                alone.remove("sspr-doctor " + name + " subcommands");
                alone.forEach((k, v) -> assertThat(v).as(k).isEqualTo(full.get(k)));
            }
        }
    }

    @Test
    void theSubcommandToBuildAloneIsToldFromTheArguments() {
        assertThat(CommandLines.invokedNested("faq", new String[] {"faq", "list"})).isEqualTo("list");
        assertThat(CommandLines.invokedNested("faq", new String[] {"--lang", "zh-TW", "faq", "--color", "never", "search", "list"})).isEqualTo("search");
        assertThat(CommandLines.invokedNested("faq", new String[] {"faq", "lst"})).isNull(); // unknown: all are built, for the suggestion
        assertThat(CommandLines.invokedNested("faq", new String[] {"faq", "--help"})).isNull();
        assertThat(CommandLines.invokedNested("tenant", new String[] {"tenant", "fetch", "--out", "x"})).isEqualTo("fetch");
        assertThat(CommandLines.invokedNested("diagnose", new String[] {"diagnose", "list"})).isNull();
    }

    @Test
    void theGeneratedGettersAndSettersReachTheFields() throws Exception {
        int checked = 0;
        for (CommandSpec spec : all(generated().getCommandSpec())) {
            for (ArgSpec arg : spec.args()) {
                if (arg.inherited()) continue;
                Object owner = owner(spec, arg);
                if (owner == null) continue; // -h/-V: picocli's own
                Field f = field(owner.getClass(), arg);
                f.setAccessible(true);
                assertThat(arg.initialValue()).as(arg.toString()).isEqualTo(f.get(owner));
                Object value = sample(f.getType());
                Object old = f.get(owner);
                assertThat((Object) arg.setter().set(value)).as(arg.toString()).isEqualTo(old);
                assertThat(f.get(owner)).as(arg.toString()).isEqualTo(value);
                assertThat((Object) arg.getter().get()).as(arg.toString()).isEqualTo(value);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(120);
    }

    @Test
    void noOptionNeedsTheConvertersTheBuildLeavesOut() {
        for (CommandSpec spec : all(annotated().getCommandSpec())) {
            for (ArgSpec arg : spec.args()) {
                List<Class<?>> types = new ArrayList<>(List.of(arg.typeInfo().getAuxiliaryTypes()));
                types.add(arg.type());
                for (Class<?> t : types) assertThat(t.getName()).as(arg.toString()).doesNotStartWith("java.time.").doesNotStartWith("java.sql.");
            }
        }
    }

    /** Same options as picocli's AutoHelpMixin (whose model the build now makes without reading them). */
    static final class StandardHelp {
        @Option(names = {"${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}"}, usageHelp = true, descriptionKey = "mixinStandardHelpOptions.help",
                description = "Show this help message and exit.")
        private boolean helpRequested;

        @Option(names = {"${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}"}, versionHelp = true, descriptionKey = "mixinStandardHelpOptions.version",
                description = "Print version information and exit.")
        private boolean versionRequested;
    }

    @Test
    void theStandardHelpOptionsAreThoseTheAnnotationsGive() {
        CommandSpec patched = CommandSpec.create().mixinStandardHelpOptions(true).mixins().get("mixinStandardHelpOptions");
        CommandSpec fromAnnotations = CommandSpec.forAnnotatedObject(new StandardHelp());
        Map<String, String> a = describe(fromAnnotations, "help", new String[0]);
        Map<String, String> p = describe(patched, "help", new String[0]);
        a.replaceAll((k, v) -> v.replace(StandardHelp.class.getName(), "picocli.CommandLine$AutoHelpMixin"));
        assertThat(p).containsExactlyEntriesOf(a);
    }

    // ---------------------------------------------------------------- model description

    private static List<CommandSpec> all(CommandSpec root) {
        List<CommandSpec> out = new ArrayList<>(List.of(root));
        for (CommandLine sub : root.subcommands().values()) out.addAll(all(sub.getCommandSpec()));
        return out;
    }

    private static Map<String, String> describe(CommandSpec spec) {
        return describe(spec, spec.qualifiedName(), new String[0]);
    }

    /** Every attribute, keyed by where it is ("sspr-doctor faq list option --format arity"). */
    static Map<String, String> describe(CommandSpec spec, String at, String[] unused) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(at + " name", spec.name());
        out.put(at + " qualifiedName", spec.qualifiedName());
        out.put(at + " aliases", Arrays.toString(spec.aliases()));
        out.put(at + " version", Arrays.toString(spec.version()));
        out.put(at + " versionProvider", spec.versionProvider() == null ? "null" : spec.versionProvider().getClass().getName());
        out.put(at + " scopeType", String.valueOf(spec.scopeType()));
        out.put(at + " inherited", String.valueOf(spec.inherited()));
        out.put(at + " mixinStandardHelpOptions", String.valueOf(spec.mixinStandardHelpOptions()));
        out.put(at + " helpCommand", String.valueOf(spec.helpCommand()));
        out.put(at + " interpolateVariables", String.valueOf(spec.interpolateVariables()));
        out.put(at + " subcommandsRepeatable", String.valueOf(spec.subcommandsRepeatable()));
        out.put(at + " isAddMethodSubcommands", String.valueOf(spec.isAddMethodSubcommands()));
        out.put(at + " exitCodes", spec.exitCodeOnSuccess() + " " + spec.exitCodeOnUsageHelp() + " " + spec.exitCodeOnVersionHelp()
                + " " + spec.exitCodeOnInvalidInput() + " " + spec.exitCodeOnExecutionException());
        out.put(at + " defaultValueProvider", String.valueOf(spec.defaultValueProvider()));
        out.put(at + " modelTransformer", String.valueOf(spec.modelTransformer()));
        out.put(at + " preprocessor", spec.preprocessor().getClass().getName());
        out.put(at + " negatableOptionTransformer", spec.negatableOptionTransformer().getClass().getName());
        out.put(at + " resourceBundleBaseName", String.valueOf(spec.resourceBundleBaseName()));
        out.put(at + " userObject", spec.userObject() == null ? "null" : spec.userObject().getClass().getName());
        out.put(at + " unmatched", String.valueOf(spec.unmatchedArgsBindings().size()));
        out.put(at + " argGroups", String.valueOf(spec.argGroups().size()));
        out.put(at + " requiredArgs", names(spec.requiredArgs()));
        out.put(at + " options", names(spec.options()));
        out.put(at + " optionsMap", String.valueOf(new TreeMap<>(spec.optionsMap()).keySet()));
        out.put(at + " negatedOptionsMap", String.valueOf(new TreeMap<>(spec.negatedOptionsMap()).keySet()));
        out.put(at + " positionalParameters", names(spec.positionalParameters()));
        out.put(at + " mixins", String.valueOf(spec.mixins().keySet()));
        for (Map.Entry<String, CommandSpec> m : spec.mixins().entrySet()) {
            out.put(at + " mixin " + m.getKey(), m.getValue().toString().replaceAll("@[0-9a-f]+\\)$", ")")); // an identity hash
            out.put(at + " mixin " + m.getKey() + " options", names(m.getValue().options()));
            out.put(at + " mixin " + m.getKey() + " userObject", m.getValue().userObject().getClass().getName());
        }
        out.put(at + " subcommands", String.valueOf(spec.subcommands().keySet()));
        properties(spec.parser(), at + " parser", Set.of(), out);
        properties(spec.usageMessage(), at + " usage", Set.of("messages", "sectionMap", "helpSectionRenderers"), out);
        for (OptionSpec o : spec.options()) arg(o, at + " option " + o.longestName(), out);
        for (PositionalParamSpec p : spec.positionalParameters()) arg(p, at + " parameter " + p.index(), out);
        for (Map.Entry<String, CommandLine> e : spec.subcommands().entrySet()) {
            out.putAll(describe(e.getValue().getCommandSpec(), at + " " + e.getKey(), unused));
        }
        return out;
    }

    private static String names(java.util.Collection<? extends ArgSpec> args) {
        List<String> out = new ArrayList<>();
        for (ArgSpec a : args) out.add(a instanceof OptionSpec o ? String.join("|", o.names()) : ((PositionalParamSpec) a).paramLabel());
        return out.toString();
    }

    /** Not compared: how a value is reached (checked by the getter/setter test), the owner, and the parse state. */
    private static final Set<String> NOT_COMPARED = Set.of("getter", "setter", "scope", "userObject", "command", "group", "messages",
            "toBuilder", "hashCode", "getClass", "root", "typeInfo", "stringValues", "typedValues", "originalStringValues",
            "getValue", "rawStringValues");

    private static void arg(ArgSpec a, String at, Map<String, String> out) {
        properties(a, at, NOT_COMPARED, out);
        out.put(at + " root", a.root() == null ? "null" : a.root() == a ? "self" : a.root().toString());
        out.put(at + " command", a.command() == null ? "null" : a.command().qualifiedName());
        ITypeInfo t = a.typeInfo();
        // not compared: getActualGenericTypeArguments (only @Unmatched fields use it; the generated model has none)
        properties(t, at + " typeInfo", Set.of("getActualGenericTypeArguments", "getAuxiliaryTypeInfos", "getClass", "hashCode", "toString"), out);
    }

    /** The public getters (no arguments, declared in picocli's model classes). */
    private static void properties(Object o, String at, Set<String> skip, Map<String, String> out) {
        List<Method> methods = new ArrayList<>();
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || m.getReturnType() == void.class || Modifier.isStatic(m.getModifiers())) continue;
            if (!m.getDeclaringClass().getName().startsWith("picocli.")) continue;
            if (skip.contains(m.getName())) continue;
            methods.add(m);
        }
        methods.sort(Comparator.comparing(Method::getName));
        for (Method m : methods) {
            Object v;
            try {
                m.setAccessible(true);
                v = m.invoke(o);
            } catch (ReflectiveOperationException | RuntimeException e) {
                v = "threw " + (e.getCause() == null ? e : e.getCause()).getClass().getName();
            }
            out.put(at + " " + m.getName(), value(v));
        }
    }

    private static String value(Object v) {
        if (v == null) return "null";
        if (v instanceof Object[] a) {
            List<String> l = new ArrayList<>();
            for (Object x : a) l.add(value(x));
            return l.toString();
        }
        if (v instanceof Range r) return r + " unspecified=" + r.isUnspecified() + " relative=" + r.isRelative() + " original=" + r.originalValue();
        if (v instanceof Class<?> c) return c.getName();
        if (v instanceof Map<?, ?> m) {
            Map<String, String> s = new LinkedHashMap<>();
            m.forEach((k, x) -> s.put(String.valueOf(k), value(x)));
            return s.toString();
        }
        if (v instanceof Iterable<?> it && !(v instanceof Path)) {
            List<String> l = new ArrayList<>();
            for (Object x : it) l.add(value(x));
            return v.getClass().getName().startsWith("sspr.") ? v.getClass().getName() + l : l.toString();
        }
        if (v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof Character || v instanceof Enum<?>) return v.toString();
        if (v instanceof CommandSpec c) return "spec " + c.qualifiedName();
        if (v instanceof ArgSpec a) return "arg " + a;
        // anything else (converters, transformers, providers): which kind, not which instance
        return v.getClass().getName();
    }

    // ---------------------------------------------------------------- bindings

    private static Object owner(CommandSpec spec, ArgSpec arg) {
        for (CommandSpec m : spec.mixins().values()) {
            if (m.args().contains(arg)) return m.userObject() != null && m.userObject().getClass().getName().startsWith("picocli.") ? null : m.userObject();
        }
        return spec.userObject();
    }

    private static Field field(Class<?> c, ArgSpec arg) {
        String name = arg.toString().substring(arg.toString().lastIndexOf('.') + 1);
        try {
            return c.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(arg + " has no field in " + c, e);
        }
    }

    private static Object sample(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) return true;
        if (type == Integer.class || type == int.class) return 42;
        if (type == String.class) return "x";
        if (type == Path.class) return Path.of("x");
        if (type == List.class) return new ArrayList<>(List.of("x"));
        if (type.isEnum()) return type.getEnumConstants()[type.getEnumConstants().length - 1];
        throw new AssertionError("no sample for " + type);
    }
}
