package sspr.doctor.cli;

import sspr.doctor.i18n.LocalizedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.Diagnoser;
import sspr.doctor.diagnosis.Diagnosis;
import sspr.doctor.diagnosis.DiagnosisInput;
import sspr.doctor.diagnosis.InputResolver;
import sspr.doctor.diagnosis.ProfileReader;
import sspr.doctor.diagnosis.RawFact;
import sspr.doctor.io.TreeWriter;
import sspr.doctor.rules.DecisionTable;
import sspr.doctor.rules.Severity;
import sspr.doctor.report.diagnosis.WhatIfView;
import sspr.doctor.whatif.WhatIf;

/** {@code diagnose}: why can't this password be reset? */
@Command(name = "diagnose", sortOptions = false,
        description = "Explain why a password cannot be reset, from facts you give (no sign-in to any tenant).",
        footer = {"", "Examples:",
                "  sspr-doctor diagnose --role user-admin --hybrid",
                "  sspr-doctor diagnose --role helpdesk-admin --target-role global-admin --symptom greyed-out-button",
                "  sspr-doctor diagnose --scenario self-service --license o365-e3 --sspr-scope selected --not-in-sspr-group",
                "  sspr-doctor diagnose --profile tenant.yaml --format json --fail-on warning",
                "  sspr-doctor diagnose --role helpdesk-admin --target-role global-admin --what-if",
                "", "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad input, 70 internal error."})
