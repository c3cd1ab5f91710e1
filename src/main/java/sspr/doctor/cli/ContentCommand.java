package sspr.doctor.cli;

import sspr.doctor.i18n.LocalizedText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sspr.doctor.content.BundledContent;
import sspr.doctor.content.ContentChecker;
import sspr.doctor.io.Problem;
import sspr.doctor.content.ContentStore;
import sspr.doctor.content.DirectoryContent;
import sspr.doctor.io.TreeWriter;

/** {@code content check [DIR]}: validates articles before they are dropped in. */
@Command(name = "content", description = "Check article files (front matter, locale, entries, links).",
        subcommands = {ContentCommand.Check.class})
final class ContentCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(SsprDoctor.cli(spec).out());
    }

    enum Format { text, json, sarif }

    /** As below, in {@code format}: text, the contract's JSON, or SARIF 2.1.0 (a result per problem at its file and line). */
    static int report(Cli cli, List<Problem> problems, Format format) {
        if (format != Format.sarif) return report(cli, problems, format == Format.json);
        cli.out().print(TreeWriter.json(sarif(cli, problems)));
        return problems.isEmpty() ? 0 : 1;
    }

    /** The problems as a SARIF log: one rule per problem code, every problem an error (a check fails on any). */
    static Map<String, Object> sarif(Cli cli, List<Problem> problems) {
        List<sspr.doctor.report.Sarif.Rule> rules = new ArrayList<>();
        List<sspr.doctor.report.Sarif.Result> results = new ArrayList<>();
        for (Problem p : problems) {
            rules.add(new sspr.doctor.report.Sarif.Rule(p.code(), p.code(), null, null, "error"));
            results.add(new sspr.doctor.report.Sarif.Result(p.code(), "error", cli.problemText(p), p.file(), p.line(), p.column(), null));
        }
        return sspr.doctor.report.Sarif.log(Version.VERSION, cli.messagesLanguage(), rules, results);
    }

    /** Prints problems (text or the contract's JSON) and returns the check's exit code. */
    static int report(Cli cli, List<Problem> problems, boolean json) {
        if (json) {
            cli.out().print(TreeWriter.json(Map.of("problems", problemRows(problems))));
        } else {
            for (Problem p : problems) {
                cli.out().println(p.location() + ": " + cli.style().red(p.code()) + ": " + cli.problemText(p));
            }
            summary(cli, problems);
        }
        return problems.isEmpty() ? 0 : 1;
    }

    /** The contract's {@code problems} array: {file, line, column, code, message} per problem. */
    static List<Object> problemRows(List<Problem> problems) {
        List<Object> rows = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", p.file());
            row.put("line", p.line());
            row.put("column", p.column());
            row.put("code", p.code());
            row.put("message", p.message());
            rows.add(row);
        }
        return rows;
    }

    static void summary(Cli cli, List<Problem> problems) {
        cli.err().println(problems.isEmpty() ? cli.t("check.ok") : cli.t("check.problems", "count", problems.size()));
    }

    @Command(name = "check", description = "Check the bundled articles, or those in DIR; exit 1 on any problem.")
    static final class Check implements java.util.concurrent.Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "DIR", arity = "0..1", description = "Folder of articles (default: the bundled content).")
        Path dir;

        @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "check-format-sarif",
                description = "Output format: text, json, sarif (default: text).")
        Format format;

        @Override
        public Integer call() {
            Cli cli = SsprDoctor.cli(spec);
            List<ContentStore> stores = new ArrayList<>();
            stores.add(new BundledContent());
            if (dir != null) {
                if (!Files.isDirectory(dir)) throw new UserError(null, LocalizedText.of("no-such-directory", "path", dir));
                stores.add(new DirectoryContent(dir));
            }
            ContentChecker.Report report = ContentChecker.check(stores, dir != null);
            if (format == Format.sarif) {
                cli.out().print(TreeWriter.json(sarif(cli, report.problems())));
            } else if (format == Format.json) {
                cli.out().print(ContentCheckView.json(report));
            } else {
                cli.out().print(ContentCheckView.text(cli, report));
                summary(cli, report.problems());
            }
            return report.problems().isEmpty() ? 0 : 1;
        }
    }
}
