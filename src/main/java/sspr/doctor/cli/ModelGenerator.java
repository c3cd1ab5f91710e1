package sspr.doctor.cli;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Range;
import picocli.CommandLine.Spec;

/**
 * Build step (process-classes): writes {@code GeneratedModels.java}, which builds every command's
 * picocli model through picocli's programmatic API, and compiles it over the stand-in class of the
 * same name. The annotations stay the one source of truth; reading them at run time cost start-up
 * (reflection, and annotation proxy classes made at run time that no class-data archive can hold).
 * The generated code sets exactly what picocli's own annotation reader sets, in the same order;
 * {@code GeneratedModelsTest} checks that both models agree. Anything this generator does not
 * know how to reproduce stops the build rather than being left out.
 *
 * <p>It also writes {@code GeneratedDirect.java} ({@link DirectGenerator}), compiled in the same step.
 *
 * <p>Arguments: the classes folder, the folder for the generated source.
 */
final class ModelGenerator {
    private final StringBuilder methods = new StringBuilder();
    /** Declaring class → its bound fields, in order (the binding's case numbers). */
    private final Map<Class<?>, List<Field>> bound = new LinkedHashMap<>();
    private final List<Class<?>> commands = new ArrayList<>();

    private ModelGenerator() {}

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path sources = Path.of(args[1]);
        Path file = sources.resolve("sspr/doctor/cli/GeneratedModels.java");
        Path direct = sources.resolve("sspr/doctor/cli/GeneratedDirect.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, generate(), StandardCharsets.UTF_8);
        Files.writeString(direct, DirectGenerator.generate(), StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) throw new IllegalStateException("no Java compiler: the build needs a JDK");
        int rc = javac.run(null, null, null, "--release", "17", "-proc:none", "-encoding", "UTF-8", "-implicit:none",
                "-classpath", classes + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                "-d", classes.toString(), file.toString(), direct.toString());
        if (rc != 0) throw new IllegalStateException("GeneratedModels.java or GeneratedDirect.java does not compile (exit " + rc + ")");
    }

    /** The source of {@code GeneratedModels}. */
    static String generate() {
        return new ModelGenerator().source();
    }

    private String source() {
        List<Class<?>> tops = new ArrayList<>();
        for (Supplier<Object> s : CommandLines.SUBCOMMANDS.values()) tops.add(s.get().getClass());
        command(SsprDoctor.class);
        for (Class<?> c : tops) command(c);
        StringBuilder s = new StringBuilder();
        s.append("package sspr.doctor.cli;\n\n")
                .append("import picocli.CommandLine;\n")
                .append("import picocli.CommandLine.Model.CommandSpec;\n")
                .append("import picocli.CommandLine.Model.OptionSpec;\n")
                .append("import picocli.CommandLine.Model.PositionalParamSpec;\n")
                .append("import picocli.CommandLine.Range;\n")
                .append("import picocli.CommandLine.ScopeType;\n\n")
                .append("/** Generated at build time by ModelGenerator from the commands' annotations: do not edit. */\n")
                .append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n")
                .append("final class GeneratedModels {\n")
                .append("    private GeneratedModels() {}\n\n")
                .append("    static CommandSpec root(SsprDoctor c) {\n        return of(c, null);\n    }\n\n");
        s.append("    static CommandSpec of(Object c, String only) {\n");
        for (Class<?> c : commands) {
            s.append("        if (c instanceof ").append(src(c)).append(") return of((").append(src(c)).append(") c, only);\n");
        }
        s.append("        throw new IllegalArgumentException(\"not a command: \" + c);\n    }\n\n");
        s.append("    static String[] nested(String command) {\n        switch (command) {\n");
        for (Map.Entry<String, Supplier<Object>> e : CommandLines.SUBCOMMANDS.entrySet()) {
            Class<?> c = e.getValue().get().getClass();
            Command cmd = c.getAnnotation(Command.class);
            if (cmd.subcommands().length == 0 || hasOwnArguments(c)) continue;
            s.append("            case ").append(str(e.getKey())).append(": return new String[] {");
            for (int i = 0; i < cmd.subcommands().length; i++) {
                s.append(i == 0 ? "" : ", ").append(str(cmd.subcommands()[i].getAnnotation(Command.class).name()));
            }
            s.append("};\n");
        }
        s.append("            default: return null;\n        }\n    }\n");
        s.append(methods);
        for (Map.Entry<Class<?>, List<Field>> e : bound.entrySet()) binding(e.getKey(), e.getValue(), s);
        s.append("}\n");
        return s.toString();
    }

