package sspr.doctor.cli;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Build step, beside {@link ModelGenerator}: writes {@code GeneratedDirect.java}, the tables {@link DirectLine}
 * parses the everyday command lines with, without picocli. The annotations stay the one source: every option
 * of a command run that way is described here, with how its text is converted and its default; an option
 * whose reading this does not reproduce exactly is marked not parsable (its presence sends the arguments to
 * picocli), and anything it cannot describe at all stops the build.
 *
 * <p>A leaf command is run without picocli when it declares a {@link DirectInvocation} field named {@code direct}:
 * its code then reaches the root and the given options through it when its {@code @Spec} is not set.
 */
final class DirectGenerator {
    private final StringBuilder hasSubcommands = new StringBuilder();
    private final StringBuilder exists = new StringBuilder();
    private final StringBuilder commands = new StringBuilder();
    private final StringBuilder options = new StringBuilder();
    private final StringBuilder setters = new StringBuilder();
    private final StringBuilder attach = new StringBuilder();
    private int fields;

    private DirectGenerator() {}

    /** The source of {@code GeneratedDirect}. */
    static String generate() {
        return new DirectGenerator().source();
    }

    private String source() {
        Map<String, Class<?>> tops = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<Object>> e : CommandLines.SUBCOMMANDS.entrySet()) tops.put(e.getKey(), e.getValue().get().getClass());
        rootOptions();
        hasSubcommands.append("            case \"\": return true;\n");
        for (Map.Entry<String, Class<?>> e : tops.entrySet()) command(e.getKey(), e.getValue());
        return "package sspr.doctor.cli;\n\n"
                + "import sspr.doctor.cli.DirectOption.Kind;\n\n"
                + "/** Generated at build time by DirectGenerator from the commands' annotations: do not edit. Names no picocli type. */\n"
                + "@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n"
                + "final class GeneratedDirect {\n"
                + "    private GeneratedDirect() {}\n\n"
                + "    static boolean hasSubcommands(String path) {\n        switch (path) {\n" + hasSubcommands
                + "            default: return false;\n        }\n    }\n\n"
                + "    static boolean exists(String path) {\n        switch (path) {\n" + exists
                + "            default: return false;\n        }\n    }\n\n"
                + "    static Object command(String path) {\n        switch (path) {\n" + commands
                + "            default: return null;\n        }\n    }\n\n"
                + "    static DirectOption[] options(String path) {\n        switch (path) {\n" + options
                + "            default: return null;\n        }\n    }\n\n"
                + "    static void set(Object target, int field, Object value) {\n        switch (field) {\n" + setters
                + "            default: throw new IllegalArgumentException(\"no field \" + field);\n        }\n    }\n\n"
                + "    static void attach(Object command, DirectInvocation invocation) {\n" + attach
                + "        throw new IllegalArgumentException(\"not run without picocli: \" + command);\n    }\n"
                + "}\n";
    }

    /** The root's options: global, so accepted at every level (each must be inherited, as picocli then accepts it there). */
    private void rootOptions() {
        StringBuilder list = new StringBuilder();
        CommandSpec spec = CommandSpec.forAnnotatedObject(new SsprDoctor());
        for (Field f : SsprDoctor.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(Parameters.class) || f.isAnnotationPresent(Mixin.class)) throw fail(SsprDoctor.class, "root parameters and mixins are not supported");
            if (!f.isAnnotationPresent(Option.class)) continue;
            OptionSpec o = (OptionSpec) argOf(spec, f);
            if (o.scopeType() != CommandLine.ScopeType.INHERIT) throw fail(SsprDoctor.class, "root option " + f.getName() + " is not inherited");
            list.append(option(f, o, "SsprDoctor", "((SsprDoctor) target)"));
        }
        options.append("            case \"\": return new DirectOption[] {\n").append(list).append("            };\n");
    }

    private void command(String path, Class<?> c) {
        Command cmd = c.getAnnotation(Command.class);
        exists.append("            case ").append(ModelGenerator.str(path)).append(": return true;\n");
        if (cmd.subcommands().length > 0) {
            hasSubcommands.append("            case ").append(ModelGenerator.str(path)).append(": return true;\n");
            // words before a subcommand's name: only the global options, so the command must have none of its own
            if (!ModelGenerator.hasOwnArguments(c)) options.append("            case ").append(ModelGenerator.str(path)).append(": return new DirectOption[0];\n");
            for (Class<?> sub : cmd.subcommands()) command(path + " " + sub.getAnnotation(Command.class).name(), sub);
            return;
        }
        Field direct = null;
        for (Field f : c.getDeclaredFields()) if (f.getType() == DirectInvocation.class) direct = f;
        if (direct == null) return;
        if (!direct.getName().equals("direct") || Modifier.isPrivate(direct.getModifiers())) throw fail(c, "the DirectInvocation field must be 'direct', not private");
        String type = ModelGenerator.src(c);
        Object instance = ModelGenerator.instance(c);
        CommandSpec spec = CommandSpec.forAnnotatedObject(instance);
        StringBuilder make = new StringBuilder("            case " + ModelGenerator.str(path) + ": {\n                " + type + " c = new " + type + "();\n");
        StringBuilder list = new StringBuilder();
        int positionals = 0;
        for (Field f : c.getDeclaredFields()) {
            if (f.isAnnotationPresent(Mixin.class)) {
                Class<?> m = f.getType();
                make.append("                if (c.").append(f.getName()).append(" == null) c.").append(f.getName()).append(" = new ")
                        .append(ModelGenerator.src(m)).append("();\n");
                String name = f.getAnnotation(Mixin.class).name().isEmpty() ? f.getName() : f.getAnnotation(Mixin.class).name();
                CommandSpec mixin = spec.mixins().get(name);
                for (Field mf : m.getDeclaredFields()) {
                    if (mf.isAnnotationPresent(Parameters.class) || mf.isAnnotationPresent(Mixin.class)) throw fail(m, "mixin parameters and nested mixins are not supported");
                    if (!mf.isAnnotationPresent(Option.class)) continue;
                    list.append(option(mf, (OptionSpec) argOf(mixin, mf), type, "((" + type + ") target)." + f.getName()));
                }
            } else if (f.isAnnotationPresent(Option.class)) {
                list.append(option(f, (OptionSpec) argOf(spec, f), type, "((" + type + ") target)"));
            } else if (f.isAnnotationPresent(Parameters.class)) {
                if (++positionals > 1) throw fail(c, "more than one positional parameter is not supported");
                list.append(option(f, argOf(spec, f), type, "((" + type + ") target)"));
            }
        }
        make.append("                return c;\n            }\n");
        commands.append(make);
        options.append("            case ").append(ModelGenerator.str(path)).append(": return new DirectOption[] {\n").append(list).append("            };\n");
        attach.append("        if (command instanceof ").append(type).append(" c) {\n            c.direct = invocation;\n            return;\n        }\n");
    }

    /** One {@code new DirectOption(...)} line, and its case in {@code set}. */
    private String option(Field f, ArgSpec arg, String owner, String target) {
        Class<?> type = f.getType();
        boolean multiple = List.class.isAssignableFrom(type);
        if (multiple) type = arg.auxiliaryTypes()[0];
        else if (type.isArray() || java.util.Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) throw fail(f.getDeclaringClass(), "field " + f.getName() + ": " + type + " is not supported");
        DirectOption.Kind kind = kind(type);
        boolean parsable = kind != DirectOption.Kind.OTHER;
        CommandLine.Range arity = arg.arity();
        if (kind == DirectOption.Kind.FLAG) {
            parsable &= arg.isOption() && arity.min() == 0 && arity.max() == 0 && !multiple;
        } else if (arg.isOption()) {
            parsable &= arity.min() == 1 && arity.max() == 1;
        } else {
            CommandLine.Range index = ((CommandLine.Model.PositionalParamSpec) arg).index();
            parsable &= index.min() == 0 && arity.min() <= 1 && (multiple ? arity.max() == Integer.MAX_VALUE && index.max() == Integer.MAX_VALUE : arity.max() == 1);
        }
        if (arg instanceof OptionSpec o) {
            Option a = f.getAnnotation(Option.class);
            parsable &= !o.negatable() && !o.usageHelp() && !o.versionHelp() && !o.help() && !a.interactive()
                    && (CommandLine.Option.NULL_VALUE.equals(a.fallbackValue()) || a.fallbackValue().isEmpty());
            if (o.scopeType() != CommandLine.ScopeType.LOCAL && !owner.equals("SsprDoctor")) throw fail(f.getDeclaringClass(), "field " + f.getName() + ": inherited options below the root are not supported");
        }
        String split = arg.splitRegex();
        boolean listSplit = split.equals(EmptyArguments.LIST_SPLIT);
        parsable &= split.isEmpty() || listSplit;
        // a list option appends to its field: picocli's handling of a list the field starts with is not reproduced
        if (multiple && arg.initialValue() != null) throw fail(f.getDeclaringClass(), "field " + f.getName() + ": a list with an initial value is not supported");
        String defaultValue = arg.defaultValue();
        if (defaultValue != null) {
            if (defaultValue.contains("${")) throw fail(f.getDeclaringClass(), "field " + f.getName() + ": a variable in defaultValue is not supported");
            if (multiple) throw fail(f.getDeclaringClass(), "field " + f.getName() + ": a default for a list is not supported");
            DirectOption check = new DirectOption(new String[0], kind, parsable, false, false, false, defaultValue, choices(type), 0);
            if (check.convert(defaultValue) == null) throw fail(f.getDeclaringClass(), "field " + f.getName() + ": default " + defaultValue + " cannot be converted here");
        }
        int id = fields++;
        StringBuilder b = new StringBuilder("                new DirectOption(new String[] {");
        if (arg instanceof OptionSpec o) {
            for (int i = 0; i < o.names().length; i++) b.append(i == 0 ? "" : ", ").append(ModelGenerator.str(o.names()[i]));
        }
        b.append("}, Kind.").append(kind.name()).append(", ").append(parsable).append(", ").append(multiple).append(", ")
                .append(arg.required() || (!arg.isOption() && arity.min() > 0)).append(", ").append(listSplit).append(", ")
                .append(ModelGenerator.str(defaultValue)).append(", ")
                .append(kind == DirectOption.Kind.CHOICE ? ModelGenerator.src(type) + ".values()" : "null").append(", ").append(id).append("),\n");
        String value = "(" + ModelGenerator.src(boxed(type)) + ") value";
        setters.append("            case ").append(id).append(": ");
        if (multiple) {
            setters.append("if (").append(target).append(".").append(f.getName()).append(" == null) ").append(target).append(".").append(f.getName())
                    .append(" = new java.util.ArrayList<>(); ").append(target).append(".").append(f.getName()).append(".add(").append(value).append(");");
        } else {
            setters.append(target).append(".").append(f.getName()).append(" = ").append(value).append(";");
        }
        setters.append(" return;\n");
        return b.toString();
    }

    private static DirectOption.Kind kind(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) return DirectOption.Kind.FLAG;
        if (type == String.class) return DirectOption.Kind.TEXT;
        if (type == Path.class) return DirectOption.Kind.PATH;
        if (type == int.class || type == Integer.class) return DirectOption.Kind.NUMBER;
        if (type.isEnum()) return DirectOption.Kind.CHOICE;
        return DirectOption.Kind.OTHER;
    }

    private static Enum<?>[] choices(Class<?> type) {
        return type.isEnum() ? (Enum<?>[]) type.getEnumConstants() : null;
    }

    private static Class<?> boxed(Class<?> type) {
        if (type == boolean.class) return Boolean.class;
        if (type == int.class) return Integer.class;
        if (type.isPrimitive()) throw new IllegalStateException("primitive " + type + " is not supported");
        return type;
    }

    private static ArgSpec argOf(CommandSpec spec, Field f) {
        for (ArgSpec a : spec.args()) if (f.equals(a.userObject())) return a;
        throw fail(f.getDeclaringClass(), "field " + f.getName() + " not found in picocli's model");
    }


    private static IllegalStateException fail(Class<?> c, String why) {
        return new IllegalStateException("direct generator: " + c.getName() + " " + why);
    }
}
