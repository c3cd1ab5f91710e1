package sspr.doctor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Refuses an empty value of any option or argument ({@code --role ''}, {@code audit ''}) and an empty
 * member of a comma list ({@code --role user-admin,}) before a command runs: otherwise an empty value
 * quietly means "nothing given", or the current folder for a path.
 */
final class EmptyArguments {
    /** The split pattern of comma-list options: a comma not at the very end, so picocli keeps a trailing empty member for us to see. */
    static final String LIST_SPLIT = ",(?!$)";

    private EmptyArguments() {}

    /** Throws a {@link ParameterException} (exit 2, one line) for the first empty value on the command line. */
    static void check(ParseResult parsed, SsprDoctor root) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) return;
        }
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            for (OptionSpec o : p.matchedOptions()) check(p.commandSpec().commandLine(), o, o.longestName(), root);
            for (ArgSpec a : p.matchedPositionals()) {
                String command = p.commandSpec().qualifiedName(" ").substring(p.commandSpec().root().name().length()).strip();
                check(p.commandSpec().commandLine(), a, command + " " + a.paramLabel(), root);
            }
        }
    }

    private static void check(CommandLine cl, ArgSpec arg, String name, SsprDoctor root) {
        if (arg.arity().max == 0) return; // a flag
        boolean list = !arg.splitRegex().isEmpty();
        for (String value : arg.originalStringValues()) {
            if (value.isBlank()) throw new ParameterException(cl, message(root, "error.empty-value", name, value));
            if (list && sspr.doctor.diagnosis.InputResolver.hasEmptyMember(value)) throw new ParameterException(cl, message(root, "error.empty-item", name, value));
        }
    }

    private static String message(SsprDoctor root, String key, String option, String value) {
        try {
            return root.cli().t(key, "option", option, "value", value);
        } catch (UserError e) {
            // the global options themselves are unusable (--lang ''): say it in English
            return sspr.doctor.i18n.Messages.of("ui", "en").format(key, "option", option, "value", value);
        }
    }
}
