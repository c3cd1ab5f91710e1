package sspr.doctor.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import sspr.doctor.audit.CompactIndex;
import sspr.doctor.audit.UserRecord;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.DerivedFacts;
import sspr.doctor.diagnosis.DiagnosisInput;
import sspr.doctor.diagnosis.InputResolver;
import sspr.doctor.diagnosis.RawFact;
import sspr.doctor.rules.DecisionTable;
import sspr.doctor.rules.Rule;
import sspr.doctor.rules.RuleEngine;
import sspr.doctor.rules.Severity;

/**
 * {@code audit --tenant}: every user of a snapshot, streamed, with two verdicts — can they reset
 * their own password (as {@code audit} decides it from registration details), and can the given
 * administrator reset it. Registration details are indexed first (12 bytes a user, in a
 * {@link CompactIndex}), the small collections are in the {@link TenantIndex}, and users are read
 * one at a time; users with the same facts share one rule evaluation.
 */
public final class TenantAudit {
    /** Hears each user: the record as audit reports it, and the blocker codes of each scenario. */
    public interface Visitor {
        void user(UserRecord r, List<String> selfService, List<String> adminReset);
    }

    private static final int REGISTERED_SHIFT = 0;
    private static final int ENABLED_SHIFT = 2;
    private static final int CAPABLE_SHIFT = 4;
    private static final int ADMIN = 1 << 6;

    private final TenantSnapshot snapshot;
    private final DecisionTable table;
    private final Map<String, RawFact> overrides;
    private final Map<String, RawFact> actor;
    private final Map<String, Long> byMethod = new TreeMap<>();
    private final Map<String, List<String>> cache = new HashMap<>();
    private final Map<String, String> errorFindings = Catalogs.errorFindings();
    private CompactIndex registrations;
    /** A unit-scoped actor from the snapshot: per user, whether it is in one of the actor's units. */
    private TenantSnapshot.ActorUnits actorUnits;

    /**
     * @param overrides tenant facts from options or a profile, over the snapshot's
     * @param actor the administrator's facts (role, role-scope, role-not-activated), from --actor-role or the snapshot's --actor
     */
    public TenantAudit(TenantSnapshot snapshot, DecisionTable table, Map<String, RawFact> overrides, Map<String, RawFact> actor) {
        this.snapshot = snapshot;
        this.table = table;
        this.overrides = overrides;
        this.actor = actor;
    }

    /** The snapshot actor's unit-scoped roles (null: tenant-wide or given by --actor-role), so users outside its units are told apart. */
    public TenantAudit actorUnits(TenantSnapshot.ActorUnits units) {
        this.actorUnits = units;
        return this;
    }

    /** Counts of registered methods over the registration details, as audit's byMethod. */
    public Map<String, Long> byMethod() { return byMethod; }

    public void run(Visitor visitor) {
        indexRegistrations();
        UserRecord r = new UserRecord();
        snapshot.eachUser(u -> {
            int packed = registrations == null || u.id() == null ? CompactIndex.MISSING : registrations.get(u.id());
            TenantSnapshot.User registration = packed == CompactIndex.MISSING ? null : registrationOf(u, packed);
            fill(r, u, registration == null ? null : packed);
            SnapshotFacts self = snapshot.targetFacts(u, registration, true);
            SnapshotFacts admin = snapshot.targetFacts(u, registration, false);
            List<String> selfCodes = selfService(r, self.facts());
            Map<String, RawFact> adminFacts = new LinkedHashMap<>(admin.facts());
            adminFacts.putAll(overrides);
            adminFacts.putAll(actor);
            if (actorUnits != null) adminFacts.putAll(snapshot.unitFacts(actorUnits, u.id()).facts());
            adminFacts.put("scenario", new RawFact("admin-reset", "audit"));
            for (String selfServiceOnly : List.of("registered", "sspr-scope", "in-sspr-group", "admin-sspr-disabled")) adminFacts.remove(selfServiceOnly);
            List<String> adminCodes = blockers(adminFacts);
            visitor.user(r, selfCodes, adminCodes);
        });
    }

    private List<String> selfService(UserRecord r, Map<String, RawFact> snapshotFacts) {
        Map<String, RawFact> facts = new LinkedHashMap<>(snapshotFacts);
        facts.putAll(overrides);
        facts.put("scenario", new RawFact("self-service", "audit"));
        Set<String> codes = new LinkedHashSet<>();
        if (Boolean.FALSE.equals(r.isSsprEnabled)) codes.add("sspr.not-enabled");
        if (Boolean.FALSE.equals(r.isSsprRegistered)) codes.add("sspr.not-registered");
        if (r.guest()) codes.add("sspr.guest");
        codes.addAll(blockers(facts));
        // the export's own verdict, when the facts explain nothing
        if (codes.isEmpty() && r.isSsprCapable != null && !r.capable()) codes.add("sspr.not-capable");
        return List.copyOf(codes);
    }

