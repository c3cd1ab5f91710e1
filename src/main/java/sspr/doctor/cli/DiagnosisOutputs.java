package sspr.doctor.cli;

import sspr.doctor.report.diagnosis.WhatIfView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sspr.doctor.diagnosis.DerivedFacts;
import sspr.doctor.diagnosis.Diagnosis;
import sspr.doctor.diagnosis.Finding;
import sspr.doctor.diagnosis.ProfileReader;
import sspr.doctor.diagnosis.RawFact;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.io.TreeWriter;
import sspr.doctor.report.Annotations;
import sspr.doctor.report.AuditMarkdown;
import sspr.doctor.report.DiagnosisMarkdown;
import sspr.doctor.report.DiagnosisModel;
import sspr.doctor.report.Sarif;
import sspr.doctor.report.Waiver;
import sspr.doctor.report.Waivers;
import sspr.doctor.rules.Condition;
import sspr.doctor.rules.DecisionTable;
import sspr.doctor.rules.Rule;
import sspr.doctor.rules.Severity;

/**
 * What diagnose writes besides text, JSON, YAML and JUnit: HTML, Markdown and SARIF reports, the
 * waivers, {@code --output}, the GitHub step summary, annotations and {@code $GITHUB_OUTPUT}.
 */
final class DiagnosisOutputs {
    private final Cli cli;
    private final DiagnoseCommand cmd;
    final Waivers waivers;

