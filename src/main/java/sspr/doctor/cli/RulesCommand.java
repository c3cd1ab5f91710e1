package sspr.doctor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sspr.doctor.i18n.Messages;
import sspr.doctor.io.Problem;
import sspr.doctor.io.TreeWriter;
import sspr.doctor.rules.Condition;
import sspr.doctor.rules.DecisionTable;
import sspr.doctor.rules.DecisionTableParser;
import sspr.doctor.rules.Rule;
import sspr.doctor.rules.TableChecker;
import sspr.doctor.text.TextTable;

/** {@code rules list|check}: the decision table behind {@code diagnose}. */
@Command(name = "rules", description = "List or check the decision table behind 'diagnose'.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Check.class})
final class RulesCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(SsprDoctor.cli(spec).out());
    }

    enum Format { text, json }

    @Command(name = "list", description = "List the rules: id, finding, severity and conditions.")
    static final class ListRules implements Callable<Integer> {
        @Spec CommandSpec spec;
        /** Set instead of {@code spec} when the arguments were parsed without picocli ({@link DirectLine}). */
        DirectInvocation direct;

        @Option(names = "--rules", paramLabel = "FILE", description = "A decision table file instead of the bundled one.")
        Path rules;

        @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() {
            Cli cli = SsprDoctor.cli(spec, direct);
            DecisionTable table = Tables.load(rules);
            if (format == Format.json) {
                List<Object> rows = new ArrayList<>();
                for (Rule r : table.rules()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", r.id());
                    m.put("code", r.then().code());
                    m.put("severity", r.then().severity().name());
                    Map<String, Object> when = new LinkedHashMap<>();
                    for (Condition c : r.when()) {
                        Map<String, Object> cond = new LinkedHashMap<>();
                        cond.put(c.negated() ? "not" : "in", new ArrayList<>(c.values()));
                        when.put(c.fact(), cond);
                    }
                    m.put("when", when);
                    m.put("faq", r.then().faq());
                    m.put("links", r.then().links());
                    m.put("sources", sourcesTree(r.then().sources()));
                    if (!r.then().docsDisagree().isEmpty()) m.put("docsDisagree", disagreeTree(r.then().docsDisagree()));
                    m.put("checked", table.checked());
                    rows.add(m);
                }
                cli.out().print(TreeWriter.json(rows));
                return 0;
            }
            TextTable out = new TextTable((String[]) null).cellStyle((column, text) -> column == 1 ? cli.style().severity(text.strip(), text) : text);
            for (Rule r : table.rules()) {
                List<String> conds = new ArrayList<>();
                for (Condition c : r.when()) conds.add(c.describe());
                out.row(r.id(), r.then().severity().name(), r.then().code(), String.join(", ", conds));
            }
            cli.out().print(out.render(cli.width()));
            return 0;
        }
    }

    /** Sources as JSON: {"page","commit","date","quote"}, absent parts left out. */
    static List<Object> sourcesTree(List<Rule.Source> sources) {
        return sspr.doctor.report.RuleSources.tree(sources);
    }

    static List<Object> disagreeTree(List<Rule.Disagreement> disagreements) {
        List<Object> out = new ArrayList<>();
        for (Rule.Disagreement d : disagreements) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pages", d.pages());
            m.put("follows", d.follows());
            m.put("why", d.why());
            out.add(m);
        }
        return out;
    }

    @Command(name = "check", description = "Check a decision table (default: the bundled one); exit 1 on any problem.")
    static final class Check implements Callable<Integer> {
        @Spec CommandSpec spec;
        /** Set instead of {@code spec} when the arguments were parsed without picocli ({@link DirectLine}). */
        DirectInvocation direct;

        @Parameters(paramLabel = "FILE", arity = "0..1", description = "The table to check.")
        Path file;

        @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "check-format-sarif",
                description = "Output format: text, json, sarif (default: text).")
        ContentCommand.Format format;

        @Override
        public Integer call() {
            Cli cli = SsprDoctor.cli(spec, direct);
            DecisionTableParser.Result parsed = file == null ? Tables.parseBundled()
                    : DecisionTableParser.parse(Tables.readFile(file, "rules check"), file.toString());
            List<Problem> problems = new ArrayList<>(parsed.problems());
            if (parsed.table() != null) {
                problems.addAll(TableChecker.check(parsed.table(), Messages.LANGUAGES,
                        (lang, key) -> Messages.load("findings", lang).containsKey(key),
                        cli.library().qualifiedEntryIds()));
            }
            return ContentCommand.report(cli, problems, format);
        }
    }
}
