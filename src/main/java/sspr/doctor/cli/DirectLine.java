package sspr.doctor.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Runs the everyday forms of the commands without picocli: loading and configuring picocli is the largest
 * share of a short run's start-up. The options, their kinds and defaults come from the commands' annotations,
 * read at build time ({@link DirectGenerator}), so there is one description of the command line.
 *
 * <p>It accepts only what picocli would accept and read the same way: every known option by its exact name
 * ({@code --name value}, {@code --name=value}, flags), the subcommand's words, its positional parameters. Anything
 * else (help, version, an unknown or repeated option, a value that could be read two ways, an argument file,
 * an empty value) is declined, and picocli parses the arguments: it alone prints help and parse errors, so
 * those read as before. {@code DirectLineAgreementTest} checks both parsers give the same fields.
 */
final class DirectLine {
    private DirectLine() {}

    /** The parsed arguments: the root and the command, their fields set, and the options given. */
    record Parsed(SsprDoctor root, Object command, Set<String> matched) {}

    /** Runs the arguments when they are a form this parser reads; null: they are picocli's. */
    static Integer run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, boolean interactive, InputStream in) {
        SsprDoctor root = new SsprDoctor(out, err, env, interactive);
        root.in = in;
        Parsed parsed = parse(args, root);
        if (parsed == null) return null;
        GeneratedDirect.attach(parsed.command(), new DirectInvocation(root, parsed.matched()));
        // as picocli's execution strategy (CommandLines): custom roles belong to one run
        sspr.doctor.diagnosis.Catalogs.useCustomRoles(List.of());
        try {
            Object result;
            if (parsed.command() instanceof Callable<?> c) result = c.call();
            else {
                ((Runnable) parsed.command()).run();
                result = null;
            }
            return result == null ? Main.OK : (Integer) result;
        } catch (Exception e) {
            return Failures.report(e, root, err);
        } finally {
            sspr.doctor.diagnosis.Catalogs.useCustomRoles(List.of());
        }
    }

    /** The arguments parsed onto {@code root} and a new command object; null when picocli must parse them. */
    static Parsed parse(String[] args, SsprDoctor root) {
        String path = "";
        DirectOption[] globals = GeneratedDirect.options("");
        if (globals == null) return null;
        apply(globals, root);
        DirectOption[] own = null;
        Object command = null;
        // by identity: a record's own hashCode is linked at run time (invokedynamic), a cost on every start
        Set<DirectOption> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<String> matched = new HashSet<>();
        List<DirectOption> positionals = new ArrayList<>();
        int positionalCount = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!plain(a)) return null;
            if (a.charAt(0) == '-') {
                String name = a;
                String value = null;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                DirectOption o = find(own, name);
                Object target = command;
                if (o == null) {
                    o = find(globals, name);
                    target = root;
                }
                if (o == null || !o.parsable() || (!o.multiple() && !seen.add(o))) return null;
                if (o.kind() == DirectOption.Kind.FLAG) {
                    if (value != null) return null;
                    GeneratedDirect.set(target, o.field(), Boolean.TRUE);
                } else {
                    if (value == null) {
                        if (i + 1 == args.length) return null;
                        value = args[++i];
                    }
                    if (!plain(value) || (value.charAt(0) == '-' && value.length() > 1) || subcommand(path, value)) return null;
                    if (!set(o, target, value)) return null;
                }
                for (String n : o.names()) matched.add(n);
            } else if (GeneratedDirect.hasSubcommands(path)) {
                // the tables name a command by its words joined with spaces: one argument "faq show" is no command
                if (a.indexOf(' ') >= 0) return null;
                String next = path.isEmpty() ? a : path + " " + a;
                DirectOption[] options = GeneratedDirect.options(next);
                if (options == null) return null;
                path = next;
                if (!GeneratedDirect.hasSubcommands(path)) {
                    command = GeneratedDirect.command(path);
                    if (command == null) return null;
                    own = options;
                    apply(own, command);
                    for (DirectOption o : own) if (o.positional()) positionals.add(o);
                }
            } else {
                // positional parameters in order; one that collects takes the rest
                DirectOption p = null;
                int index = positionalCount;
                for (DirectOption candidate : positionals) {
                    if (candidate.multiple() || index == 0) {
                        p = candidate;
                        break;
                    }
                    index--;
                }
                if (p == null || !p.parsable() || !set(p, command, a)) return null;
                positionalCount++;
            }
        }
        if (command == null) return null;
        int required = 0;
        for (DirectOption p : positionals) if (p.required()) required++;
        if (positionalCount < required) return null;
        for (DirectOption o : own) if (o.required() && !o.positional() && !seen.contains(o)) return null;
        return new Parsed(root, command, matched);
    }

    /** Whether an argument could only be read one way: not empty or blank, no argument file, no quotes picocli would treat. */
    private static boolean plain(String a) {
        return !a.isBlank() && a.charAt(0) != '@' && a.indexOf('"') < 0 && !a.equals("--");
    }

    /** Whether a word is a subcommand at this level (picocli might read it as one rather than as a value). */
    private static boolean subcommand(String path, String word) {
        return GeneratedDirect.hasSubcommands(path) && word.indexOf(' ') < 0 && GeneratedDirect.exists(path.isEmpty() ? word : path + " " + word);
    }

    private static DirectOption find(DirectOption[] options, String name) {
        if (options == null) return null;
        for (DirectOption o : options) if (!o.positional() && o.named(name)) return o;
        return null;
    }

    private static boolean set(DirectOption o, Object target, String text) {
        if (o.split()) {
            if (sspr.doctor.diagnosis.InputResolver.hasEmptyMember(text)) return false;
            for (String member : text.split(",")) {
                Object v = o.convert(member);
                if (v == null) return false;
                GeneratedDirect.set(target, o.field(), v);
            }
            return true;
        }
        Object v = o.convert(text);
        if (v == null) return false;
        GeneratedDirect.set(target, o.field(), v);
        return true;
    }

    /** The default values, as picocli applies them before parsing. */
    private static void apply(DirectOption[] options, Object target) {
        for (DirectOption o : options) {
            if (o.defaultValue() == null) continue;
            // (DirectGenerator checked at build time that every default converts)
            GeneratedDirect.set(target, o.field(), o.convert(o.defaultValue()));
        }
    }
}
