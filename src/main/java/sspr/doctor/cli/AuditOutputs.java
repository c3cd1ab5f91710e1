package sspr.doctor.cli;

import sspr.doctor.report.audit.AuditJunit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.report.audit.AuditReport;
import sspr.doctor.audit.UserDirectory;
import sspr.doctor.audit.UserRecord;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.io.TreeWriter;
import sspr.doctor.report.Annotations;
import sspr.doctor.report.AuditLedger;
import sspr.doctor.report.AuditMarkdown;
import sspr.doctor.report.AuditModel;
import sspr.doctor.report.Baseline;
import sspr.doctor.report.Exclusions;
import sspr.doctor.report.FindingTexts;
import sspr.doctor.report.Waiver;
import sspr.doctor.report.Waivers;

/**
 * What audit writes besides its streamed report: the HTML and Markdown documents, the JSON members
 * of waivers and baselines, the summary file, the GitHub step summary, CI annotations and
 * {@code $GITHUB_OUTPUT}. Keeps {@link AuditCommand} to parsing and streaming.
 */
final class AuditOutputs {
    /** Rows an HTML or Markdown report lists; beyond them the report points at the CSV beside it. */
    static final int DOCUMENT_ROWS = 5000;
    /** Rows kept for the GitHub step summary and annotation examples when no document needs more. */
    static final int SUMMARY_ROWS = 1000;
    /** $GITHUB_STEP_SUMMARY is refused above 1 MiB; what is already in it counts too. */
    static final int STEP_SUMMARY_LIMIT = 1024 * 1024;

    private final Cli cli;
    private final AuditCommand cmd;
    private final UserDirectory directory;
    private final AuditLedger ledger;
    private final Waivers waivers;
    private final boolean needsDisabled;
    private Map<String, Object> totals;
    private String actor;
    private AuditModel model;
    private String fullList;

    AuditOutputs(Cli cli, AuditCommand cmd, UserDirectory directory) throws IOException {
        this.cli = cli;
        this.cmd = cmd;
        this.directory = directory;
        if (cmd.limit != null) {
            if (cmd.format != AuditReport.Format.text) throw new UserError("--limit", LocalizedText.of("limit-text"));
            if (cmd.limit < 0) throw new UserError("--limit", LocalizedText.of("limit-text"));
        }
        if (cmd.failOn == AuditFailOn.NEW && cmd.baseline == null) throw new UserError("--fail-on", LocalizedText.of("fail-on-new-needs-baseline"));
        if (cmd.summaryFile != null && cmd.output != null && cmd.summaryFile.toAbsolutePath().normalize().equals(cmd.output.toAbsolutePath().normalize())) {
            throw new UserError("--summary", LocalizedText.of("summary-format"));
        }
        this.waivers = cmd.waivers == null ? null
                : Waivers.parse(Tables.readFile(cmd.waivers, "--waivers"), cmd.waivers.toString(), LocalDate.now(ZoneOffset.UTC));
        Baseline baseline = cmd.baseline == null ? null : Baseline.read(existing(cmd.baseline, "--baseline"));
        Exclusions exclusions = cmd.exclude == null || cmd.exclude.isEmpty() ? null : Exclusions.parse(cmd.exclude, cmd.tenant);
        this.needsDisabled = exclusions != null && exclusions.needsDisabled();
        if (needsDisabled && cmd.tenant == null && directory == null) throw new UserError("--exclude", LocalizedText.of("exclude-disabled-needs-users"));
        annotationsKind(cmd.ci);
        boolean document = cmd.format == AuditReport.Format.html || cmd.format == AuditReport.Format.markdown;
        boolean ci = cmd.ci.githubSummary != null || Annotations.choose(cmd.ci.annotations, cli.env()) != null;
        if (cmd.ci.githubSummary != null) level(cmd.ci.githubSummary);
        int cap = document ? DOCUMENT_ROWS : ci ? SUMMARY_ROWS : 0;
        boolean any = waivers != null || baseline != null || exclusions != null || cap > 0;
        this.ledger = any ? new AuditLedger(exclusions, waivers, baseline, cap) : null;
    }

    /** Validates --annotations; the kind to write, or null. */
    static void annotationsKind(CiOptions ci) {
        if (ci.annotations != null && !List.of("auto", "github", "azure-devops", "none").contains(ci.annotations)) {
            throw new UserError("--annotations", LocalizedText.of("value-unknown", "value", ci.annotations, "suggest", "", "allowed", "auto, github, azure-devops, none"));
        }
    }

    private static Path existing(Path p, String option) {
        if (!Files.isRegularFile(p)) throw new UserError(option, LocalizedText.of(Files.isDirectory(p) ? "is-a-folder" : "no-such-file", "path", p));
        return p;
    }

    private static AuditMarkdown.Level level(String value) {
        try {
            return AuditMarkdown.Level.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new UserError("--github-summary", LocalizedText.of("value-unknown", "value", value, "suggest", "", "allowed", "table, summary, full"));
        }
    }

    /** The ledger, or null when the audit needs none (then nothing here touches the streamed users). */
    AuditLedger ledger() { return ledger; }

    /** --exclude for a user of an export: guests from the export or the users export, disabled from the users export. */
    boolean excluded(UserRecord r) {
        if (!ledger.hasExclusions()) return false;
        UserDirectory.Facts joined = directory == null ? null : directory.facts(directory.entry(r.id, r.userPrincipalName));
        boolean guest = r.guest() || (joined != null && joined.guest());
        Boolean disabled = joined == null ? null : joined.disabled();
        return ledger.excluded(r, guest, disabled);
    }