    DiagnosisOutputs(Cli cli, DiagnoseCommand cmd) {
        this.cli = cli;
        this.cmd = cmd;
        AuditOutputs.annotationsKind(cmd.ci);
        if (cmd.ci.githubSummary != null) level(cmd.ci.githubSummary);
        this.waivers = cmd.waivers == null ? null
                : Waivers.parse(Tables.readFile(cmd.waivers, "--waivers"), cmd.waivers.toString(), LocalDate.now(ZoneOffset.UTC));
        if (cmd.format == DiagnoseCommand.DiagnosisFormat.sarif && cmd.profile == null) {
            throw new UserError("--format", LocalizedText.of("sarif-needs-profile"));
        }
        if (cmd.output != null) {
            Path dir = cmd.output.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) throw new UserError("--output", LocalizedText.of("no-such-directory", "path", dir));
            if (Files.isDirectory(cmd.output)) throw new UserError("--output", LocalizedText.of("output-is-folder", "path", cmd.output));
        }
    }

    static AuditMarkdown.Level level(String value) {
        try {
            return AuditMarkdown.Level.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new UserError("--github-summary", LocalizedText.of("value-unknown", "value", value, "suggest", "", "allowed", "table, summary, full"));
        }
    }

    /** Prints in any format (the report formats here, the others through {@link DiagnoseCommand#print}); returns the exit code. */
    int print(List<String> names, List<Diagnosis> results, boolean multi, Map<String, Object> sources, WhatIfView whatIf,
              List<ProfileReader.Case> cases, DecisionTable table) throws IOException {
        DiagnoseCommand.DiagnosisFormat f = cmd.format;
        boolean report = f == DiagnoseCommand.DiagnosisFormat.html || f == DiagnoseCommand.DiagnosisFormat.markdown || f == DiagnoseCommand.DiagnosisFormat.sarif;
        int exit;
        DiagnosisModel model = null;
        if (report || cmd.output != null) {
            String text;
            if (f == DiagnoseCommand.DiagnosisFormat.sarif) {
                text = sspr.doctor.report.Reports.render("sarif", new sspr.doctor.report.diagnosis.ProfileSarif(cmd.profile.toString(),
                        Files.readAllLines(cmd.profile, StandardCharsets.UTF_8), cases, results, table, waivers, Version.VERSION), cli.report());
            }
            else if (report) {
                model = model(names, results, sources, whatIf, multi);
                text = sspr.doctor.report.Reports.render(f.name(), model, cli.report());
            } else {
                java.io.StringWriter buffer = new java.io.StringWriter();
                DiagnoseCommand.print(cli.withOut(new java.io.PrintWriter(buffer)), names, results, multi, f, cmd.trace, cmd.failOn, sources, whatIf, waivers, cmd.evidence, cmd.brief);
                text = buffer.toString();
            }
            if (cmd.output != null) writeAtomically(cmd.output, text);
            else cli.out().print(text);
            exit = fails(names, results, multi) ? Main.PROBLEMS : Main.OK;
        } else {
            DiagnoseCommand.print(cli, names, results, multi, f, cmd.trace, cmd.failOn, sources, whatIf, waivers, cmd.evidence, cmd.brief);
            exit = fails(names, results, multi) ? Main.PROBLEMS : Main.OK;
        }
        // the model CI output is made from, only when there is some (every run outside CI would build it for nothing)
        if (ciWanted()) ci(model != null ? model : model(names, results, sources, null, multi), exit);
        return exit;
    }

    /** Whether {@link #ci} writes anything: a step summary asked for, annotations, {@code $GITHUB_OUTPUT}. */
    boolean ciWanted() {
        String stepSummary = cli.env().get("GITHUB_STEP_SUMMARY");
        String githubOutput = cli.env().get("GITHUB_OUTPUT");
        return cmd.ci.githubSummary != null && stepSummary != null && !stepSummary.isEmpty()
                || Annotations.choose(cmd.ci.annotations, cli.env()) != null
                || githubOutput != null && !githubOutput.isEmpty();
    }

    /** Cases a batch's HTML or Markdown report shows in full; counts and the chart cover every line. */
    static final int BATCH_CASES = 2000;

    /** --batch with --format html|markdown: every line answered into one report (written when all are read). */
    int batch(BatchRunner runner, String source, java.io.InputStream stdin, WhatIfView whatIf) {
        List<DiagnosisModel.Case> cases = new ArrayList<>();
        Map<String, Long> counts = new TreeMap<>();
        long[] total = {0};
        List<Finding> worst = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        boolean[] fails = {false};
        runner.sink = (number, name, d, error) -> {
            total[0]++;
            counts.merge(d == null ? "error" : d.verdict(), 1L, Long::sum);
            Map<String, Waiver> waived = new LinkedHashMap<>();
            if (d != null) {
                for (Finding fd : d.findings()) {
                    Waiver w = waivers == null ? null : waivers.find(fd.code(), null, null, name);
                    if (w != null) waived.put(fd.code(), w);
                    if (cmd.failOn.threshold != null && fd.severity().atLeast(cmd.failOn.threshold) && (w == null || w.expiredOn(today))) fails[0] = true;
                    if (worst.size() < 3 && fd.severity() != Severity.info) worst.add(fd);
                }
            }
            if (cases.size() < BATCH_CASES) {
                cases.add(new DiagnosisModel.Case(name, number, d, d == null ? Map.of() : d.input().toMap(), null,
                        d == null || whatIf == null ? null : whatIf.reportProposals(d), d == null || whatIf == null ? List.of() : whatIf.reportOnlyPaths(d),
                        waived, error));
            }
        };
        int exit = runner.run(source, stdin);
        String verdict = counts.getOrDefault("blocked", 0L) > 0 ? "blocked" : counts.getOrDefault("warning", 0L) > 0 ? "warning" : "ok";
        DiagnosisModel m = new DiagnosisModel(cli.messagesLanguage(), "batch", verdict, cases, total[0], counts,
                waivers == null ? null : waivers.report(), source);
        String text = sspr.doctor.report.Reports.render(cmd.format.name(), m, cli.report());
        try {
            if (cmd.output != null) writeAtomically(cmd.output, text);
            else {
                cli.out().print(text);
                cli.out().flush();
            }
            if (exit != Main.USAGE) exit = fails[0] ? Main.PROBLEMS : Main.OK;
            ci(m, exit);
        } catch (IOException e) {
            throw new UserError("--output", LocalizedText.of("cannot-write", "reason", String.valueOf(e.getMessage())));
        }
        return exit;
    }

    /** Whether a finding at or above --fail-on counts: not waived, or waived by an expired waiver. */
    boolean fails(List<String> names, List<Diagnosis> results, boolean multi) {
        Severity threshold = cmd.failOn.threshold;
        if (threshold == null) return false;
        for (int i = 0; i < results.size(); i++) {
            for (Finding fd : results.get(i).findings()) {
                if (!fd.severity().atLeast(threshold)) continue;
                Waiver w = waivers == null ? null : waivers.find(fd.code(), null, null, multi ? names.get(i) : null);
                // the clock only when a waiver is there to expire (java.time is not set up on every run)
                if (w == null || w.expiredOn(LocalDate.now(ZoneOffset.UTC))) return true;
            }
        }
        return false;
    }

    DiagnosisModel model(List<String> names, List<Diagnosis> results, Map<String, Object> sources, WhatIfView whatIf, boolean multi) {
        List<DiagnosisModel.Case> cases = new ArrayList<>();
        Map<String, Long> counts = new TreeMap<>();
        List<Finding> all = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Diagnosis d = results.get(i);
            String name = multi ? names.get(i) : null;
            Map<String, Waiver> waived = new LinkedHashMap<>();
            if (waivers != null) for (Finding fd : d.findings()) {
                Waiver w = waivers.find(fd.code(), null, null, name);
                if (w != null) waived.put(fd.code(), w);
            }
            counts.merge(d.verdict(), 1L, Long::sum);
            all.addAll(d.findings());
            cases.add(new DiagnosisModel.Case(name, null, d, d.input().toMap(), sources, whatIf == null ? null : whatIf.reportProposals(d),
                    whatIf == null ? List.of() : whatIf.reportOnlyPaths(d), waived, null));
        }
        return new DiagnosisModel(cli.messagesLanguage(), "diagnose", Diagnosis.verdictOf(all), cases, results.size(), counts,
                waivers == null ? null : waivers.report(), cmd.profile == null ? null : cmd.profile.toString());
    }

    /** The GitHub step summary, annotations and $GITHUB_OUTPUT, when asked for or in CI. */
    void ci(DiagnosisModel m, int exit) throws IOException {
        String stepSummary = cli.env().get("GITHUB_STEP_SUMMARY");
        if (cmd.ci.githubSummary != null && stepSummary != null && !stepSummary.isEmpty()) {
            Path file = Path.of(stepSummary);
            long already = Files.isRegularFile(file) ? Files.size(file) : 0;
            int budget = (int) Math.max(0, AuditOutputs.STEP_SUMMARY_LIMIT - already - 1);
            append(file, DiagnosisMarkdown.fit(m, level(cmd.ci.githubSummary), budget, cmd.output == null ? null : cmd.output.toString()));
        }
        Annotations.Kind kind = Annotations.choose(cmd.ci.annotations, cli.env());
        if (kind != null) for (String line : DiagnosisMarkdown.annotations(kind, m).lines()) cli.err().println(line);
        String githubOutput = cli.env().get("GITHUB_OUTPUT");
        if (githubOutput != null && !githubOutput.isEmpty()) append(Path.of(githubOutput), sspr.doctor.report.GithubOutputs.diagnosis(m, exit));
    }

    static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** Complete or not at all: a temporary file beside the target, moved over it. */
    static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        // the umask's mode, and removed on Ctrl-C / SIGTERM too (sspr.doctor.io.TempFiles)
        Path temp = sspr.doctor.io.TempFiles.create(dir, ".sspr-doctor-report-", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            sspr.doctor.io.TempFiles.delete(temp);
        }
    }
}