    /** Whether the command has options or parameters of its own (then its subcommand cannot be told from the arguments cheaply). */
    static boolean hasOwnArguments(Class<?> c) {
        for (Field f : c.getDeclaredFields()) {
            if (f.isAnnotationPresent(Option.class) || f.isAnnotationPresent(Parameters.class) || f.isAnnotationPresent(Mixin.class)) return true;
        }
        return false;
    }

    /** A new object of a command class, through its no-argument constructor. */
    static Object instance(Class<?> c) {
        try {
            var k = c.getDeclaredConstructor();
            k.setAccessible(true);
            return k.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + c, e);
        }
    }

    /** Emits {@code of(C c, String only)} for a command class, and for its subcommands. */
    private void command(Class<?> c) {
        if (commands.contains(c)) return;
        commands.add(c);
        Command cmd = c.getAnnotation(Command.class);
        if (cmd == null) throw fail(c, "has no @Command");
        if (c.getSuperclass() != Object.class) throw fail(c, "extends " + c.getSuperclass() + ": not supported");
        for (Method m : c.getDeclaredMethods()) {
            for (Annotation a : m.getAnnotations()) {
                if (a.annotationType().getName().startsWith("picocli.")) throw fail(c, "annotated method " + m + ": not supported");
            }
        }
        accessible(c);
        CommandSpec annotated = CommandSpec.forAnnotatedObject(instance(c));
        StringBuilder m = new StringBuilder();
        m.append("\n    /** ").append(c.getName()).append(" */\n");
        m.append("    static CommandSpec of(").append(src(c)).append(" c, String only) {\n");
        m.append("        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);\n");
        commandAttributes(c, cmd, m);
        for (Class<?> sub : cmd.subcommands()) {
            Command subCmd = sub.getAnnotation(Command.class);
            if (subCmd == null) throw fail(sub, "has no @Command");
            accessible(sub);
            m.append("        if (only == null || only.equals(").append(str(subCmd.name())).append(")) spec.addSubcommand(")
                    .append(str(subCmd.name())).append(", new CommandLine(of(new ").append(src(sub)).append("(), null)));\n");
        }
        members(c, "c", "spec", annotated, m);
        if (cmd.mixinStandardHelpOptions()) m.append("        spec.mixinStandardHelpOptions(true);\n");
        m.append("        return spec;\n    }\n");
        methods.append(m);
        for (Class<?> sub : cmd.subcommands()) command(sub);
    }

    /** What {@code CommandSpec.updateCommandAttributes} sets from {@code @Command}: only supported attributes may differ from their defaults. */
    private static void commandAttributes(Class<?> c, Command cmd, StringBuilder m) {
        for (String unsupported : List.of("aliases", "version", "helpCommand", "subcommandsRepeatable", "addMethodSubcommands",
                "modelTransformer", "defaultValueProvider", "preprocessor", "separator", "exitCodeOnSuccess", "exitCodeOnUsageHelp",
                "exitCodeOnVersionHelp", "exitCodeOnInvalidInput", "exitCodeOnExecutionException", "resourceBundle", "exitCodeList",
                "customSynopsis")) {
            if (!isDefault(cmd, unsupported)) throw fail(c, "@Command(" + unsupported + ") is not supported by the model generator");
        }
        if (!cmd.name().equals("<main class>")) m.append("        spec.name(").append(str(cmd.name())).append(");\n");
        // the usage message attributes, as UsageMessageSpec.updateFromCommand sets them (only when not the default)
        String[][] usage = {
            {"abbreviateSynopsis", "abbreviateSynopsis"}, {"usageHelpAutoWidth", "autoWidth"}, {"commandListHeading", "commandListHeading"},
            {"description", "description"}, {"descriptionHeading", "descriptionHeading"}, {"exitCodeListHeading", "exitCodeListHeading"},
            {"footer", "footer"}, {"footerHeading", "footerHeading"}, {"header", "header"}, {"headerHeading", "headerHeading"},
            {"hidden", "hidden"}, {"optionListHeading", "optionListHeading"}, {"parameterListHeading", "parameterListHeading"},
            {"requiredOptionMarker", "requiredOptionMarker"}, {"showAtFileInUsageHelp", "showAtFileInUsageHelp"},
            {"showDefaultValues", "showDefaultValues"}, {"showEndOfOptionsDelimiterInUsageHelp", "showEndOfOptionsDelimiterInUsageHelp"},
            {"sortOptions", "sortOptions"}, {"sortSynopsis", "sortSynopsis"}, {"synopsisHeading", "synopsisHeading"},
            {"synopsisSubcommandLabel", "synopsisSubcommandLabel"}, {"usageHelpWidth", "width"}};
        for (String[] u : usage) {
            if (isDefault(cmd, u[0])) continue;
            m.append("        spec.usageMessage().").append(u[1]).append("(").append(literal(attribute(cmd, u[0]))).append(");\n");
        }
        m.append("        spec.scopeType(ScopeType.").append(cmd.scope().name()).append(");\n");
        if (!isDefault(cmd, "versionProvider")) {
            accessible(cmd.versionProvider());
            m.append("        spec.versionProvider(new ").append(src(cmd.versionProvider())).append("());\n");
        }
    }

    /** Options, parameters, mixins and {@code @Spec} fields, in declaration order, as picocli's annotation reader adds them. */
    private void members(Class<?> c, String target, String spec, CommandSpec annotated, StringBuilder m) {
        for (Field f : c.getDeclaredFields()) {
            boolean option = f.isAnnotationPresent(Option.class);
            boolean param = f.isAnnotationPresent(Parameters.class);
            boolean mixin = f.isAnnotationPresent(Mixin.class);
            boolean specField = f.isAnnotationPresent(Spec.class);
            for (Annotation a : f.getAnnotations()) {
                String n = a.annotationType().getName();
                if (n.startsWith("picocli.") && !(option || param || mixin || specField)) throw fail(c, "field " + f.getName() + ": @" + n + " is not supported");
            }
            if (!(option || param || mixin || specField)) continue;
            if (Modifier.isPrivate(f.getModifiers()) || Modifier.isStatic(f.getModifiers())) throw fail(c, "field " + f.getName() + " must be neither private nor static");
            if (specField) {
                if (f.getAnnotation(Spec.class).value() != Spec.Target.SELF) throw fail(c, "@Spec(MIXEE) is not supported");
                m.append("        ").append(target).append(".").append(f.getName()).append(" = ").append(spec).append(";\n");
            }
            if (mixin) {
                Class<?> type = f.getType();
                accessible(type);
                String name = f.getAnnotation(Mixin.class).name().isEmpty() ? f.getName() : f.getAnnotation(Mixin.class).name();
                CommandSpec mixinSpec = annotated.mixins().get(name);
                if (mixinSpec == null) throw fail(c, "mixin " + name + " not found in picocli's model");
                if (type.isAnnotationPresent(Command.class)) throw fail(type, "a mixin with @Command is not supported");
                if (type.getSuperclass() != Object.class) throw fail(type, "a mixin that extends a class is not supported");
                String var = "m" + m.length();
                m.append("        ").append(src(type)).append(" ").append(var).append(" = ").append(target).append(".").append(f.getName()).append(";\n");
                m.append("        if (").append(var).append(" == null) { ").append(var).append(" = new ").append(src(type)).append("(); ")
                        .append(target).append(".").append(f.getName()).append(" = ").append(var).append("; }\n");
                String mspec = var + "Spec";
                m.append("        CommandSpec ").append(mspec).append(" = CommandSpec.wrapWithoutInspection(").append(var).append(");\n");
                members(type, var, mspec, mixinSpec, m);
                m.append("        ").append(mspec).append(".withToString(").append(str(mixinSpec.toString())).append(");\n");
                m.append("        ").append(spec).append(".addMixin(").append(str(name)).append(", ").append(mspec).append(");\n");
            }
            if (option || param) {
                ArgSpec arg = null;
                for (ArgSpec a : annotated.args()) if (f.equals(a.userObject())) arg = a;
                if (arg == null) throw fail(c, "field " + f.getName() + " not found in picocli's model");
                m.append("        ").append(spec).append(".add").append(option ? "Option(" : "Positional(")
                        .append(option ? arg(f, f.getAnnotation(Option.class), arg, target) : arg(f, f.getAnnotation(Parameters.class), arg, target))
                        .append(");\n");
            }
        }
    }

    private String arg(Field f, Option o, ArgSpec arg, String target) {
        StringBuilder b = new StringBuilder("OptionSpec.builder(new String[] {");
        for (int i = 0; i < o.names().length; i++) b.append(i == 0 ? "" : ", ").append(str(o.names()[i]));
        b.append("})");
        if (o.help()) b.append(".help(true)");
        if (o.usageHelp()) b.append(".usageHelp(true)");
        if (o.versionHelp()) b.append(".versionHelp(true)");
        if (o.negatable()) b.append(".negatable(true)");
        String fallback = CommandLine.Option.NULL_VALUE.equals(o.fallbackValue()) ? null : o.fallbackValue();
        if (!Objects.equals(fallback, "")) b.append(".fallbackValue(").append(str(fallback)).append(")");
        if (o.order() != -1) b.append(".order(").append(o.order()).append(")");
        b.append(".required(").append(o.required()).append(")");
        common(b, f, arg, target, o.hideParamSyntax(), o.interactive(), o.echo(), o.prompt(), o.description(), o.descriptionKey(),
                o.split(), o.splitSynopsisLabel(), o.hidden(), o.defaultValue(), o.mapFallbackValue(), o.showDefaultValue(), o.scope(),
                o.completionCandidates(), o.converter(), o.parameterConsumer(), o.preprocessor());
        return b.append(".build()").toString();
    }

    private String arg(Field f, Parameters p, ArgSpec arg, String target) {
        StringBuilder b = new StringBuilder("PositionalParamSpec.builder()");
        Range index = ((CommandLine.Model.PositionalParamSpec) arg).index();
        b.append(".index(").append(range(index, f)).append(")");
        b.append(".required(").append(arg.arity().min() > 0).append(")");
        common(b, f, arg, target, p.hideParamSyntax(), p.interactive(), p.echo(), p.prompt(), p.description(), p.descriptionKey(),
                p.split(), p.splitSynopsisLabel(), p.hidden(), p.defaultValue(), p.mapFallbackValue(), p.showDefaultValue(), p.scope(),
                p.completionCandidates(), p.converter(), p.parameterConsumer(), p.preprocessor());
        return b.append(".build()").toString();
    }

    private void common(StringBuilder b, Field f, ArgSpec arg, String target, boolean hideParamSyntax, boolean interactive, boolean echo,
                        String prompt, String[] description, String descriptionKey, String split, String splitLabel, boolean hidden,
                        String defaultValue, String mapFallbackValue, CommandLine.Help.Visibility showDefault, CommandLine.ScopeType scope,
                        Class<? extends Iterable<String>> candidates, Class<?>[] converters, Class<?> consumer, Class<?> preprocessor) {
        if (converters.length > 0) throw fail(f.getDeclaringClass(), "field " + f.getName() + ": converters are not supported");
        if (consumer != defaultOf(Option.class, "parameterConsumer")) throw fail(f.getDeclaringClass(), "field " + f.getName() + ": parameterConsumer is not supported");
        if (preprocessor != defaultOf(Option.class, "preprocessor")) throw fail(f.getDeclaringClass(), "field " + f.getName() + ": preprocessor is not supported");
        if (interactive) throw fail(f.getDeclaringClass(), "field " + f.getName() + ": interactive is not supported");
        b.append("\n                .type(").append(src(f.getType())).append(".class)");
        Class<?>[] aux = arg.typeInfo().getAuxiliaryTypes();
        b.append(".auxiliaryTypes(");
        for (int i = 0; i < aux.length; i++) b.append(i == 0 ? "" : ", ").append(src(aux[i])).append(".class");
        b.append(")");
        b.append(".arity(").append(range(arg.arity(), f)).append(")");
        if (arg.paramLabel().contains("${")) throw fail(f.getDeclaringClass(), "field " + f.getName() + ": a variable in paramLabel is not supported");
        b.append(".paramLabel(").append(str(arg.paramLabel())).append(")");
        if (hideParamSyntax) b.append(".hideParamSyntax(true)");
        if (echo) b.append(".echo(true)");
        b.append(".prompt(").append(str(prompt)).append(")");
        b.append("\n                .description(").append(literal(description)).append(")");
        b.append(".descriptionKey(").append(str(descriptionKey)).append(")");
        if (!split.isEmpty()) b.append(".splitRegex(").append(str(split)).append(")");
        if (!splitLabel.isEmpty()) b.append(".splitRegexSynopsisLabel(").append(str(splitLabel)).append(")");
        if (hidden) b.append(".hidden(true)");
        // as the annotation reader: the "null" marker is null; "no default" stays, and ArgSpec turns it into null
        b.append(".defaultValue(").append(str(CommandLine.Option.NULL_VALUE.equals(defaultValue) ? null : defaultValue)).append(")");
        String mapFallback = CommandLine.Option.NULL_VALUE.equals(mapFallbackValue) ? null : mapFallbackValue;
        if (!"__unspecified__".equals(mapFallback)) {
            if (arg.isOption()) b.append(".mapFallbackValue(").append(str(mapFallback)).append(")");
            else throw fail(f.getDeclaringClass(), "field " + f.getName() + ": mapFallbackValue on a parameter is not supported");
        }
        if (showDefault != CommandLine.Help.Visibility.ON_DEMAND) b.append(".showDefaultValue(CommandLine.Help.Visibility.").append(showDefault.name()).append(")");
        if (scope != CommandLine.ScopeType.LOCAL) b.append(".scopeType(ScopeType.").append(scope.name()).append(")");
        if (candidates != defaultOf(Option.class, "completionCandidates")) {
            accessible(candidates);
            b.append(".completionCandidates(new ").append(src(candidates)).append("())");
        }
        int n = bind(f);
        String binding = "new " + bindingName(f.getDeclaringClass()) + "(" + target + ", " + n + ")";
        b.append("\n                .initialValue(").append(target).append(".").append(f.getName()).append(").hasInitialValue(true)")
                .append(".getter(").append(binding).append(").setter(").append(binding).append(")");
        b.append(".withToString(").append(str(arg.toString())).append(")");
    }

    /** The expression that makes {@code r}: {@code Range.valueOf} of its text, checked to give the same range. */
    private static String range(Range r, Field f) {
        String text = r.originalValue();
        Range again = Range.valueOf(text).unspecified(r.isUnspecified());
        if (!again.equals(r) || again.isRelative() != r.isRelative() || again.isUnspecified() != r.isUnspecified()
                || !Objects.equals(again.originalValue(), r.originalValue()) || !again.toString().equals(r.toString())) {
            throw fail(f.getDeclaringClass(), "field " + f.getName() + ": range " + r + " cannot be rebuilt from its text");
        }
        return "Range.valueOf(" + str(text) + ")" + (r.isUnspecified() ? ".unspecified(true)" : "");
    }

    private int bind(Field f) {
        List<Field> fields = bound.computeIfAbsent(f.getDeclaringClass(), k -> new ArrayList<>());
        if (fields.contains(f)) return fields.indexOf(f); // a mixin's field, bound for a second command
        fields.add(f);
        return fields.size() - 1;
    }

    private static String bindingName(Class<?> c) {
        return "Binding_" + c.getName().substring(c.getPackageName().length() + 1).replace('$', '_');
    }

    /** One getter/setter class per class with bound fields: the field is picked by its number. */
    private static void binding(Class<?> c, List<Field> fields, StringBuilder s) {
        String name = bindingName(c);
        s.append("\n    /** Reads and writes the option fields of ").append(c.getName()).append(" (picocli's FieldBinding, without reflection). */\n");
        s.append("    private static final class ").append(name).append(" implements CommandLine.Model.IGetter, CommandLine.Model.ISetter {\n");
        s.append("        private final ").append(src(c)).append(" t;\n        private final int f;\n\n");
        s.append("        ").append(name).append("(").append(src(c)).append(" t, int f) {\n            this.t = t;\n            this.f = f;\n        }\n\n");
        s.append("        @Override\n        public <T> T get() {\n            switch (f) {\n");
        for (int i = 0; i < fields.size(); i++) {
            s.append("                case ").append(i).append(": return (T) (Object) t.").append(fields.get(i).getName()).append(";\n");
        }
        s.append("                default: throw new IllegalStateException();\n            }\n        }\n\n");
        s.append("        @Override\n        public <T> T set(T value) {\n            Object old;\n            switch (f) {\n");
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            s.append("                case ").append(i).append(": old = t.").append(f.getName()).append("; t.").append(f.getName())
                    .append(" = (").append(boxed(f.getGenericType())).append(") value; return (T) old;\n");
        }
        s.append("                default: throw new IllegalStateException();\n            }\n        }\n    }\n");
    }

    private static String boxed(Type t) {
        if (t == boolean.class) return "Boolean";
        if (t == int.class) return "Integer";
        if (t == long.class) return "Long";
        if (t == double.class) return "Double";
        if (t instanceof Class<?> c && c.isPrimitive()) throw new IllegalStateException("primitive " + c + " is not supported");
        return src(t);
    }

    /** Java source for a type. */
    static String src(Type t) {
        if (t instanceof Class<?> c) {
            if (c.isArray()) return src(c.getComponentType()) + "[]";
            if (c.isPrimitive()) return c.getName();
            if (c.getCanonicalName() == null) throw new IllegalStateException("no canonical name: " + c);
            return c.getCanonicalName();
        }
        if (t instanceof ParameterizedType p) {
            StringBuilder b = new StringBuilder(src(p.getRawType())).append('<');
            Type[] args = p.getActualTypeArguments();
            for (int i = 0; i < args.length; i++) b.append(i == 0 ? "" : ", ").append(src(args[i]));
            return b.append('>').toString();
        }
        throw new IllegalStateException("type " + t + " is not supported");
    }

    private static void accessible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (Modifier.isPrivate(k.getModifiers())) throw fail(c, "is private: the generated code cannot reach it");
            if (k.getEnclosingClass() != null && !Modifier.isStatic(k.getModifiers())) throw fail(c, "is an inner (non-static) class");
        }
        if (!c.getPackageName().equals(ModelGenerator.class.getPackageName()) && !Modifier.isPublic(c.getModifiers())) {
            throw fail(c, "is not public and outside " + ModelGenerator.class.getPackageName());
        }
        try {
            if (Modifier.isPrivate(c.getDeclaredConstructor().getModifiers())) throw fail(c, "has a private constructor");
        } catch (NoSuchMethodException e) {
            // interfaces and the like: never instantiated by the generated code
        }
    }

    private static Object attribute(Command cmd, String name) {
        try {
            return Command.class.getMethod(name).invoke(cmd);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("@Command has no " + name, e);
        }
    }

    private static boolean isDefault(Command cmd, String name) {
        try {
            Object def = Command.class.getMethod(name).getDefaultValue();
            return Objects.deepEquals(attribute(cmd, name), def);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("@Command has no " + name, e);
        }
    }

    private static String literal(Object v) {
        if (v instanceof String s) return str(s);
        if (v instanceof String[] a) {
            StringBuilder b = new StringBuilder("new String[] {");
            for (int i = 0; i < a.length; i++) b.append(i == 0 ? "" : ", ").append(str(a[i]));
            return b.append('}').toString();
        }
        if (v instanceof Boolean || v instanceof Integer) return v.toString();
        if (v instanceof Character ch) return str(String.valueOf(ch)).replace('"', '\'');
        throw new IllegalStateException("literal " + v + " is not supported");
    }

    /** A Java string literal (or null). */
    static String str(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20 || ch > 0x7e) b.append(String.format("\\u%04x", (int) ch));
                    else b.append(ch);
                }
            }
        }
        return b.append('"').toString();
    }

    private static IllegalStateException fail(Class<?> c, String why) {
        return new IllegalStateException("model generator: " + c.getName() + " " + why);
    }

    private static Object defaultOf(Class<? extends Annotation> annotation, String name) {
        try {
            return annotation.getMethod(name).getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