    /** A user's waived codes go into their JSON/NDJSON line and their JUnit test case. */
    void waived(Map<String, Waiver> waived, AuditReport report, AuditJunit junit) {
        report.extra(AuditLedger.waivedJson(waived));
        if (junit != null) junit.waived(waived);
    }

    /** Whether an administrator in the export has isSsprEnabled true (how sspr.admin-disabled is worded: AuditWording). */
    boolean adminPolicyOn;

    void totals(Map<String, Object> totals, String actor) {
        this.totals = totals;
        this.actor = actor;
    }

    /** JSON members after "users": {@code ,"changes":…,"waivers":[…]}, or "". */
    String jsonExtras() {
        if (ledger == null) return "";
        Map<String, Object> extras = ledger.extras();
        if (extras.isEmpty()) return "";
        String s = TreeWriter.jsonLine(extras);
        return "," + s.substring(1, s.length() - 1);
    }

    /** What the text report shows after the users: the --limit hint on a terminal, exclusions, waivers, the baseline's changes. */
    sspr.doctor.report.audit.AuditTextReport.Extras textExtras() {
        long cannotReset = ((Number) totals.get("cannotReset")).longValue();
        int shown = cmd.limit != null ? cmd.limit : AuditReport.LISTED;
        Integer hint = cli.interactive() && cannotReset > shown ? shown : null;
        return new sspr.doctor.report.audit.AuditTextReport.Extras(hint, ledger != null, ledger == null ? null : ledger.changes(),
                ledger == null ? List.of() : ledger.waiverReport(), cmd.waivers == null ? null : cmd.waivers.toString());
    }

    /** The report's facts and their sources (audit HTML), or null. */
    private List<AuditModel.Fact> facts;

    void facts(List<AuditModel.Fact> facts) {
        this.facts = facts;
    }

    /** The HTML or Markdown document; a capped table's full list is moved beside --output. */
    String document(AuditReport.Format format) throws IOException {
        AuditModel m = model();
        return sspr.doctor.report.Reports.render(format.name(), m, cli.report());
    }

    private AuditModel model() throws IOException {
        if (model != null) return model;
        if (ledger != null && ledger.cap() > 0 && cmd.output != null && (cmd.format == AuditReport.Format.html || cmd.format == AuditReport.Format.markdown)) {
            String name = cmd.output.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path csv = cmd.output.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-users.csv");
            if (ledger.keepFullList(csv)) fullList = csv.getFileName().toString();
        }
        List<String> licenses = null;
        String source = cmd.tenant != null ? cmd.tenant.toString() : cmd.files == null ? null : String.join(", ", cmd.files.stream().map(Path::toString).toList());
        model = new AuditModel(cli.messagesLanguage(), totals, ledger == null ? List.of() : ledger.rows(), ledger == null ? 0 : ledger.listed(), fullList,
                manifest(), ledger == null ? null : ledger.changes(), ledger == null || !ledger.hasWaivers() ? null : ledger.waiverReport(),
                new FindingTexts(cli.messagesLanguage(), licenses, true, adminPolicyOn), actor, source, facts);
        return model;
    }

    /** The snapshot's manifest.json (written by tenant fetch), or null. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> manifest() {
        if (cmd.tenant == null) return null;
        Path p = cmd.tenant.resolve("manifest.json");
        if (!Files.isRegularFile(p)) return null;
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper(sspr.doctor.io.SafeYaml.jsonFactory()).readValue(p.toFile(), LinkedHashMap.class);
        } catch (IOException e) {
            cli.err().println("sspr-doctor: " + p + ": " + LocalizedText.of("cannot-read", "reason", String.valueOf(e.getMessage())).in(cli.messagesLanguage()));
            return null;
        }
    }

    /** After the report is complete: --summary, the GitHub step summary, annotations and $GITHUB_OUTPUT. */
    void finish(int exit) throws IOException {
        if (cmd.summaryFile != null) {
            write(cmd.summaryFile, TreeWriter.jsonLine(totals) + "\n", false);
        }
        Annotations.Kind kind = Annotations.choose(cmd.ci.annotations, cli.env());
        String stepSummary = cli.env().get("GITHUB_STEP_SUMMARY");
        if (cmd.ci.githubSummary != null && stepSummary != null && !stepSummary.isEmpty()) {
            Path file = Path.of(stepSummary);
            long already = Files.isRegularFile(file) ? Files.size(file) : 0;
            int budget = (int) Math.max(0, STEP_SUMMARY_LIMIT - already - 1);
            String where = cmd.output != null ? cmd.output.toString() : null;
            write(file, AuditMarkdown.fit(model(), level(cmd.ci.githubSummary), budget, where), true);
        }
        if (kind != null) {
            for (String line : Annotations.audit(kind, model()).lines()) cli.err().println(line);
        }
        String githubOutput = cli.env().get("GITHUB_OUTPUT");
        if (githubOutput != null && !githubOutput.isEmpty()) write(Path.of(githubOutput), sspr.doctor.report.GithubOutputs.audit(model(), exit), true);
    }

    private static void write(Path file, String text, boolean append) throws IOException {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserError(file.toString(), LocalizedText.of("no-such-directory", "path", file.toAbsolutePath().getParent()));
        }
    }
}
