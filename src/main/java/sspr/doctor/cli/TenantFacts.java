package sspr.doctor.cli;

import sspr.doctor.i18n.LocalizedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.diagnosis.ProfileReader;
import sspr.doctor.diagnosis.RawFact;
import sspr.doctor.tenant.Collection;
import sspr.doctor.tenant.SnapshotFacts;
import sspr.doctor.tenant.TenantSnapshot;

/**
 * {@code diagnose --tenant}: the facts of one user (and actor) from a snapshot, beneath the profile's
 * and the command line's. The scenario stays what it always is — admin-reset unless --scenario (or
 * the profile) says self-service —; --actor belongs to admin-reset.
 */
final class TenantFacts {
    private final SnapshotFacts adminReset;
    private final SnapshotFacts selfService;
    private sspr.doctor.tenant.SnapshotCheck check;

    private TenantFacts(SnapshotFacts adminReset, SnapshotFacts selfService) {
        this.adminReset = adminReset;
        this.selfService = selfService;
    }

    /** The diagnosis with the snapshot.incomplete warning added when the snapshot lacks collections (their facts are unknown). */
    sspr.doctor.diagnosis.Diagnosis withIncomplete(Cli cli, sspr.doctor.diagnosis.Diagnosis d) {
        if (check == null || !check.incomplete()) return d;
        sspr.doctor.i18n.Messages findings = sspr.doctor.i18n.Messages.of("findings", cli.messagesLanguage());
        List<String> names = new ArrayList<>();
        for (sspr.doctor.tenant.SnapshotCheck.Line l : check.lines()) {
            if (!l.there()) names.add(l.collection().manifestName() + (l.status().equals("missing") ? "" : " (" + l.status() + ")"));
        }
        String code = TenantCheckView.INCOMPLETE;
        sspr.doctor.diagnosis.Finding f = new sspr.doctor.diagnosis.Finding(code, sspr.doctor.rules.Severity.warning, "snapshot",
                findings.get(code + ".title"), findings.get(code + ".detail") + " (" + String.join(", ", names) + ")",
                List.of(findings.get(code + ".fix.1")), List.of(), List.of());
        List<sspr.doctor.diagnosis.Finding> all = new ArrayList<>(d.findings());
        all.add(f);
        return new sspr.doctor.diagnosis.Diagnosis(d.lang(), d.input(), sspr.doctor.diagnosis.Diagnosis.verdictOf(all), all, d.trace());
    }

    static TenantFacts read(Cli cli, Path dir, String userName, String actorName, Map<String, RawFact> commandLine,
                            List<ProfileReader.Case> cases) {
        boolean anySelfService = false;
        for (ProfileReader.Case c : cases) if (selfService(c, commandLine)) anySelfService = true;
        if (anySelfService && actorName != null) {
            throw new UserError("--actor", LocalizedText.of("actor-in-self-service"));
        }
        TenantSnapshot snapshot = TenantSnapshot.open(dir);
        // its custom roles, so that the roles it gives resolve (the command forgets them when it ends)
        sspr.doctor.diagnosis.Catalogs.addCustomRoles(snapshot.customRoles());
        warnMissing(cli, snapshot.missing());
        sspr.doctor.tenant.SnapshotCheck check = snapshot.check(actorName != null);
        TenantSnapshot.User user = snapshot.user(userName, "--user");
        TenantSnapshot.User registration = snapshot.registration(user);
        SnapshotFacts admin = snapshot.targetFacts(user, registration, false);
        SnapshotFacts self = snapshot.targetFacts(user, registration, true);
        if (actorName != null) {
            TenantSnapshot.User actorUser = snapshot.user(actorName, "--actor");
            SnapshotFacts actor = snapshot.actorFacts(actorUser);
            for (Map.Entry<String, RawFact> e : actor.facts().entrySet()) admin.facts().put(e.getKey(), e.getValue());
            admin.sources().putAll(actor.sources());
            // a unit-scoped actor: is the user in one of its units?
            SnapshotFacts unit = snapshot.unitFacts(actorUser, user);
            admin.facts().putAll(unit.facts());
            admin.sources().putAll(unit.sources());
        }
        TenantFacts out = new TenantFacts(admin, self);
        out.check = check;
        return out;
    }

    /** One line on stderr naming the files the snapshot lacks and the facts left unknown by them. */
    static void warnMissing(Cli cli, List<Collection> missing) {
        if (missing.isEmpty()) return;
        List<String> files = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        for (Collection c : missing) {
            files.add(c.describe());
            for (String f : TenantSnapshot.factsFrom(c)) if (!facts.contains(f)) facts.add(f);
        }
        cli.err().println("sspr-doctor: " + ErrorLines.safe(cli.t("tenant.missing", "files", String.join(", ", files), "facts", String.join(", ", facts))));
        cli.err().flush();
    }

    private static boolean selfService(ProfileReader.Case c, Map<String, RawFact> commandLine) {
        RawFact s = commandLine.containsKey("scenario") ? commandLine.get("scenario") : c.facts().get("scenario");
        return s != null && s.value() != null && String.valueOf(s.value()).strip().equalsIgnoreCase("self-service");
    }

    Map<String, RawFact> facts(ProfileReader.Case c, Map<String, RawFact> commandLine) {
        return (selfService(c, commandLine) ? selfService : adminReset).facts();
    }

    /** input.sources: the snapshot's, with the facts the profile or the command line replaced. */
    Map<String, Object> sources(ProfileReader.Case c, Map<String, RawFact> commandLine) {
        Map<String, Object> out = new LinkedHashMap<>((selfService(c, commandLine) ? selfService : adminReset).sources());
        for (Map<String, RawFact> given : List.of(c.facts(), commandLine)) {
            for (Map.Entry<String, RawFact> e : given.entrySet()) {
                if (e.getKey().equals("scenario")) continue;
                String origin = e.getValue().origin();
                Map<String, Object> where = new LinkedHashMap<>();
                where.put(origin != null && origin.startsWith("--") ? "option" : "profile", origin);
                out.put(SnapshotFacts.inputKey(e.getKey()), where);
            }
        }
        return out;
    }
}
