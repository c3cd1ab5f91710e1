package sspr.doctor.cli;

import sspr.doctor.report.audit.AuditJunit;
import sspr.doctor.i18n.LocalizedText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
import sspr.doctor.report.audit.AuditReport;
import sspr.doctor.audit.AuditSummary;
import sspr.doctor.audit.Auditor;
import sspr.doctor.audit.ExportFiles;
import sspr.doctor.audit.RecordReader;
import sspr.doctor.audit.SubscribedSkus;
import sspr.doctor.audit.UserDirectory;
import sspr.doctor.audit.UserRecord;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.DiagnosisInput;
import sspr.doctor.diagnosis.InputResolver;
import sspr.doctor.diagnosis.ProfileReader;
import sspr.doctor.diagnosis.RawFact;
import sspr.doctor.i18n.Messages;
import sspr.doctor.io.TreeWriter;
import sspr.doctor.report.AuditLedger;
import sspr.doctor.tenant.TenantAudit;
import sspr.doctor.tenant.TenantSnapshot;
import sspr.doctor.text.DisplayWidth;

/** {@code audit}: every user of a Graph export at once, streaming, in bounded memory. */
@Command(name = "audit", sortOptions = false,
        description = "Audit a userRegistrationDetails export (Graph JSON pages, NDJSON or the admin center CSV): who cannot reset their own password, and why.",
        footer = {"", "Examples:",
                "  sspr-doctor audit registration.json",
                "  sspr-doctor audit exports/ --users users.json --skus skus.json --no-writeback",
                "  sspr-doctor audit details.csv --format csv --output cannot-reset.csv",
                "  sspr-doctor audit registration.json --sspr-scope all --format json --fail-on blocker",
                "  sspr-doctor audit --tenant export/ --actor-role helpdesk-admin --fail-on blocker"})
