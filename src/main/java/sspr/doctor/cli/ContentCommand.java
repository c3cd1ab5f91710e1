package sspr.doctor.cli;

import sspr.doctor.report.check.CheckProblems;
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
        sspr.doctor.report.Reports.render("sarif", new CheckProblems(problems, Version.VERSION), cli.report(), cli.out());
        return problems.isEmpty() ? 0 : 1;
    }

    /** Prints problems (text or the contract's JSON) and returns the check's exit code. */
    static int report(Cli cli, List<Problem> problems, boolean json) {
        sspr.doctor.report.Reports.render(json ? "json" : "text", new CheckProblems(problems, Version.VERSION), cli.report(), cli.out());
        cli.out().flush();
        if (!json) summary(cli, problems);
        return problems.isEmpty() ? 0 : 1;
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
                sspr.doctor.report.Reports.render("sarif", new CheckProblems(report.problems(), Version.VERSION), cli.report(), cli.out());
            } else if (format == Format.json) {
                sspr.doctor.report.Reports.render("json", report, cli.report(), cli.out());
            } else {
                sspr.doctor.report.Reports.render("text", report, cli.report(), cli.out());
                summary(cli, report.problems());
            }
            return report.problems().isEmpty() ? 0 : 1;
        }
    }
}