final class DiagnoseCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    /** Set instead of {@code spec} when the arguments were parsed without picocli ({@link DirectLine}). */
    DirectInvocation direct;

    @Option(names = "--scenario", paramLabel = "S", description = "admin-reset (an administrator resets another user; default) or self-service (SSPR).")
    String scenario;

    @Option(names = "--role", paramLabel = "ROLE", split = EmptyArguments.LIST_SPLIT, splitSynopsisLabel = ",", description = "admin-reset: the acting administrator's Entra roles (alias, display name, GUID or legacy name; 'none' for no role). Repeatable.")
    List<String> roles;

    @Option(names = "--role-scope", paramLabel = "SCOPE", description = "tenant (default) or au: the actor's roles are assigned to an administrative unit.")
    String roleScope;

    @Option(names = "--role-not-activated", description = "The actor's role is only PIM-eligible and not activated.")
    boolean roleNotActivated;

    @Option(names = "--target-role", paramLabel = "ROLE", split = EmptyArguments.LIST_SPLIT, splitSynopsisLabel = ",", description = "Roles the target user holds (default: none). Repeatable.")
    List<String> targetRoles;

    @Option(names = "--target-in-role-assignable-group", description = "The target is a member or owner of a role-assignable group.")
    boolean targetInRoleAssignableGroup;

    @Option(names = "--target-in-restricted-au", description = "The target holds a role scoped to a restricted-management administrative unit.")
    boolean targetInRestrictedAu;

    @Option(names = "--target-member-of-restricted-au", description = "The target is a member of a restricted-management administrative unit.")
    boolean targetMemberOfRestrictedAu;

    @Option(names = "--target-in-actor-unit", description = "At administrative-unit scope: the target is a member of the actor's unit.")
    boolean targetInActorUnit;

    @Option(names = "--target-outside-actor-unit", description = "At administrative-unit scope: the target is in none of the actor's units. (Neither flag: unknown; a snapshot knows.)")
    boolean targetOutsideActorUnit;

    @Option(names = "--role-definition", paramLabel = "FILE", description = "A custom role as Microsoft Graph returns it (unifiedRoleDefinition JSON: one object, a page or an array); its displayName or id may then be used in --role and --target-role. Repeatable.")
    List<Path> roleDefinitions;

    @Option(names = "--license", paramLabel = "SKU", description = "A licence the tenant (self-service: the user) has: alias, part number, skuId or product name; 'none' for no licence. Repeatable.")
    List<String> licenses;

    @Option(names = "--hybrid", description = "The target is synced from on-premises AD.")
    boolean hybrid;

    @Option(names = "--cloud-only", description = "The target is cloud-only (default).")
    boolean cloudOnly;

    @Option(names = "--writeback", description = "Password writeback is enabled.")
    boolean writeback;

    @Option(names = "--no-writeback", description = "Password writeback is not enabled. (Neither flag: unknown.)")
    boolean noWriteback;

    @Option(names = "--sync-engine", paramLabel = "ENGINE", completionCandidates = SyncEngines.class,
            description = "How the hybrid target is synced: ${COMPLETION-CANDIDATES} (Entra Connect Sync or cloud sync; implies --hybrid; unset: unknown).")
    String syncEngine;

    /** The sync engines, for the help text and shell completion. */
    static final class SyncEngines implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return InputResolver.SYNC_ENGINES.iterator();
        }
    }

    @Option(names = "--federated", description = "The hybrid target's domain is federated (implies --hybrid).")
    boolean federated;

    @Option(names = "--onprem-protected", description = "The hybrid target is in an on-premises protected group (adminCount=1).")
    boolean onpremProtected;

    @Option(names = "--portal", paramLabel = "P", completionCandidates = Portals.class,
            description = "Where the reset is done: ${COMPLETION-CANDIDATES} (default: entra; sspr-portal for self-service).")
    String portal;

    @Option(names = "--symptom", paramLabel = "S", split = EmptyArguments.LIST_SPLIT, splitSynopsisLabel = ",", completionCandidates = Symptoms.class,
            description = "What the user sees: ${COMPLETION-CANDIDATES}. Repeatable.")
    List<String> symptoms;

    @Option(names = "--locked-out", description = "The target account is locked out.")
    boolean lockedOut;

    @Option(names = "--sign-in-blocked", description = "Sign-in is blocked for the target.")
    boolean signInBlocked;

    @Option(names = "--throttled", description = "self-service: the user hit the SSPR attempt limit.")
    boolean throttled;

    @Option(names = "--admin-sspr-disabled", description = "self-service: SSPR for administrators is turned off in the tenant.")
    boolean adminSsprDisabled;

    @Option(names = "--sspr-scope", paramLabel = "SCOPE", description = "self-service: who the SSPR policy enables: none, selected or all.")
    String ssprScope;

    @Option(names = "--in-sspr-group", description = "self-service with selected scope: the user is in the SSPR group.")
    boolean inSsprGroup;

    @Option(names = "--not-in-sspr-group", description = "self-service with selected scope: the user is not in the SSPR group.")
    boolean notInSsprGroup;

    @Option(names = "--registered", description = "self-service: the user registered enough methods.")
    boolean registered;

    @Option(names = "--not-registered", description = "self-service: the user has not registered enough methods.")
    boolean notRegistered;

    @Option(names = "--guest", description = "The target is a B2B guest.")
    boolean guest;

    @Option(names = "--error", paramLabel = "CODE", description = "An error code or event ID the user saw (see 'explain').")
    String error;

    @Option(names = "--profile", paramLabel = "FILE", description = "YAML or JSON facts; the command line overrides them.")
    Path profile;

    @Option(names = "--batch", paramLabel = "FILE", description = "NDJSON facts, one object per line (profile keys; '-' reads standard input): one JSON result per line. The command line overrides every line.")
    Path batch;

    @Option(names = "--tenant", paramLabel = "DIR", description = "Read facts from a tenant snapshot (EntraExporter's folders or flat Graph pages); the command line and --profile override them.")
    Path tenant;

    @Option(names = "--user", paramLabel = "UPN|ID", description = "With --tenant: the user whose password is reset.")
    String user;

    @Option(names = "--actor", paramLabel = "UPN|ID", description = "With --tenant: the administrator who resets it (roles, scope and PIM state from the snapshot).")
    String actor;

    @Option(names = "--graph", description = "Read the facts of --user (and --actor) from the tenant through Microsoft Graph: only what this diagnosis needs (see 'tenant fetch' for sign-in).")
    boolean graph;

    @Option(names = "--since", paramLabel = "DAYS", description = "With --graph: also show the user's password events of the last DAYS days from the audit log.")
    Integer since;

    @picocli.CommandLine.Mixin GraphOptions graphOptions;

    /** The user's audit log events read for this run (--graph --since, or a snapshot's), for the printers; null: none read. */
    List<Map<String, Object>> evidence;

    @Option(names = "--rules", paramLabel = "FILE", description = "Evaluate this decision table instead of the bundled one.")
    Path rules;

    @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DiagnosisFormat format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "blocker", description = "Exit 1 on findings at or above: blocker, warning or never (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--brief", description = "Text output: the verdict and one line per finding (severity, code, title).")
    boolean brief;

    @Option(names = "--trace", description = "Show every rule evaluated and why it matched or not.")
    boolean trace;

    @Option(names = "--what-if", description = "Also show what would unblock it: the fewest changes an administrator can make (a role, a licence, writeback, portal, SSPR settings…), each checked against the decision table, with the command that shows the result.")
    boolean whatIf;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE (complete or not at all).")
    Path output;

    @Option(names = "--waivers", paramLabel = "FILE", description = "Accepted findings (YAML list: code, optional case, rationale, expires, owner): shown as waived, not counted for --fail-on until they expire.")
    Path waivers;

    @picocli.CommandLine.Mixin
    CiOptions ci = new CiOptions();

    enum DiagnosisFormat { text, json, yaml, junit, html, markdown, sarif }

    enum FailOn {
        blocker(Severity.blocker), warning(Severity.warning), never(null);
        final Severity threshold;
        FailOn(Severity s) { this.threshold = s; }
    }

    /** The portals, for the help text and shell completion. */
    static final class Portals implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() { return InputResolver.PORTALS.iterator(); }
    }

    /** The symptoms, for the help text and shell completion. */
    static final class Symptoms implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() { return InputResolver.SYMPTOMS.iterator(); }
    }

    @Override
    public Integer call() {
        try {
            return diagnoseAll();
        } finally {
            Catalogs.useCustomRoles(List.of()); // custom roles belong to this run only
        }
    }

    private Integer diagnoseAll() {
        Cli cli = SsprDoctor.cli(spec, direct);
        Map<String, RawFact> commandLine = commandLineFacts();
        List<ProfileReader.Case> cases = profile == null
                ? List.of(new ProfileReader.Case(null, Map.of()))
                : ProfileReader.read(Tables.readFile(profile, "--profile", stdinFor("--profile", profile)),
                        profile.toString().equals("-") ? "<stdin>" : profile.toString());
        // fail closed: a profile without a single fact is the wrong file or a failed export, never a passing diagnosis
        if (profile != null && cases.stream().allMatch(c -> c.facts().isEmpty())) {
            throw new UserError(null, LocalizedText.of("profile-no-facts", "file", profile.toString().equals("-") ? "<stdin>" : profile.toString()));
        }
        List<Path> definitions = new ArrayList<>(roleDefinitions == null ? List.of() : roleDefinitions);
        cases = RoleDefinitions.fromProfile(cases, profile, definitions);
        RoleDefinitions.load(definitions);
        if (whatIf && format == DiagnosisFormat.junit) {
            throw new UserError("--what-if", LocalizedText.of("what-if-junit"));
        }
        DiagnosisOutputs outputs = new DiagnosisOutputs(cli, this);
        DecisionTable table = Tables.load(rules);
        Diagnoser diagnoser = diagnoser(cli, table);
        if (commandLine.isEmpty() && batch == null && tenant == null
                && cases.stream().allMatch(c -> c.facts().isEmpty())) {
            // (after the inputs are checked, so a bad file stays a one-line error) without a single fact every rule sees "unknown": say so rather than a silent verdict
            cli.err().println(cli.t("warning.no-facts"));
        }
        WhatIfView whatIfView = whatIf ? whatIfView(cli, table, rules, definitions) : null;
        if (batch != null && tenant != null) throw new UserError("--batch", LocalizedText.of("batch-with-tenant"));
        if (batch != null && graph) throw new UserError("--batch", LocalizedText.of("batch-with-tenant"));
        if (batch != null) return batch(cli, diagnoser, commandLine, cases, whatIfView);
        List<String> names = new ArrayList<>();
        List<Diagnosis> results = new ArrayList<>();
        Map<String, Object> sources = null;
        GraphFacts fromGraph = graph ? GraphFacts.fetch(cli, this, commandLine, cases) : null;
        TenantFacts fromTenant = fromGraph != null ? fromGraph.facts() : tenantFacts(cli, commandLine, cases);
        // a snapshot may have added custom roles: what-if proposes over the catalogue that knows them
        if (whatIf && fromTenant != null) whatIfView = whatIfView(cli, table, rules, definitions);
        for (ProfileReader.Case c : cases) {
            Map<String, RawFact> facts = new LinkedHashMap<>();
            if (fromTenant != null) facts.putAll(fromTenant.facts(c, commandLine));
            facts.putAll(c.facts());
            facts.putAll(commandLine);
            Diagnosis d = atCase(c, () -> diagnose(diagnoser, facts));
            // every case is kept until printed: without --trace, not the evaluation of every rule (memory per case)
            Diagnosis kept = trace ? d : new Diagnosis(d.lang(), d.input(), d.verdict(), d.findings(), List.of());
            results.add(fromTenant == null ? kept : fromTenant.withIncomplete(cli, kept));
            names.add(c.name());
            if (fromTenant != null && sources == null) sources = fromTenant.sources(c, commandLine);
        }
        if (fromGraph != null) sources = fromGraph.sources(sources);
        List<Map<String, Object>> evidence = fromGraph != null ? fromGraph.evidence() : tenant != null ? GraphFacts.evidence(tenant, user) : null;
        boolean multi = cases.size() > 1 || cases.get(0).name() != null;
        this.evidence = evidence;
        try {
            return outputs.print(names, results, multi, sources, whatIfView, cases, table);
        } catch (java.io.IOException e) {
            throw new UserError(output == null ? "--github-summary" : "--output", LocalizedText.of("cannot-write", "reason", String.valueOf(e.getMessage())));
        }
    }

    /** Whether the option was on the command line. */
    private boolean given(String option) {
        return direct != null ? direct.matched(option) : spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** Standard input for {@code --profile -}; refused when --batch reads it too. */
    private java.io.InputStream stdinFor(String option, Path file) {
        if (file.toString().equals("-") && batch != null && batch.toString().equals("-")) {
            throw new UserError(option, LocalizedText.of("stdin-twice"));
        }
        return SsprDoctor.root(spec, direct).in;
    }

    /**
     * Runs {@code work} for a profile case; an error caused by a fact the case inherits from the top
     * level is reported at the case (its line), naming where the inherited fact is, not at line 1.
     */
    static <T> T atCase(ProfileReader.Case c, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (sspr.doctor.diagnosis.InvalidInput e) {
            String key = c.inheritedKeyAt(e.origin());
            if (key == null || c.origin() == null || e.text() == null) throw e;
            throw new sspr.doctor.diagnosis.InvalidInput(c.origin(), LocalizedText.of("case-inherited",
                    "error", e.text(), "case", c.name(), "key", key, "from", e.origin()));
        }
    }

    /** What-if over the same table the diagnosis used; proposed commands name it again when it is not the bundled one. */
    static WhatIfView whatIfView(Cli cli, DecisionTable table, Path rules) {
        return whatIfView(cli, table, rules, List.of());
    }

    /** As above; the custom roles' definition files are repeated in each proposed command, as --rules is. */
    static WhatIfView whatIfView(Cli cli, DecisionTable table, Path rules, List<Path> definitions) {
        WhatIf engine = new WhatIf(table, Catalogs.roles(), Catalogs.matrix(), Catalogs::skus, Catalogs.errorFindings());
        List<String> leading = new ArrayList<>();
        if (rules != null) { leading.add("--rules"); leading.add(rules.toString()); }
        for (Path d : definitions) { leading.add("--role-definition"); leading.add(d.toString()); }
        return new WhatIfView(cli.report(), engine, leading);
    }

    /** The snapshot's facts when --tenant is given (with --user, and --actor for admin-reset), else null. */
    private TenantFacts tenantFacts(Cli cli, Map<String, RawFact> commandLine, List<ProfileReader.Case> cases) {
        if (since != null) throw new UserError("--since", LocalizedText.of("since-needs-graph"));
        for (String o : List.of("--auth", "--token-file", "--tenant-id", "--client-id", "--cloud", "--graph-url", "--authority-url")) {
            if (given(o)) throw new UserError(o, LocalizedText.of("needs-graph"));
        }
        if (tenant == null) {
            if (user != null) throw new UserError("--user", LocalizedText.of("needs-tenant"));
            if (actor != null) throw new UserError("--actor", LocalizedText.of("needs-tenant"));
            return null;
        }
        // a folder that is not there is the first thing to fix
        if (!java.nio.file.Files.isDirectory(tenant)) throw new UserError("--tenant", LocalizedText.of("no-such-directory", "path", tenant));
        if (user == null) throw new UserError("--tenant", LocalizedText.of("tenant-needs-user"));
        return TenantFacts.read(cli, tenant, user, actor, commandLine, cases);
    }

    private int batch(Cli cli, Diagnoser diagnoser, Map<String, RawFact> commandLine, List<ProfileReader.Case> cases, WhatIfView whatIfView) {
        boolean document = format == DiagnosisFormat.html || format == DiagnosisFormat.markdown;
        if (given("--format") && format != DiagnosisFormat.json && !document) {
            throw new UserError("--batch", LocalizedText.of("batch-format", "format", format));
        }
        if (cases.size() != 1 || cases.get(0).name() != null) {
            throw new UserError("--profile", LocalizedText.of("batch-profile-cases"));
        }
        BatchRunner runner = new BatchRunner(cli, diagnoser, cases.get(0).facts(), commandLine, trace, failOn, whatIfView);
        if (document) return new DiagnosisOutputs(cli, this).batch(runner, batch.toString(), SsprDoctor.root(spec, direct).in, whatIfView);
        return runner.run(batch.toString(), SsprDoctor.root(spec, direct).in);
    }

    /** The engine over {@code table}, findings worded in the output language. */
    static Diagnoser diagnoser(Cli cli, DecisionTable table) {
        return new Diagnoser(table, cli.messagesLanguage(), (a, id) -> Tables.faqRef(cli, a, id));
    }

    /** Resolves typed facts (keys as in profiles) and diagnoses them. */
    static Diagnosis diagnose(Diagnoser diagnoser, Map<String, RawFact> facts) {
        DiagnosisInput input = InputResolver.resolve(facts, Catalogs.roles(), Catalogs::skus, () -> Catalogs.errors("en"));
        return diagnoser.diagnose(input);
    }

    /** Prints diagnoses in {@code format}; returns the exit code for {@code failOn}. Shared with {@code wizard}. */
    static int print(Cli cli, List<String> names, List<Diagnosis> results, boolean multi,
                     DiagnosisFormat format, boolean trace, FailOn failOn) {
        return print(cli, names, results, multi, format, trace, failOn, null);
    }

    /** As above, with where the facts came from when they were read from a tenant snapshot. */
    static int print(Cli cli, List<String> names, List<Diagnosis> results, boolean multi,
                     DiagnosisFormat format, boolean trace, FailOn failOn, Map<String, Object> sources) {
        return print(cli, names, results, multi, format, trace, failOn, sources, null);
    }

    /** As above, with what would unblock each diagnosis (--what-if) when {@code whatIf} is not null. */
    static int print(Cli cli, List<String> names, List<Diagnosis> results, boolean multi,
                     DiagnosisFormat format, boolean trace, FailOn failOn, Map<String, Object> sources, WhatIfView whatIf) {
        return print(cli, names, results, multi, format, trace, failOn, sources, whatIf, (sspr.doctor.report.Waivers) null);
    }

    /** As above, with --waivers marking findings "waived" (null: none). */
    static int print(Cli cli, List<String> names, List<Diagnosis> results, boolean multi, DiagnosisFormat format, boolean trace,
                     FailOn failOn, Map<String, Object> sources, WhatIfView whatIf, sspr.doctor.report.Waivers waivers) {
        return print(cli, names, results, multi, format, trace, failOn, sources, whatIf, waivers, null, false);
    }

    /**
     * As above, with the user's password events from the audit log (a snapshot's or Graph's), when not null;
     * {@code brief}: text output with one line per finding.
     */
    static int print(Cli cli, List<String> names, List<Diagnosis> results, boolean multi, DiagnosisFormat format, boolean trace,
                     FailOn failOn, Map<String, Object> sources, WhatIfView whatIf, sspr.doctor.report.Waivers waivers,
                     List<Map<String, Object>> evidence, boolean brief) {
        String f = format == DiagnosisFormat.json || format == DiagnosisFormat.yaml || format == DiagnosisFormat.junit ? format.name() : "text";
        sspr.doctor.report.diagnosis.DiagnosisResult result = new sspr.doctor.report.diagnosis.DiagnosisResult(names, results, multi, trace,
                failOn.threshold, sources, whatIf, waivers, evidence, brief);
        // one diagnosis is printed whole (cli.printWhole); a profile's many cases are written as they are rendered
        if (results.size() == 1) cli.printWhole(sspr.doctor.report.Reports.render(f, result, cli.report()));
        else sspr.doctor.report.Reports.render(f, result, cli.report(), cli.out());
        cli.out().flush();
        for (Diagnosis d : results) if (d.failsOn(failOn.threshold)) return Main.PROBLEMS;
        return Main.OK;
    }

    private Map<String, RawFact> commandLineFacts() {
        Map<String, RawFact> f = new LinkedHashMap<>();
        conflict(hybrid, cloudOnly, "--hybrid", "--cloud-only");
        conflict(federated, cloudOnly, "--federated", "--cloud-only");
        conflict(writeback, noWriteback, "--writeback", "--no-writeback");
        conflict(inSsprGroup, notInSsprGroup, "--in-sspr-group", "--not-in-sspr-group");
        conflict(registered, notRegistered, "--registered", "--not-registered");
        put(f, "scenario", scenario, "--scenario");
        if (roles != null) f.put("role", new RawFact(new ArrayList<>(roles), "--role"));
        put(f, "role-scope", roleScope, "--role-scope");
        flag(f, "role-not-activated", roleNotActivated);
        if (targetRoles != null) f.put("target-role", new RawFact(new ArrayList<>(targetRoles), "--target-role"));
        flag(f, "target-in-role-assignable-group", targetInRoleAssignableGroup);
        flag(f, "target-in-restricted-au", targetInRestrictedAu);
        flag(f, "target-member-of-restricted-au", targetMemberOfRestrictedAu);
        conflict(targetInActorUnit, targetOutsideActorUnit, "--target-in-actor-unit", "--target-outside-actor-unit");
        pair(f, "target-in-actor-unit", targetInActorUnit, targetOutsideActorUnit, "--target-in-actor-unit");
        if (licenses != null) f.put("license", new RawFact(new ArrayList<>(licenses), "--license"));
        pair(f, "hybrid", hybrid, cloudOnly, "--hybrid");
        pair(f, "writeback", writeback, noWriteback, "--writeback");
        flag(f, "federated", federated);
        flag(f, "onprem-protected", onpremProtected);
        put(f, "sync-engine", syncEngine, "--sync-engine");
        put(f, "portal", portal, "--portal");
        if (symptoms != null) f.put("symptom", new RawFact(new ArrayList<>(symptoms), "--symptom"));
        flag(f, "locked-out", lockedOut);
        flag(f, "sign-in-blocked", signInBlocked);
        flag(f, "throttled", throttled);
        flag(f, "admin-sspr-disabled", adminSsprDisabled);
        put(f, "sspr-scope", ssprScope, "--sspr-scope");
        pair(f, "in-sspr-group", inSsprGroup, notInSsprGroup, "--in-sspr-group");
        pair(f, "registered", registered, notRegistered, "--registered");
        flag(f, "guest", guest);
        put(f, "error", error, "--error");
        return f;
    }

    static void conflict(boolean a, boolean b, String na, String nb) {
        if (a && b) throw new UserError(null, LocalizedText.of("options-contradict", "first", na, "second", nb));
    }

    static void put(Map<String, RawFact> f, String key, String value, String option) {
        if (value != null) f.put(key, new RawFact(value, option));
    }

    static void flag(Map<String, RawFact> f, String key, boolean value) {
        if (value) f.put(key, new RawFact(Boolean.TRUE, "--" + key));
    }

    static void pair(Map<String, RawFact> f, String key, boolean yes, boolean no, String option) {
        if (yes) f.put(key, new RawFact(Boolean.TRUE, option));
        else if (no) f.put(key, new RawFact(Boolean.FALSE, option));
    }
}