final class AuditCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Export files or folders (or --tenant instead).")
    List<Path> files;

    @Option(names = "--tenant", paramLabel = "DIR", description = "Audit every user of a tenant snapshot (EntraExporter's folders or flat Graph pages) instead of export files.")
    Path tenant;

    @Option(names = "--actor-role", paramLabel = "ROLE", split = ",", description = "With --tenant: also decide, for every user, whether an administrator with these roles can reset the password.")
    List<String> actorRoles;

    @Option(names = "--actor", paramLabel = "UPN|ID", description = "With --tenant: as --actor-role, with the roles, scope and PIM state of this administrator in the snapshot.")
    String actor;

    @Option(names = "--users", paramLabel = "FILE", description = "Graph users export (onPremisesSyncEnabled, assignedLicenses, userType, accountEnabled), joined on id, else userPrincipalName.")
    Path users;

    @Option(names = "--skus", paramLabel = "FILE", description = "Graph subscribedSkus export (skuId to skuPartNumber).")
    Path skus;

    @Option(names = "--profile", paramLabel = "FILE", description = "Tenant facts in YAML or JSON (as for diagnose).")
    Path profile;

    @Option(names = "--license", paramLabel = "SKU", description = "A licence every user has when --users gives none. Repeatable.")
    List<String> licenses;

    @Option(names = "--writeback", description = "Password writeback is enabled.")
    boolean writeback;

    @Option(names = "--no-writeback", description = "Password writeback is not enabled.")
    boolean noWriteback;

    @Option(names = "--sspr-scope", paramLabel = "SCOPE", description = "Who the tenant's SSPR policy enables: none, selected or all.")
    String ssprScope;

    @Option(names = "--admin-sspr-disabled", description = "SSPR for administrators is turned off in the tenant.")
    boolean adminSsprDisabled;

    @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "audit-format-reports",
            description = "Output: text, json, csv, ndjson, junit, html, markdown (default: text).")
    AuditReport.Format format;

    @Option(names = "--junit-per-user", description = "With --format junit: one test case per user instead of one per finding code.")
    boolean junitPerUser;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE (atomically: complete or not at all).")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "never", descriptionKey = "audit-fail-on-new",
            description = "Exit 1 when a user has a finding at or above: blocker, warning or never; new: only findings new since --baseline (default: never).")
    AuditFailOn failOn;

    @Option(names = "--waivers", paramLabel = "FILE", description = "Accepted findings (YAML list: code, optional user, rationale, expires, owner): shown as waived, not counted for --fail-on until they expire.")
    Path waivers;

    @Option(names = "--baseline", paramLabel = "FILE", description = "A previous --format json report: also report new, fixed and unchanged users per finding (--fail-on new fails on new ones only).")
    Path baseline;

    @Option(names = "--exclude", paramLabel = "WHAT", split = ",", description = "Leave out disabled, guests or group:ID (members from the --tenant snapshot), counted as excluded. Repeatable.")
    List<String> exclude;

    @Option(names = "--limit", paramLabel = "N", description = "With --format text: list up to N users (default: 50).")
    Integer limit;

    @Option(names = "--summary", paramLabel = "FILE", description = "Also write the summary (JSON) to FILE; with --format ndjson it then no longer goes to stderr.")
    Path summaryFile;

    @picocli.CommandLine.Mixin
    CiOptions ci = new CiOptions();

    @Override
    public Integer call() throws IOException {
        try {
            return auditRun();
        } finally {
            sspr.doctor.diagnosis.Catalogs.useCustomRoles(List.of()); // a snapshot's custom roles belong to this run only
        }
    }

    private Integer auditRun() throws IOException {
        Cli cli = SsprDoctor.cli(spec);
        try {
            return run(cli);
        } catch (IOException | RuntimeException e) {
            // a bad input still gives CI a JUnit file: one <error> saying what stderr says
            if (format == AuditReport.Format.junit) JunitErrorFile.write(cli, output, e, AuditJunit.SUITE, "input");
            throw e;
        }
    }

    private Integer run(Cli cli) throws IOException {
        if (junitPerUser && format != AuditReport.Format.junit) throw new UserError("--junit-per-user", LocalizedText.of("needs-junit"));
        TenantRun tenantRun = tenantRun(cli);
        DiagnosisInput tenant = tenantFacts();
        List<Path> inputs = tenantRun != null ? List.of() : ExportFiles.expand(files);
        UserDirectory directory = users == null ? null : UserDirectory.read(existing(users, "--users"));
        SubscribedSkus subscribed = skus == null ? null : SubscribedSkus.read(existing(skus, "--skus"));
        Auditor auditor = new Auditor(Tables.load(null), tenant, directory, subscribed);
        AuditSummary summary = new AuditSummary();
        AuditOutputs outputs = new AuditOutputs(cli, this, directory);
        AuditLedger ledger = outputs.ledger();

        Path dir = output == null ? null : output.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) throw new UserError("--output", LocalizedText.of("no-such-directory", "path", dir));
        if (output != null && Files.isDirectory(output)) throw new UserError("--output", LocalizedText.of("output-is-folder", "path", output));
        // CSV and NDJSON are written as users are found, so they go through a temporary file to never
        // leave half a report; text and JSON are written only once everything has been read
        boolean streamed = format == AuditReport.Format.csv || format == AuditReport.Format.ndjson;
        Path temp = output == null && !streamed ? null
                : dir == null ? sspr.doctor.io.TempFiles.spool(".sspr-doctor-audit-", ".tmp")
                : sspr.doctor.io.TempFiles.create(dir, ".sspr-doctor-audit-", ".tmp");
        boolean done = false;
        FileChannel channel = temp == null ? null : FileChannel.open(temp, StandardOpenOption.WRITE);
        // as Files.newBufferedWriter, with a larger buffer; an encoder that reports what it cannot encode
        Writer w = temp == null ? cli.out()
                : new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8.newEncoder()), 1 << 16);
        try {
            try (AuditLedger closeLedger = ledger; AuditReport report = new AuditReport(format, w, channel);
                 AuditJunit junit = format == AuditReport.Format.junit ? new AuditJunit(cli.report(), junitPerUser, tenant) : null) {
                UserRecord r = new UserRecord();
                ProgressBar progress = tenantRun != null ? null : progressBar(cli, inputs);
                if (limit != null) report.limit(limit);
                if (limit != null && tenantRun != null) tenantRun.limit = limit;
                if (tenantRun != null) {
                    tenantRun.audit.run((user, self, admin) -> {
                        if (ledger != null && ledger.excluded(user, user.guest(), user.accountEnabled == null ? null : !user.accountEnabled)) return;
                        summary.add(user, self);
                        tenantRun.add(user, admin);
                        try {
                            if (ledger != null) outputs.waived(ledger.user(user, self, admin), report, junit);
                            if (junit != null) junit.user(user, self, admin);
                            else if (!self.isEmpty() || !admin.isEmpty()) report.user(user, self, admin);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                }
                // no user read: the snapshot says nothing about anyone, and must not pass a gate
                if (tenantRun != null && tenantRun.total == 0) {
                    throw new sspr.doctor.tenant.SnapshotException("--tenant", LocalizedText.of("snapshot-no-users", "files", sspr.doctor.tenant.Collection.USERS.describe()));
                }
                for (Path file : inputs) {
                    try (RecordReader reader = ExportFiles.open(file, progress == null ? n -> { } : progress::bytesRead)) {
                        audit(reader, r, auditor, summary, junit, report, progress, outputs);
                    }
                }
                if (progress != null) progress.finish();
                // fail closed: an export with no users is the wrong file or a failed export, never a passing audit
                if (tenantRun == null && summary.total() == 0) {
                    throw new sspr.doctor.audit.AuditInputException(null, LocalizedText.of("audit-no-users", "files",
                            String.join(", ", inputs.stream().map(Path::toString).toList())));
                }
                Map<String, Object> totals = summary.toMap();
                if (tenantRun != null) tenantRun.addTo(totals);
                if (ledger != null) ledger.addTo(totals);
                outputs.adminPolicyOn = summary.adminPolicyOn();
                outputs.totals(totals, tenantRun == null ? null : tenantRun.actorName);
                switch (format) {
                    case json: report.finishJson(TreeWriter.jsonLine(totals), outputs.jsonExtras()); break;
                    case ndjson: if (summaryFile == null) cli.err().println(TreeWriter.jsonLine(totals)); break;
                    case text:
                        sspr.doctor.report.Reports.render("text", new sspr.doctor.report.audit.AuditTextReport(totals, report.listed(),
                                tenantRun == null ? null : tenantRun.adminReset(),
                                tenantRun != null && tenantRun.check != null && tenantRun.check.incomplete() ? TenantCheckView.incompleteLine(cli, tenantRun.check) : null,
                                outputs.textExtras()), cli.report(), w);
                        break;
                    case junit:
                        if (ledger != null) junit.changes(ledger.changes());
                        if (tenantRun != null && tenantRun.check != null && tenantRun.check.incomplete()) {
                            junit.note(TenantCheckView.INCOMPLETE, TenantCheckView.incompleteLine(cli, tenantRun.check));
                        }
                        junit.finish(w, summary);
                        break;
                    case html: case markdown:
                        outputs.facts(AuditFactSources.of(rawTenantFacts(), inputs, users, skus, tenantRun == null ? null : tenantRun.check));
                        w.write(outputs.document(format));
                        break;
                    default: break;
                }
            }
            w.flush();
            if (temp != null) {
                w.close();
                if (output != null) {
                    Files.move(temp, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    sspr.doctor.io.TempFiles.release(temp);
                } else {
                    try (var in = Files.newBufferedReader(temp, StandardCharsets.UTF_8)) {
                        in.transferTo(cli.out());
                    }
                    cli.out().flush();
                }
            }
            done = true;
        } finally {
            if (temp != null) {
                try {
                    w.close();
                } catch (IOException | RuntimeException e) {
                    // the report is dropped anyway; the error that got here is the one to show
                }
                if (!done || output == null) sspr.doctor.io.TempFiles.delete(temp);
            }
        }
        boolean problems = summary.cannotReset() > 0 || (tenantRun != null && tenantRun.cannotBeReset > 0);
        if (ledger != null && ledger.hasWaivers()) problems = ledger.failing() > 0;
        if (failOn == AuditFailOn.NEW) problems = ledger.newFailing() > 0;
        // snapshot.incomplete is a warning: it fails --fail-on warning, whatever the users' findings
        if (failOn.threshold == sspr.doctor.rules.Severity.warning && tenantRun != null && tenantRun.check != null && tenantRun.check.incomplete()) problems = true;
        int exit = failOn.threshold != null && problems ? Main.PROBLEMS : 0;
        outputs.finish(exit);
        return exit;
    }

    /** Every record of one file; a method of its own, so that the JIT compiles this loop early and alone. */
    private static void audit(RecordReader reader, UserRecord r, Auditor auditor, AuditSummary summary, AuditJunit junit,
                              AuditReport report, ProgressBar progress, AuditOutputs outputs) throws IOException {
        AuditLedger ledger = outputs.ledger();
        while (reader.next(r)) {
            if (ledger != null && outputs.excluded(r)) {
                if (progress != null) progress.item();
                continue;
            }
            List<String> findings = auditor.findings(r);
            summary.add(r, findings);
            if (ledger != null) outputs.waived(ledger.user(r, findings, List.of()), report, junit);
            if (junit != null) junit.user(r, findings);
            else if (!findings.isEmpty()) report.user(r, findings);
            if (progress != null) progress.item();
        }
    }

    /** --tenant: the snapshot's audit and the administrator's side of the counts. */
    private static final class TenantRun {
        final TenantAudit audit;
        final String actorName;
        final boolean withActor;
        long total;
        long cannotBeReset;
        final Map<String, Long> byFinding = new java.util.TreeMap<>();
        final List<AuditReport.Listed> listed = new ArrayList<>();
        sspr.doctor.tenant.SnapshotCheck check;
        int limit = AuditReport.LISTED;

        TenantRun(TenantAudit audit, String actorName, boolean withActor) {
            this.audit = audit;
            this.actorName = actorName;
            this.withActor = withActor;
        }

        void add(UserRecord r, List<String> admin) {
            total++;
            if (admin.isEmpty()) return;
            cannotBeReset++;
            for (String f : admin) byFinding.merge(f, 1L, Long::sum);
            if (listed.size() < limit) listed.add(new AuditReport.Listed(r.id, r.userPrincipalName, r.admin(), admin));
        }

        /** Adds summary.adminReset (and the snapshot's registered methods as byMethod). */
        void addTo(Map<String, Object> totals) {
            totals.put("byMethod", new LinkedHashMap<>(audit.byMethod()));
            if (check != null && check.incomplete()) totals.put("snapshotIncomplete", TenantCheckView.incompleteFinding(check));
            if (!withActor) return;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("actor", actorName);
            m.put("total", total);
            m.put("cannotBeResetByActor", cannotBeReset);
            m.put("byFinding", new LinkedHashMap<>(byFinding));
            totals.put("adminReset", m);
        }

        /** With an administrator: their side of the counts for the text report, else null. */
        sspr.doctor.report.audit.AuditTextReport.AdminReset adminReset() {
            return withActor ? new sspr.doctor.report.audit.AuditTextReport.AdminReset(actorName, total, cannotBeReset, byFinding, listed) : null;
        }
    }

    private TenantRun tenantRun(Cli cli) {
        if (tenant == null) {
            if (files == null || files.isEmpty()) throw new UserError(null, LocalizedText.of("audit-needs-input"));
            if (actorRoles != null) throw new UserError("--actor-role", LocalizedText.of("needs-tenant"));
            if (actor != null) throw new UserError("--actor", LocalizedText.of("needs-tenant"));
            return null;
        }
        if (files != null && !files.isEmpty()) throw new UserError("--tenant", LocalizedText.of("tenant-or-files"));
        if (users != null || skus != null) throw new UserError("--tenant", LocalizedText.of("tenant-users-skus"));
        if (actorRoles != null && actor != null) throw new UserError(null, LocalizedText.of("options-contradict", "first", "--actor-role", "second", "--actor"));
        TenantSnapshot snapshot = TenantSnapshot.open(tenant);
        sspr.doctor.diagnosis.Catalogs.addCustomRoles(snapshot.customRoles());
        sspr.doctor.tenant.SnapshotCheck check = snapshot.check(actorRoles != null || actor != null);
        if (!check.missingRequired().isEmpty()) throw TenantCheckView.incomplete(check);
        TenantFacts.warnMissing(cli, snapshot.missing());
        Map<String, RawFact> actorFacts = new LinkedHashMap<>();
        String actorName = null;
        if (actorRoles != null) {
            actorFacts.put("role", new RawFact(new ArrayList<>(actorRoles), "--actor-role"));
            actorName = String.join(", ", actorRoles);
        }
        TenantSnapshot.ActorUnits units = null;
        if (actorRoles == null && actor != null) {
            TenantSnapshot.User actorUser = snapshot.user(actor, "--actor");
            actorFacts.putAll(snapshot.actorFacts(actorUser).facts());
            units = snapshot.actorUnits(actorUser);
            actorName = actor;
        }
        Map<String, RawFact> overrides = rawTenantFacts();
        overrides.remove("scenario");
        TenantRun run = new TenantRun(new TenantAudit(snapshot, Tables.load(null), overrides, actorFacts).actorUnits(units), actorName, actorName != null);
        run.check = check;
        return run;
    }

    /** A bar on stderr when it is a terminal; none when piped or redirected, so logs stay clean. */
    private static ProgressBar progressBar(Cli cli, List<Path> inputs) throws IOException {
        if (!StderrTerminal.isTerminal()) return null;
        long total = 0;
        for (Path p : inputs) total += Files.size(p);
        return new ProgressBar(cli.err(), total, cli.width(),
                n -> cli.t("audit.progress", "count", String.format("%,d", n)), System::nanoTime);
    }

    private static Path existing(Path p, String option) {
        if (!Files.isRegularFile(p)) throw new UserError(option, LocalizedText.of(Files.isDirectory(p) ? "is-a-folder" : "no-such-file", "path", p));
        return p;
    }

    private DiagnosisInput tenantFacts() {
        Map<String, RawFact> facts = rawTenantFacts();
        facts.put("scenario", new RawFact("self-service", "audit"));
        return InputResolver.resolve(facts, Catalogs.roles(), Catalogs::skus, () -> Catalogs.errors("en"));
    }

    /** Tenant facts from --profile and the options, as typed. */
    private Map<String, RawFact> rawTenantFacts() {
        Map<String, RawFact> facts = new LinkedHashMap<>();
        if (profile != null) {
            List<ProfileReader.Case> cases = ProfileReader.read(Tables.readFile(profile, "--profile"), profile.toString());
            if (cases.size() != 1) throw new UserError("--profile", LocalizedText.of("audit-profile-cases"));
            facts.putAll(cases.get(0).facts());
        }
        DiagnoseCommand.conflict(writeback, noWriteback, "--writeback", "--no-writeback");
        DiagnoseCommand.pair(facts, "writeback", writeback, noWriteback, "--writeback");
        DiagnoseCommand.put(facts, "sspr-scope", ssprScope, "--sspr-scope");
        DiagnoseCommand.flag(facts, "admin-sspr-disabled", adminSsprDisabled);
        if (licenses != null) facts.put("license", new RawFact(new ArrayList<>(licenses), "--license"));
        facts.remove("role");
        return facts;
    }
}
