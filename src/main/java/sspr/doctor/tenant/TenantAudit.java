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
import sspr.doctor.audit.ExportFiles;
import sspr.doctor.audit.RecordReader;
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
 * administrator reset it. Registration details are indexed first (8 bytes a slot, in
 * {@link RegistrationFlags}, read once by the plain audit's scanner), the small collections are in the
 * {@link TenantIndex}, and users are read one at a time by the {@link UserScanner} (or Jackson) into a
 * reused {@link UserFields}: no tree, fact map or source is made per user. Users with the same facts share
 * one rule evaluation (the facts, as {@link Values}, are the cache key), and users of the same shape
 * share both verdicts (see {@link #shape}).
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
    private RegistrationFlags registrations;
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

    /**
     * The snapshot facts of one user as values in a fixed order (null: unknown), filled by
     * {@link TenantSnapshot#targetFacts} as a {@link FactSink} that keeps no sources; it is also the key
     * of the rule evaluations, so a user whose facts were seen before costs one hash lookup.
     */
    static final class Values implements FactSink {
        static final List<String> KEYS = List.of("target-role", "target-in-restricted-au", "target-in-role-assignable-group",
                "target-member-of-restricted-au", "hybrid", "federated", "license", "guest", "sign-in-blocked", "writeback",
                "admin-sspr-disabled", "registered", "sspr-scope", "in-sspr-group", "target-in-actor-unit");
        static final int LICENSE = KEYS.indexOf("license");
        /** Set by the audit for a unit-scoped actor only, after the overrides (see run); never by targetFacts. */
        static final int ACTOR_UNIT = KEYS.indexOf("target-in-actor-unit");
        static final int GUEST = KEYS.indexOf("guest");
        private static final Map<String, Integer> SLOT = new HashMap<>();
        static {
            for (int i = 0; i < KEYS.size(); i++) SLOT.put(KEYS.get(i), i);
        }

        final Object[] values = new Object[KEYS.size()];
        private int hash;

        void clear() {
            java.util.Arrays.fill(values, null);
        }

        @Override
        public void put(String key, Object value, Located at, String property) {
            values[SLOT.get(key)] = value;
        }

        @Override
        public void putAbsent(String key, Object value, Source collection, String field, String id) {
            values[SLOT.get(key)] = value;
        }

        @Override
        public void unknown(String key) {
            values[SLOT.get(key)] = null;
        }

        Values seal() {
            hash = java.util.Arrays.hashCode(values);
            return this;
        }

        Values copy() {
            Values v = new Values();
            System.arraycopy(values, 0, v.values, 0, values.length);
            return v.seal();
        }

        /** The facts as the rule engine takes them, keyed as in profiles. */
        Map<String, RawFact> facts() {
            Map<String, RawFact> out = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) if (values[i] != null && i != ACTOR_UNIT) out.put(KEYS.get(i), RawFact.observed(values[i], "snapshot"));
            return out;
        }

        @Override
        public int hashCode() { return hash; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Values v && java.util.Arrays.equals(values, v.values);
        }
    }

    private static final List<String> SELF_SERVICE_ONLY = List.of("registered", "sspr-scope", "in-sspr-group", "admin-sspr-disabled");
    private static final int[] SELF_SERVICE_SLOTS = SELF_SERVICE_ONLY.stream().mapToInt(Values.KEYS::indexOf).toArray();
    private final Map<Values, List<String>> selfCache = new HashMap<>();
    private final Map<Values, List<String>> adminCache = new HashMap<>();

    /** Users read (after {@link #run}). */
    public long users() { return users; }

    private long users;

    public void run(Visitor visitor) {
        indexRegistrations();
        UserRecord r = new UserRecord();
        Values self = new Values();
        Values admin = new Values();
        Object tenantLicence = snapshot.adminLicence();
        boolean shapes = actorUnits == null && !"off".equals(System.getProperty(TenantSnapshot.FAST_PATHS));
        String[] ids = new String[RegistrationFlags.BATCH];
        long[] hashes = new long[RegistrationFlags.BATCH];
        int[] flags = new int[RegistrationFlags.BATCH];
        snapshot.eachUserBatch(RegistrationFlags.BATCH, (batch, n) -> {
            // the registration flags of the whole batch first: their cache misses overlap
            for (int i = 0; i < n; i++) ids[i] = batch[i].id;
            if (registrations == null) java.util.Arrays.fill(flags, 0, n, RegistrationFlags.MISSING);
            else registrations.getAll(ids, n, hashes, flags);
            for (int i = 0; i < n; i++) user(batch[i], flags[i], shapes, r, self, admin, tenantLicence, visitor);
        });
    }

    /** One user: its verdicts by shape when that was seen before, else from its facts (and cached by shape). */
    private void user(UserFields u, int packed, boolean shapes, UserRecord r, Values self, Values admin, Object tenantLicence, Visitor visitor) {
        users++;
        fill(r, u, packed == RegistrationFlags.MISSING ? null : packed);
        long shape = shapes ? shape(u, packed) : NO_SHAPE;
        if (shape != NO_SHAPE) {
            int slot = verdicts.find(shape);
            if (slot >= 0) {
                verdictHits++;
                visitor.user(r, verdicts.self[slot], verdicts.admin[slot]);
                return;
            }
        }
        TenantSnapshot.Registration registration = packed == RegistrationFlags.MISSING ? null
                : new TenantSnapshot.Registration(tri(packed >> REGISTERED_SHIFT), tri(packed >> ENABLED_SHIFT), null);
        self.clear();
        snapshot.targetFacts(u, registration, true, self);
        self.seal();
        List<String> selfCodes = selfService(r, self);
        System.arraycopy(self.values, 0, admin.values, 0, self.values.length);
        admin.values[Values.LICENSE] = tenantLicence;
        for (int k : SELF_SERVICE_SLOTS) admin.values[k] = null;
        if (actorUnits != null) {
            // whether the user is in one of a unit-scoped actor's units: part of the key, like any fact
            RawFact inUnit = snapshot.unitFacts(actorUnits, u.id).facts().get("target-in-actor-unit");
            admin.values[Values.ACTOR_UNIT] = inUnit == null ? null : inUnit.value();
        }
        admin.seal();
        List<String> adminCodes = adminCache.get(admin);
        if (adminCodes == null) {
            Map<String, RawFact> adminFacts = admin.facts();
            adminFacts.putAll(overrides);
            adminFacts.putAll(actor);
            Object inUnit = admin.values[Values.ACTOR_UNIT];
            if (inUnit != null) adminFacts.put("target-in-actor-unit", RawFact.observed(inUnit, "snapshot"));
            adminFacts.put("scenario", new RawFact("admin-reset", "audit"));
            for (String selfServiceOnly : SELF_SERVICE_ONLY) adminFacts.remove(selfServiceOnly);
            adminCodes = blockers(adminFacts);
            adminCache.put(admin.copy(), adminCodes);
        }
        if (shape != NO_SHAPE) verdicts.add(shape, selfCodes, adminCodes);
        visitor.user(r, selfCodes, adminCodes);
    }

    private static final long NO_SHAPE = -1;

    /**
     * Both verdicts of users of the same shape: most users differ only in their id and name, which the
     * verdicts do not depend on, so a user whose shape was seen before costs a few field reads and one
     * probe, without facts, fact maps or cache keys being made.
     */
    private final Verdicts verdicts = new Verdicts();
    /** Users answered from {@link #verdicts} (for the bench's hit rate). */
    private long verdictHits;

    public long verdictHits() { return verdictHits; }

    /**
     * Every input of the two verdicts for this user, packed: the registration flags (as the index holds
     * them), and each fact of {@link TenantSnapshot#targetFacts} that can differ between users whose id
     * no role assignment, role-assignable group or restricted unit names — hybrid, federated, guest,
     * sign-in blocked and the licences (by the identity of their resolved list, which is one object for
     * equal licences). {@link #NO_SHAPE} for a user those collections name (their facts are computed in
     * full), and when licence lists have been too many to number.
     */
    private long shape(UserFields u, int packed) {
        if (snapshot.mentioned(u.id)) return NO_SHAPE;
        Boolean synced = TenantSnapshot.synced(u);
        Object licence = snapshot.licence(u);
        int licenceId;
        if (licence == null) {
            licenceId = 0;
        } else {
            Integer id = licenceIds.get(licence);
            if (id == null) {
                if (licenceIds.size() >= MAX_LICENCE_LISTS) return NO_SHAPE;
                id = licenceIds.size() + 1;
                licenceIds.put(licence, id);
            }
            licenceId = id;
        }
        Boolean accountEnabled = u.accountEnabled;
        long registration = packed == RegistrationFlags.MISSING ? 0 : 0x80 | packed;
        return registration | (long) tri(synced) << 8 | (long) tri(snapshot.federated(u, synced)) << 10 | (long) tri(snapshot.guest(u)) << 12
                | (long) tri(accountEnabled) << 14 | (long) licenceId << 16;
    }

    private static final int MAX_LICENCE_LISTS = 1 << 16;
    private final Map<Object, Integer> licenceIds = new java.util.IdentityHashMap<>();

    /** Shapes (non-negative longs) to the two lists of codes, open addressing; grows, a few thousand shapes at most in practice. */
    private static final class Verdicts {
        long[] keys = new long[1024];
        List<String>[] self = lists(1024);
        List<String>[] admin = lists(1024);
        int size;

        Verdicts() {
            java.util.Arrays.fill(keys, NO_SHAPE);
        }

        @SuppressWarnings("unchecked")
        private static List<String>[] lists(int n) {
            return new List[n];
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }

        int find(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                long k = keys[i];
                if (k == key) return i;
                if (k == NO_SHAPE) return -1;
            }
        }

        void add(long key, List<String> s, List<String> a) {
            if (size * 2 >= keys.length) grow();
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (keys[i] != NO_SHAPE && keys[i] != key) i = (i + 1) & mask;
            if (keys[i] == NO_SHAPE) size++;
            keys[i] = key;
            self[i] = s;
            admin[i] = a;
        }

        private void grow() {
            long[] oldKeys = keys;
            List<String>[] oldSelf = self;
            List<String>[] oldAdmin = admin;
            keys = new long[oldKeys.length * 2];
            java.util.Arrays.fill(keys, NO_SHAPE);
            self = lists(keys.length);
            admin = lists(keys.length);
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != NO_SHAPE) add(oldKeys[i], oldSelf[i], oldAdmin[i]);
        }
    }

    private List<String> selfService(UserRecord r, Values snapshotFacts) {
        // the codes below depend on the record's flags as well as on the facts
        boolean notEnabled = Boolean.FALSE.equals(r.isSsprEnabled);
        boolean notRegistered = Boolean.FALSE.equals(r.isSsprRegistered);
        boolean guest = Boolean.TRUE.equals(snapshotFacts.values[Values.GUEST]);
        boolean notCapable = r.isSsprCapable != null && !r.capable();
        List<String> table = selfCache.get(snapshotFacts);
        if (table == null) {
            Map<String, RawFact> facts = snapshotFacts.facts();
            facts.putAll(overrides);
            facts.put("scenario", new RawFact("self-service", "audit"));
            table = blockers(facts);
            selfCache.put(snapshotFacts.copy(), table);
        }
        if (!notEnabled && !notRegistered && !guest) return table.isEmpty() && notCapable ? NOT_CAPABLE : table;
        Set<String> codes = new LinkedHashSet<>();
        if (notEnabled) codes.add(r.admin() ? "sspr.admin-disabled" : "sspr.not-enabled"); // administrators: their own policy (Auditor says why)
        if (notRegistered) codes.add("sspr.not-registered");
        if (guest) codes.add("sspr.guest");
        codes.addAll(table);
        // the export's own verdict, when the facts explain nothing
        if (codes.isEmpty() && notCapable) codes.add("sspr.not-capable");
        return List.copyOf(codes);
    }

    private static final List<String> NOT_CAPABLE = List.of("sspr.not-capable");

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

    private void fill(UserRecord r, UserFields u, Integer packed) {
        r.id = u.id;
        r.userPrincipalName = u.userPrincipalName;
        r.userType = u.userType;
        r.accountEnabled = u.accountEnabled;
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

    /**
     * Registration details, read once: with the audit's own fast reader (the one plain {@code audit} uses)
     * when the file is UTF-8 JSON, else with the snapshot reader (UTF-16, EntraExporter's one-object files).
     * The index is sized from the file (a Graph record is some 300 bytes; a low guess) and grows when that was too small.
     */
    private void indexRegistrations() {
        List<SnapshotFiles.SnapshotFile> list = snapshot.files().files(Collection.REGISTRATION);
        if (list == null) return;
        long bytes = 0;
        for (SnapshotFiles.SnapshotFile f : list) bytes += sizeOf(f.path());
        RegistrationFlags index = new RegistrationFlags((int) Math.min(Integer.MAX_VALUE / 4, Math.max(16, bytes / 400)));
        Registration one = new Registration();
        UserRecord record = new UserRecord();
        for (SnapshotFiles.SnapshotFile f : list) {
            if (utf8Json(f.path())) {
                try (RecordReader reader = ExportFiles.open(f.path(), n -> { })) {
                    while (reader.next(record)) {
                        one.of(record);
                        add(index, one);
                    }
                } catch (java.io.IOException e) {
                    if (e instanceof sspr.doctor.io.Utf8Check.Malformed bad) throw new SnapshotException(bad.origin(), bad.text());
                    throw new SnapshotException(f.name(), sspr.doctor.i18n.LocalizedText.of("cannot-read", "reason", sspr.doctor.io.IoErrors.reason(e)));
                }
                continue;
            }
            GraphRecords.read(f.path(), f.name(), (n, s) -> {
                one.of(n);
                add(index, one);
                return true;
            }, (p, file, path, i, doc) -> {
                one.parse(p);
                add(index, one);
                return true;
            });
        }
        index.flush();
        registrations = index;
        for (Map.Entry<String, long[]> e : methodCounts.entrySet()) byMethod.put(e.getKey(), e.getValue()[0]);
        methodCounts.clear();
    }

    /** Counted in a hash map of mutable counts while reading (a TreeMap merge with boxing cost ~4% of the run), sorted once at the end. */
    private final Map<String, long[]> methodCounts = new HashMap<>();

    private static long sizeOf(java.nio.file.Path p) {
        try {
            return java.nio.file.Files.size(p);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** Whether the file starts, after blanks and an optional UTF-8 byte order mark, with '{' or '['. */
    private static boolean utf8Json(java.nio.file.Path p) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(p)) {
            byte[] head = in.readNBytes(256);
            int i = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
            while (i < head.length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) i++;
            return i < head.length && (head[i] == '{' || head[i] == '[');
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private void add(RegistrationFlags index, Registration one) {
        if (one.id == null) return;
        for (String m : one.methods) methodCounts.computeIfAbsent(m, k -> new long[1])[0]++;
        index.putLater(one.id, tri(one.registered) << REGISTERED_SHIFT | tri(one.enabled) << ENABLED_SHIFT
                | tri(one.capable) << CAPABLE_SHIFT | (Boolean.TRUE.equals(one.admin) ? ADMIN : 0));
    }

    /** The flags of one userRegistrationDetails record, read without a tree; reused. */
    private static final class Registration {
        String id;
        Boolean registered;
        Boolean enabled;
        Boolean capable;
        Boolean admin;
        final List<String> methods = new ArrayList<>();

        void of(UserRecord r) {
            id = r.id;
            registered = r.isSsprRegistered;
            enabled = r.isSsprEnabled;
            capable = r.isSsprCapable;
            admin = r.isAdmin;
            methods.clear();
            methods.addAll(r.methodsRegistered);
        }

        void of(JsonNode n) {
            id = TenantIndex.text(n, "id");
            registered = TenantIndex.bool(n, "isSsprRegistered");
            enabled = TenantIndex.bool(n, "isSsprEnabled");
            capable = TenantIndex.bool(n, "isSsprCapable");
            admin = TenantIndex.bool(n, "isAdmin");
            methods.clear();
            JsonNode m = n.get("methodsRegistered");
            if (m != null && m.isArray()) for (JsonNode x : m) methods.add(x.asText());
        }

        void parse(com.fasterxml.jackson.core.JsonParser p) throws java.io.IOException {
            id = null;
            registered = enabled = capable = admin = null;
            methods.clear();
            com.fasterxml.jackson.core.JsonToken t;
            while ((t = p.nextToken()) == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String field = p.currentName();
                com.fasterxml.jackson.core.JsonToken v = p.nextToken();
                switch (field) {
                    case "id":
                        if (v.isScalarValue() && v != com.fasterxml.jackson.core.JsonToken.VALUE_NULL) id = p.getText();
                        else p.skipChildren();
                        break;
                    case "isSsprRegistered": registered = bool(p, v); break;
                    case "isSsprEnabled": enabled = bool(p, v); break;
                    case "isSsprCapable": capable = bool(p, v); break;
                    case "isAdmin": admin = bool(p, v); break;
                    case "methodsRegistered":
                        if (v == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                            while ((v = p.nextToken()) != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                                if (v.isScalarValue()) methods.add(p.getText());
                                else { p.skipChildren(); methods.add(""); }
                            }
                        } else p.skipChildren();
                        break;
                    default: p.skipChildren();
                }
            }
        }

        private static Boolean bool(com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.core.JsonToken v) throws java.io.IOException {
            if (v == com.fasterxml.jackson.core.JsonToken.START_OBJECT || v == com.fasterxml.jackson.core.JsonToken.START_ARRAY) p.skipChildren();
            return v == com.fasterxml.jackson.core.JsonToken.VALUE_TRUE ? Boolean.TRUE : v == com.fasterxml.jackson.core.JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
        }
    }
}
