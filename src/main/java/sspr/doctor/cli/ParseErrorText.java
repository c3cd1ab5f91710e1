package sspr.doctor.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.text.Suggestions;

/**
 * picocli's parse errors as one line in the user's language. picocli words them in English only;
 * the common ones (unknown option or command, missing value or positional parameter, a value not allowed,
 * 'help' of an unknown command) are reworded from the exception, the rare rest stay in picocli's English.
 */
final class ParseErrorText {
    private static final Pattern INVALID = Pattern.compile("Invalid value for (?:option|positional parameter) '([^']+)': (.*)", Pattern.DOTALL);
    private static final Pattern ENUM = Pattern.compile("expected one of \\[(.*)\\] \\(case-insensitive\\) but was '(.*)'");
    private static final Pattern BOOLEAN = Pattern.compile("'(.*)' is not a boolean");
    /** A whole-number option (--limit, --since): picocli's "'x' is not an int". */
    private static final Pattern WHOLE = Pattern.compile("'(.*)' is not an? (?:int|long|short|byte)");
    /** An option given twice: picocli's "option '--limit' (N) should be specified only once". */
    private static final Pattern ONCE = Pattern.compile("option '([^']+)'.* should be specified only once", Pattern.DOTALL);
    private static final Pattern EXPECTED = Pattern.compile("Expected parameter for option '([^']+)'");
    /** A positional parameter's value: picocli names it by index and label ("at index 0 (SHELL)"). */
    private static final Pattern INVALID_POSITIONAL = Pattern.compile("Invalid value for positional parameter at index \\S+ \\(([^)]+)\\): (.*)", Pattern.DOTALL);
    /** 'help NAME' for a command that does not exist (picocli's HelpCommand). */
    private static final Pattern HELP_UNKNOWN = Pattern.compile("Unknown subcommand '(.*)'\\.", Pattern.DOTALL);

    private ParseErrorText() {}

    static String line(ParameterException ex, String lang) {
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            List<String> close = u.getSuggestions();
            LocalizedText suggest = LocalizedText.didYouMean(close.subList(0, Math.min(3, close.size())));
            String key = first.startsWith("-") ? "unknown-option" : "unexpected-argument";
            return LocalizedText.of(key, "value", first, "suggest", suggest).in(lang);
        }
        if (ex instanceof MissingParameterException m && m.getMissing() != null && !m.getMissing().isEmpty()
                && m.getMissing().get(0).isOption()) {
            picocli.CommandLine.Model.OptionSpec spec = (picocli.CommandLine.Model.OptionSpec) m.getMissing().get(0);
            String option = spec.longestName();
            if (String.valueOf(ex.getMessage()).startsWith("Missing required option")) {
                // a required option not given at all (tenant fetch --out), not one given without its value
                return LocalizedText.of("parameter-missing", "names", option + " " + spec.paramLabel(),
                        "help", ex.getCommandLine().getCommandSpec().qualifiedName() + " --help").in(lang);
            }
            return option + ": " + LocalizedText.of("option-needs-value").in(lang);
        }
        if (ex instanceof MissingParameterException m && m.getMissing() != null && !m.getMissing().isEmpty()) {
            // a positional parameter (faq search QUERY, completion SHELL): named by its label, with where to read the usage
            List<String> labels = m.getMissing().stream().filter(a -> !a.isOption()).map(a -> a.paramLabel()).toList();
            return LocalizedText.of("parameter-missing", "names", String.join(", ", labels),
                    "help", ex.getCommandLine().getCommandSpec().qualifiedName() + " --help").in(lang);
        }
        String message = ex.getMessage() == null ? "" : ex.getMessage().split("\n")[0];
        Matcher invalid = INVALID.matcher(message);
        if (invalid.matches()) {
            String option = invalid.group(1);
            Matcher choice = ENUM.matcher(invalid.group(2));
            if (choice.find()) {
                return option + ": " + LocalizedText.of("value-unknown", "value", choice.group(2), "suggest", LocalizedText.NONE,
                        "allowed", choice.group(1)).in(lang);
            }
            Matcher bool = BOOLEAN.matcher(invalid.group(2));
            if (bool.find()) return option + ": " + LocalizedText.of("not-boolean", "value", bool.group(1)).in(lang);
            Matcher whole = WHOLE.matcher(invalid.group(2));
            if (whole.matches()) return option + ": " + LocalizedText.of("not-whole-number", "value", whole.group(1)).in(lang);
        }
        Matcher once = ONCE.matcher(message);
        if (once.matches()) return once.group(1) + ": " + LocalizedText.of("option-once").in(lang);
        Matcher positional = INVALID_POSITIONAL.matcher(message);
        if (positional.matches()) {
            Matcher choice = ENUM.matcher(positional.group(2));
            if (choice.find()) {
                // as for an option: the allowed values follow, a did-you-mean would repeat them
                return positional.group(1) + ": " + LocalizedText.of("value-unknown", "value", choice.group(2), "suggest", LocalizedText.NONE,
                        "allowed", choice.group(1)).in(lang);
            }
        }
        Matcher helpUnknown = HELP_UNKNOWN.matcher(message);
        if (helpUnknown.matches() && ex.getCommandLine() != null) {
            CommandLine parent = ex.getCommandLine();
            List<String> names = parent.getSubcommands().entrySet().stream()
                    .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden()).map(java.util.Map.Entry::getKey).toList();
            LocalizedText suggest = LocalizedText.didYouMean(Suggestions.closest(helpUnknown.group(1), names, 3));
            return LocalizedText.of("command-unknown", "value", helpUnknown.group(1), "suggest", suggest,
                    "help", parent.getCommandSpec().qualifiedName() + " help").in(lang);
        }
        Matcher expected = EXPECTED.matcher(message);
        if (expected.find()) return expected.group(1) + ": " + LocalizedText.of("option-needs-value").in(lang);
        return message;
    }
}
