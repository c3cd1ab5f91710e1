package sspr.doctor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;

/**
 * Whether {@link DirectLine} and picocli read a command line alike: when the direct parser accepts the
 * arguments, picocli must accept them too (no parse error, no help), reach the same command and set every
 * option field, mixin field and global option to the same value, and report the same options as given.
 * Shared by {@code DirectLineAgreementTest} and the command-line fuzz target.
 */
public final class DirectAgreement {
    private DirectAgreement() {}

    /** Null when both agree (or the direct parser declined); else what differs. */
    public static String check(String... args) {
        Map<String, String> env = Map.of("NO_COLOR", "1");
        PrintWriter sink = new PrintWriter(new StringWriter());
        DirectLine.Parsed direct = DirectLine.parse(args, new SsprDoctor(sink, sink, env, false));
        if (direct == null) return null;
        CommandLine cl = CommandLines.commandLine(sink, sink, env, false, args);
        ParseResult parsed;
        try {
            // the command line as CommandLines configures it, bound to a root of our own
            parsed = cl.parseArgs(args);
            EmptyArguments.check(parsed, (SsprDoctor) cl.getCommand());
        } catch (CommandLine.ParameterException e) {
            return "picocli refuses what the direct parser accepts: " + e.getMessage();
        }
        ParseResult leaf = parsed;
        while (leaf.subcommand() != null) leaf = leaf.subcommand();
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) return "picocli shows help or the version";
        }
        Object command = leaf.commandSpec().userObject();
        if (command.getClass() != direct.command().getClass()) {
            return "different commands: " + command.getClass().getSimpleName() + " and " + direct.command().getClass().getSimpleName();
        }
        List<String> differences = new ArrayList<>();
        compare(cl.getCommand(), direct.root(), "", differences);
        compare(command, direct.command(), "", differences);
        for (OptionSpec o : leaf.commandSpec().options()) {
            for (String name : o.names()) {
                boolean given = false;
                // a global option is picocli's match at the level it was given on (sspr-doctor faq --lang x list)
                for (ParseResult p = parsed; p != null; p = p.subcommand()) given |= p.hasMatchedOption(name);
                if (given != direct.matched().contains(name) && !o.usageHelp() && !o.versionHelp()) {
                    differences.add(name + " given: picocli " + given + ", direct " + direct.matched().contains(name));
                }
            }
        }
        return differences.isEmpty() ? null : String.join("; ", differences);
    }

    /** Compares the option, parameter and mixin fields of two objects of one class. */
    private static void compare(Object picocli, Object direct, String prefix, List<String> differences) {
        for (Field f : picocli.getClass().getDeclaredFields()) {
            boolean mixin = f.isAnnotationPresent(Mixin.class);
            if (!mixin && !f.isAnnotationPresent(Option.class) && !f.isAnnotationPresent(Parameters.class)) continue;
            f.setAccessible(true);
            try {
                Object a = f.get(picocli), b = f.get(direct);
                if (mixin) compare(a, b, prefix + f.getName() + ".", differences);
                else if (!Objects.equals(a, b)) differences.add(prefix + f.getName() + ": picocli " + a + ", direct " + b);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