    /** The blocker codes the decision table finds for these facts; one evaluation per distinct set of facts. */
    private List<String> blockers(Map<String, RawFact> facts) {
        StringBuilder key = new StringBuilder(128);
        for (Map.Entry<String, RawFact> e : facts.entrySet()) key.append(e.getKey()).append('=').append(e.getValue().value()).append(';');
        return cache.computeIfAbsent(key.toString(), k -> {
            DiagnosisInput in = InputResolver.resolve(facts, Catalogs.roles(), Catalogs::skus, () -> Catalogs.errors("en"));
            Map<String, Object> derived = DerivedFacts.facts(in, Catalogs.roles(), Catalogs::skus, Catalogs.matrix(), errorFindings);
            List<String> out = new ArrayList<>();
            for (Rule rule : RuleEngine.evaluate(table, derived).fired()) {
                if (rule.then().severity() == Severity.blocker && !out.contains(rule.then().code())) out.add(rule.then().code());
            }
            return List.copyOf(out);
        });
    }

    private void fill(UserRecord r, TenantSnapshot.User u, Integer packed) {
        r.id = u.id();
        r.userPrincipalName = u.userPrincipalName();
        r.userType = TenantIndex.text(u.object(), "userType");
        r.accountEnabled = TenantIndex.bool(u.object(), "accountEnabled");
        r.methodsRegistered.clear();
        if (packed == null) {
            r.isAdmin = null;
            r.isSsprRegistered = null;
            r.isSsprEnabled = null;
            r.isSsprCapable = null;
        } else {
            r.isAdmin = (packed & ADMIN) != 0;
            r.isSsprRegistered = tri(packed >> REGISTERED_SHIFT);
            r.isSsprEnabled = tri(packed >> ENABLED_SHIFT);
            r.isSsprCapable = tri(packed >> CAPABLE_SHIFT);
        }
    }

    /** A stand-in registration object carrying the indexed flags, so facts are derived as for diagnose. */
    private static TenantSnapshot.User registrationOf(TenantSnapshot.User u, int packed) {
        var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        Boolean registered = tri(packed >> REGISTERED_SHIFT);
        Boolean enabled = tri(packed >> ENABLED_SHIFT);
        if (registered != null) node.put("isSsprRegistered", registered);
        if (enabled != null) node.put("isSsprEnabled", enabled);
        return new TenantSnapshot.User(node, new Source(Collection.REGISTRATION.flatFile, "$[?(@.id=='" + u.id() + "')]", 0));
    }

    private static Boolean tri(int bits) {
        switch (bits & 3) {
            case 1: return Boolean.TRUE;
            case 2: return Boolean.FALSE;
            default: return null;
        }
    }

    private static int tri(Boolean b) {
        return b == null ? 0 : b ? 1 : 2;
    }

    private void indexRegistrations() {
        List<SnapshotFiles.SnapshotFile> list = snapshot.files().files(Collection.REGISTRATION);
        if (list == null) return;
        int[] count = {0};
        for (SnapshotFiles.SnapshotFile f : list) GraphRecords.read(f.path(), f.name(), (n, s) -> { count[0]++; return true; });
        CompactIndex index = new CompactIndex(count[0]);
        for (SnapshotFiles.SnapshotFile f : list) {
            GraphRecords.read(f.path(), f.name(), (n, s) -> {
                String id = TenantIndex.text(n, "id");
                if (id == null) return true;
                int packed = tri(TenantIndex.bool(n, "isSsprRegistered")) << REGISTERED_SHIFT
                        | tri(TenantIndex.bool(n, "isSsprEnabled")) << ENABLED_SHIFT
                        | tri(TenantIndex.bool(n, "isSsprCapable")) << CAPABLE_SHIFT
                        | (Boolean.TRUE.equals(TenantIndex.bool(n, "isAdmin")) ? ADMIN : 0);
                index.put(id, packed);
                JsonNode methods = n.get("methodsRegistered");
                if (methods != null && methods.isArray()) for (JsonNode m : methods) byMethod.merge(m.asText(), 1L, Long::sum);
                return true;
            });
        }
        registrations = index.seal();
    }
}
