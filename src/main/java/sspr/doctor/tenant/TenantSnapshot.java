package sspr.doctor.tenant;

import sspr.doctor.i18n.LocalizedText;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import sspr.doctor.catalog.Resolution;
import sspr.doctor.catalog.Role;
import sspr.doctor.catalog.Sku;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.DerivedFacts;
import sspr.doctor.text.Suggestions;

/**
 * A tenant read from disk, offline: EntraExporter's folders or a flat folder of Graph pages (see
 * {@link Collection}). The small collections are indexed on opening; users and registration
 * details are streamed when asked for. Facts the snapshot does not hold are reported unknown.
 */
public final class TenantSnapshot {
    /** A user object of the snapshot and where it is. */
    public record User(JsonNode object, Source source) {
        public String id() { return TenantIndex.text(object, "id"); }

        public String userPrincipalName() { return TenantIndex.text(object, "userPrincipalName"); }
    }

    private final SnapshotFiles files;
    private final TenantIndex index;

    /** The role catalogue with this snapshot's custom roles: role assignments resolve against it. */
    private final sspr.doctor.catalog.RoleCatalog roles;

    private TenantSnapshot(SnapshotFiles files) {
        this.files = files;
        this.index = TenantIndex.read(files);
        try {
            this.roles = Catalogs.roles().withCustom(customRoles());
        } catch (sspr.doctor.catalog.RoleDefinitionException e) {
            throw e.text() == null ? new SnapshotException(e.getMessage()) : new SnapshotException(e.origin(), e.text());
        }
    }

    /**
     * The snapshot's custom roles, and for each role assignment whose roleDefinitionId is neither a
     * known built-in role nor a definition of the snapshot, a role of that id without permissions: a
     * target holding it counts as holding a role outside Microsoft's table (only Privileged
     * Authentication and Global Administrators reset it), never as holding no role.
     */
    public List<Role> customRoles() {
        List<Role> out = new ArrayList<>(index.customRoles);
        Set<String> known = new java.util.HashSet<>();
        for (Role r : out) known.add(r.roleTemplateId().toLowerCase(Locale.ROOT));
        for (java.util.Map<String, List<TenantIndex.Assignment>> m : List.of(index.assignments, index.eligibilities)) {
            for (List<TenantIndex.Assignment> list : m.values()) {
                for (TenantIndex.Assignment a : list) {
                    String id = a.roleId();
                    if (id == null || known.contains(id.toLowerCase(Locale.ROOT))) continue;
                    if (Catalogs.builtInRoles().resolves(id)) continue;
                    known.add(id.toLowerCase(Locale.ROOT));
                    out.add(new Role(id, id, id.toLowerCase(Locale.ROOT), false, false, false, false, List.of(), "", List.of(), false, false,
                            new sspr.doctor.catalog.Provenance(a.source().file(), "", "", "")));
                }
            }
        }
        return out;
    }

    /** Opens and indexes {@code dir}; a missing folder is a {@link SnapshotException}. */
    public static TenantSnapshot open(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new SnapshotException("--tenant", LocalizedText.of("not-a-folder", "path", dir));
        if (!Files.isDirectory(dir)) throw new SnapshotException("--tenant", LocalizedText.of("no-such-directory", "path", dir));
        return new TenantSnapshot(new SnapshotFiles(dir));
    }

    /** What the snapshot holds for an audit with or without an administrator (no records counted). */
    public SnapshotCheck check(boolean withActor) {
        return SnapshotCheck.of(this, withActor, false);
    }

    /** The collections the snapshot lacks, each with its file names in both layouts. */
    public List<Collection> missing() {
        return index.missing();
    }

    /** The facts that a missing collection leaves unknown, for the warning. */
    public static List<String> factsFrom(Collection c) {
        switch (c) {
            case USERS: return List.of("hybrid", "federated", "licenses", "guest", "signInBlocked");
            case SUBSCRIBED_SKUS: return List.of("licenses");
            case DOMAINS: return List.of("federated");
            case ROLE_ASSIGNMENTS: return List.of("roles", "targetRoles", "targetInRestrictedAu");
            case ROLE_DEFINITIONS: return List.of("roles", "targetRoles");
            case ROLE_ELIGIBILITY: return List.of("roleNotActivated");
            case GROUPS: return List.of("targetInRoleAssignableGroup");
            case ADMINISTRATIVE_UNITS: return List.of("targetMemberOfRestrictedAu", "targetInActorUnit");
            case AUTHORIZATION_POLICY: return List.of("adminSsprDisabled");
            case ONPREM_SYNC: return List.of("writeback");
            case REGISTRATION: return List.of("registered", "ssprScope", "inSsprGroup");
            default: return List.of();
        }
    }

    /** Every user, streamed; {@code each} must not keep the object. */
    public void eachUser(Consumer<User> each) {
        List<SnapshotFiles.SnapshotFile> list = files.files(Collection.USERS);
        if (list == null) return;
        for (SnapshotFiles.SnapshotFile f : list) {
            GraphRecords.read(f.path(), f.name(), (n, s) -> {
                each.accept(new User(n, s));
                return true;
            });
        }
    }

    /** Every user, streamed as the properties the facts use; {@code each} must not keep the object, which is reused. */
    void eachUserFields(Consumer<UserFields> each) {
        eachUserBatch(1, (batch, n) -> each.accept(batch[0]));
    }

    /** Hears users a batch at a time: {@code users[0, n)}, in file order; the objects are reused after it returns. */
    interface Batch {
        void accept(UserFields[] users, int n);
    }

    /** Every user, as {@link #eachUserFields}, in batches of up to {@code size} (the last of each file may be smaller). */
    void eachUserBatch(int size, Batch each) {
        List<SnapshotFiles.SnapshotFile> list = files.files(Collection.USERS);
        if (list == null) return;
        UserFields[] batch = new UserFields[size];
        for (int i = 0; i < size; i++) batch[i] = new UserFields();
        int[] n = {0};
        UserScanner scanner = "off".equals(System.getProperty(FAST_PATHS)) ? null : new UserScanner();
        for (SnapshotFiles.SnapshotFile f : list) {
            long given = 0;
            if (scanner != null) {
                try (java.io.InputStream in = Files.newInputStream(f.path())) {
                    scanner.reset(in, f.name());
                    while (scanner.next(batch[n[0]])) {
                        given++;
                        if (++n[0] == size) {
                            each.accept(batch, n[0]);
                            n[0] = 0;
                        }
                    }
                    if (n[0] > 0) each.accept(batch, n[0]);
                    n[0] = 0;
                    continue;
                } catch (UserScanner.Unsupported | java.io.IOException e) {
                    // the users read so far are heard; Jackson takes the file over after them, and reads or reports the rest as always
                    if (n[0] > 0) each.accept(batch, n[0]);
                    n[0] = 0;
                    handOvers++;
                }
            }
            long skip = given;
            long[] seen = {0};
            GraphRecords.read(f.path(), f.name(), (o, s) -> {
                if (seen[0]++ < skip) return true;
                batch[n[0]] = UserFields.of(o, s);
                if (++n[0] == size) {
                    each.accept(batch, n[0]);
                    n[0] = 0;
                }
                return true;
            }, (p, file, path, i, document) -> {
                if (seen[0]++ < skip) {
                    p.skipChildren();
                    return true;
                }
                UserFields u = batch[n[0]];
                u.parse(p);
                u.at(file, path, i, document);
                if (++n[0] == size) {
                    each.accept(batch, n[0]);
                    n[0] = 0;
                }
                return true;
            });
            // what the file gave, before the next file (or the error that stopped it, which hears nothing more)
            if (n[0] > 0) each.accept(batch, n[0]);
            n[0] = 0;
        }
    }

    /**
     * {@code -Dsspr.doctor.tenant.fastPaths=off} reads users with Jackson only, and has the audit work out
     * every user's facts (no verdicts by shape): for the tests that both ways give the same reports, and
     * for a before/after in one build.
     */
    static final String FAST_PATHS = "sspr.doctor.tenant.fastPaths";

    /** Users files the scanner handed over to Jackson: for tests, which check that the usual forms never need it. */
    int handOvers;

    /** The tenant's licences as the admin-reset facts take them (subscribedSkus), or null when unknown. */
    Object adminLicence() {
        Values v = new Values();
        licences(v, new UserFields(), false);
        return v.value;
    }

    /** Catches the one fact {@link #adminLicence} asks for. */
    private static final class Values implements FactSink {
        Object value;

        @Override public void put(String key, Object value, Located at, String property) { this.value = value; }

        @Override public void putAbsent(String key, Object value, Source collection, String field, String id) { this.value = value; }

        @Override public void unknown(String key) { this.value = null; }
    }

    /** The user with this id or user principal name; a miss is a {@link SnapshotException} with a did-you-mean over the UPNs. */
    public User user(String idOrUpn, String option) {
        if (files.files(Collection.USERS) == null) {
            throw new SnapshotException(option, LocalizedText.of("snapshot-no-users", "files", Collection.USERS.describe()));
        }
        String wanted = idOrUpn.strip().toLowerCase(Locale.ROOT);
        User[] found = new User[1];
        // the closest names seen so far, so that a million users need no list of every name
        List<String> close = new ArrayList<>();
        eachUser(u -> {
            if (found[0] != null) return;
            String id = u.id();
            String upn = u.userPrincipalName();
            if ((id != null && id.toLowerCase(Locale.ROOT).equals(wanted)) || (upn != null && upn.toLowerCase(Locale.ROOT).equals(wanted))) {
                found[0] = new User(u.object().deepCopy(), u.source());
            } else if (upn != null) {
                close.add(upn);
                if (close.size() > 256) {
                    List<String> keep = Suggestions.closest(idOrUpn, close, 3);
                    close.clear();
                    close.addAll(keep);
                }
            }
        });
        if (found[0] == null) {
            throw new SnapshotException(option, LocalizedText.of("snapshot-no-user", "user", idOrUpn,
                    "suggest", LocalizedText.didYouMean(Suggestions.closest(idOrUpn, close, 3))));
        }
        return found[0];
    }

    /** The registration details of a user (by id, else by user principal name), or null. */
    public User registration(User user) {
        List<SnapshotFiles.SnapshotFile> list = files.files(Collection.REGISTRATION);
        if (list == null) return null;
        String id = user.id();
        String upn = user.userPrincipalName();
        User[] found = new User[1];
        for (SnapshotFiles.SnapshotFile f : list) {
            GraphRecords.read(f.path(), f.name(), (n, s) -> {
                String rid = TenantIndex.text(n, "id");
                String rupn = TenantIndex.text(n, "userPrincipalName");
                if ((id != null && id.equalsIgnoreCase(rid)) || (rid == null && upn != null && upn.equalsIgnoreCase(rupn))) {
                    found[0] = new User(n, s);
                    return false;
                }
                return true;
            });
            if (found[0] != null) break;
        }
        return found[0];
    }

    /** Facts about the user whose password is reset. {@code selfService} picks whose licences count: the user's, else the tenant's. */
    public SnapshotFacts targetFacts(User user, User registration, boolean selfService) {
        SnapshotFacts f = new SnapshotFacts();
        targetFacts(UserFields.of(user.object(), user.source()), flags(registration), selfService, f);
        return f;
    }

    /** What the registration details say about self-service reset for one user; {@code at} is the record. */
    record Registration(Boolean registered, Boolean enabled, FactSink.Located at) {}

    static Registration flags(User registration) {
        if (registration == null) return null;
        return new Registration(TenantIndex.bool(registration.object(), "isSsprRegistered"),
                TenantIndex.bool(registration.object(), "isSsprEnabled"), registration.source());
    }

    /** The facts of one user, told to {@code f}; the same derivation for diagnose and the audit. */
    void targetFacts(UserFields u, Registration registration, boolean selfService, FactSink f) {
        String id = u.id;
        // roles held, directly or through a role-assignable group; at a restricted unit's scope
        if (index.assignmentsKnown) {
            List<TenantIndex.Assignment> held = index.rolesOf(index.assignments, id);
            if (held.isEmpty()) {
                f.putAbsent("target-role", NONE, index.assignmentsAt, "principalId", id);
                if (index.unitsAt != null) f.putAbsent("target-in-restricted-au", Boolean.FALSE, index.assignmentsAt, "principalId", id);
                else f.unknown("target-in-restricted-au");
            } else {
                List<String> aliases = aliases(held);
                TenantIndex.Assignment restricted = null;
                for (TenantIndex.Assignment a : held) if (a.auScoped() && index.restrictedUnits.contains(a.auId()) && restricted == null) restricted = a;
                f.put("target-role", aliases.isEmpty() ? NONE : aliases, held.get(0).source(), null);
                if (restricted != null) f.put("target-in-restricted-au", Boolean.TRUE, restricted.source(), null);
                else if (index.unitsAt != null) f.putAbsent("target-in-restricted-au", Boolean.FALSE, index.assignmentsAt, "principalId", id);
                else f.unknown("target-in-restricted-au");
            }
        } else {
            f.unknown("target-role");
            f.unknown("target-in-restricted-au");
        }
        membership(f, "target-in-role-assignable-group", index.groupsAt, index.roleAssignableGroupsOf.get(TenantIndex.key(id)), id);
        membership(f, "target-member-of-restricted-au", index.unitsAt, index.restrictedUnitsOf.get(TenantIndex.key(id)), id);
        Boolean synced = synced(u);
        if (synced != null) f.put("hybrid", synced, u, "onPremisesSyncEnabled");
        else f.unknown("hybrid");
        Boolean federated = federated(u, synced);
        // the domain's flag is the one federated() just looked up: domainOf remembers it
        if (federated != null) f.put("federated", federated, lastDomainFlag.source(), null);
        else f.unknown("federated");
        licences(f, u, selfService);
        guest(f, u);
        if (u.accountEnabled != null) f.put("sign-in-blocked", !u.accountEnabled, u, "accountEnabled");
        else f.unknown("sign-in-blocked");
        if (index.writeback != null) f.put("writeback", index.writeback.value(), index.writeback.source(), null);
        else f.unknown("writeback");
        if (index.adminSspr != null) f.put("admin-sspr-disabled", !index.adminSspr.value(), index.adminSspr.source(), null);
        else f.unknown("admin-sspr-disabled");
        registrationFacts(f, registration);
    }

    static final List<String> NONE = List.of("none");

    /** Case-folded ids that a role assignment, a role-assignable group or a restricted unit names; made on first use. */
    private Set<String> mentioned;

    /**
     * Whether {@link #targetFacts} may give this user role, group or unit facts of its own: false for an id
     * that none of those collections names, whose facts there are those of any other such user.
     */
    boolean mentioned(String id) {
        if (id == null) return true;
        if (mentioned == null) {
            Set<String> m = new java.util.HashSet<>(index.assignments.keySet());
            m.addAll(index.roleAssignableGroupsOf.keySet());
            m.addAll(index.restrictedUnitsOf.keySet());
            mentioned = m;
        }
        return !mentioned.isEmpty() && mentioned.contains(TenantIndex.key(id));
    }

    /** The hybrid fact: from onPremisesSyncEnabled when the object has it (null counts as cloud-only), else unknown (null). */
    static Boolean synced(UserFields u) {
        return u.hasOnPremisesSyncEnabled ? Boolean.TRUE.equals(u.onPremisesSyncEnabled) : null;
    }

    /** The federated fact's value (null: unknown), as {@link #targetFacts} gives it. */
    Boolean federated(UserFields u, Boolean synced) {
        TenantIndex.Flag domain = domainOf(u.userPrincipalName);
        // a federated domain describes synced accounts; a cloud-only account there is left to --federated
        return domain != null && !(domain.value() && Boolean.FALSE.equals(synced)) ? domain.value() : null;
    }

    /** The guest fact's value (null: unknown), as {@link #targetFacts} gives it. */
    Boolean guest(UserFields u) {
        guestValue.value = null;
        guest(guestValue, u);
        return (Boolean) guestValue.value;
    }

    private final Values guestValue = new Values();

    /** The self-service licence fact's value (null: unknown), as {@link #targetFacts} gives it; the same list object for the same licences. */
    Object licence(UserFields u) {
        licenceValue.value = null;
        licences(licenceValue, u, true);
        return licenceValue.value;
    }

    private final Values licenceValue = new Values();

    private String lastDomain;
    private TenantIndex.Flag lastDomainFlag;

    /** The domain of a user principal name as the snapshot lists it, or null; the last one is remembered, as users share few domains. */
    private TenantIndex.Flag domainOf(String upn) {
        int at = upn == null ? -1 : upn.lastIndexOf('@');
        if (at < 0) return null;
        int length = upn.length() - at - 1;
        if (lastDomain != null && lastDomain.length() == length && upn.regionMatches(true, at + 1, lastDomain, 0, length)) return lastDomainFlag;
        lastDomain = upn.substring(at + 1).toLowerCase(Locale.ROOT);
        lastDomainFlag = index.federatedDomains.get(lastDomain);
        return lastDomainFlag;
    }

    /** Whether {@code s} contains {@code part} (upper case ASCII), ignoring case, without a copy. */
    private static boolean containsIgnoreCase(String s, String part) {
        char first = part.charAt(0);
        if (Character.isLetter(first)) {
            for (int i = 0; i + part.length() <= s.length(); i++) if (s.regionMatches(true, i, part, 0, part.length())) return true;
            return false;
        }
        // a part that starts with a sign ("#EXT#"): only where the sign is
        for (int i = s.indexOf(first); i >= 0 && i + part.length() <= s.length(); i = s.indexOf(first, i + 1)) {
            if (s.regionMatches(true, i, part, 0, part.length())) return true;
        }
        return false;
    }

    /**
     * Whether the account is homed in another organization (the "guest" fact: its password is reset
     * there, not here). userType alone does not say it: Microsoft's "Properties of a Microsoft Entra B2B
     * collaboration user" (MicrosoftDocs/entra-docs docs/external-id/user-properties.md @ ae0e56a1,
     * ms.date 10/21/2024) has external members (userType Member, credentials of another organization)
     * and internal guests (userType Guest, "internal credentials", Identities = the host's domain), and
     * notes "Identities and UserType are independent properties". What marks an account homed elsewhere
     * there: the #EXT# user principal name of a B2B collaboration user, an identity issued by another
     * organization (ExternalAzureAD, Microsoft account, google.com, mail, an issuer URI), an invitation's
     * creationType and externalUserState. An identity issued by one of this tenant's domains means its
     * own credentials. Only when the object says none of this does userType decide, as before.
     */
    private void guest(FactSink f, UserFields u) {
        if (u.identities != null) {
            for (UserFields.Identity i : u.identities) {
                if (i.issuer() == null || "userPrincipalName".equalsIgnoreCase(i.signInType()) && hostIssuer(i.issuer(), u)) continue;
                if (!hostIssuer(i.issuer(), u)) {
                    f.put("guest", Boolean.TRUE, u, "identities");
                    return;
                }
            }
        }
        if (u.userPrincipalName != null && u.userPrincipalName.indexOf('#') >= 0 && containsIgnoreCase(u.userPrincipalName, "#EXT#")) {
            f.put("guest", Boolean.TRUE, u, "userPrincipalName");
            return;
        }
        if (u.externalUserState != null) {
            f.put("guest", Boolean.TRUE, u, "externalUserState");
            return;
        }
        if ("Invitation".equalsIgnoreCase(u.creationType)) {
            f.put("guest", Boolean.TRUE, u, "creationType");
            return;
        }
        if (u.identities != null) {
            for (UserFields.Identity i : u.identities) {
                if (i.issuer() != null && hostIssuer(i.issuer(), u)) {
                    f.put("guest", Boolean.FALSE, u, "identities");
                    return;
                }
            }
        }
        if (u.userType != null) f.put("guest", u.userType.equalsIgnoreCase("Guest"), u, "userType");
        else f.unknown("guest");
    }

    /** An issuer that is this tenant: one of its domains, else (no domains in the snapshot) the domain of the user's own, non-#EXT# name. */
    private boolean hostIssuer(String issuer, UserFields u) {
        String i = issuer.toLowerCase(Locale.ROOT);
        if (index.domainsAt != null) return index.hostDomains.contains(i);
        String upn = u.userPrincipalName;
        return upn != null && !containsIgnoreCase(upn, "#EXT#") && upn.toLowerCase(Locale.ROOT).endsWith("@" + i);
    }

    /** Registered from isSsprRegistered; whether policy enables the user from isSsprEnabled (scope all, or selected without the group). */
    static void registrationFacts(FactSink f, Registration registration) {
        Boolean registered = registration == null ? null : registration.registered();
        if (registered != null) f.put("registered", registered, registration.at(), "isSsprRegistered");
        else f.unknown("registered");
        Boolean enabled = registration == null ? null : registration.enabled();
        if (enabled == null) {
            f.unknown("sspr-scope");
            f.unknown("in-sspr-group");
        } else if (enabled) {
            f.put("sspr-scope", "all", registration.at(), "isSsprEnabled");
            f.unknown("in-sspr-group");
        } else {
            f.put("sspr-scope", "selected", registration.at(), "isSsprEnabled");
            f.put("in-sspr-group", Boolean.FALSE, registration.at(), "isSsprEnabled");
        }
    }

    /** Facts about the administrator who resets: roles (active, else PIM-eligible), their scope and activation. */
    public SnapshotFacts actorFacts(User actor) {
        SnapshotFacts f = new SnapshotFacts();
        String id = actor.id();
        if (!index.assignmentsKnown && !index.eligibilitiesKnown) {
            f.unknown("role");
            f.unknown("role-scope");
            f.unknown("role-not-activated");
            return f;
        }
        List<TenantIndex.Assignment> active = index.assignmentsKnown ? index.rolesOf(index.assignments, id) : List.of();
        List<TenantIndex.Assignment> eligible = index.eligibilitiesKnown ? index.rolesOf(index.eligibilities, id) : List.of();
        boolean activeCanReset = false;
        for (TenantIndex.Assignment a : active) if (canReset(a)) activeCanReset = true;
        List<TenantIndex.Assignment> used = new ArrayList<>(active);
        boolean notActivated = !activeCanReset && !eligible.isEmpty();
        if (notActivated) used.addAll(eligible);
        List<String> aliases = aliases(used);
        Source at = !used.isEmpty() ? used.get(0).source()
                : filter(index.assignmentsKnown ? index.assignmentsAt : index.eligibilitiesAt, "principalId", id);
        f.put("role", aliases.isEmpty() ? List.of("none") : aliases, at);
        // the scope of the roles that reset: unit-scoped only when none of them is tenant-wide
        boolean tenantWide = false;
        TenantIndex.Assignment unit = null;
        for (TenantIndex.Assignment a : used) {
            if (!canReset(a)) continue;
            if (a.auScoped()) { if (unit == null) unit = a; } else tenantWide = true;
        }
        if (unit != null && !tenantWide) f.put("role-scope", "au", new Source(unit.source().file(), unit.source().path().replace(".roleDefinitionId", ".directoryScopeId"), unit.source().page()));
        else f.put("role-scope", "tenant", at);
        if (index.eligibilitiesKnown) {
            f.put("role-not-activated", notActivated, notActivated ? eligible.get(0).source()
                    : filter(index.eligibilitiesAt, "principalId", id));
        } else {
            f.unknown("role-not-activated");
        }
        return f;
    }

    private boolean canReset(TenantIndex.Assignment a) {
        Role r = role(a.roleId());
        return r != null && (sspr.doctor.catalog.ResourceActions.resetsPasswords(r) || r.alias().startsWith("partner-tier"));
    }

    /**
     * Whether the target is in a unit of the actor's unit-scoped roles that reset passwords (the roles
     * {@link #actorFacts} uses); nothing when those roles are not unit-scoped. A member of a
     * restricted-management unit counts only for a role assigned at a restricted-management unit it
     * is a member of (admin-units-restricted-management.md: another regular unit is blocked).
     */
    public SnapshotFacts unitFacts(User actor, User target) {
        ActorUnits units = actorUnits(actor);
        if (units == null) {
            SnapshotFacts f = new SnapshotFacts();
            f.unknown("target-in-actor-unit");
            return f;
        }
        return unitFacts(units, target.id());
    }

    /** The units of an actor whose roles that reset are all unit-scoped (their assignments), and whether members are known. */
    public record ActorUnits(List<TenantIndex.Assignment> roles, boolean membersKnown) {}

    /** The actor's unit-scoped roles that reset, or null when none or when one of them is tenant-wide. Computed once per actor. */
    public ActorUnits actorUnits(User actor) {
        if (!index.assignmentsKnown && !index.eligibilitiesKnown) return null;
        String id = actor.id();
        List<TenantIndex.Assignment> active = index.assignmentsKnown ? index.rolesOf(index.assignments, id) : List.of();
        List<TenantIndex.Assignment> used = new ArrayList<>(active);
        boolean activeCanReset = false;
        for (TenantIndex.Assignment a : active) if (canReset(a)) activeCanReset = true;
        if (!activeCanReset && index.eligibilitiesKnown) used.addAll(index.rolesOf(index.eligibilities, id));
        List<TenantIndex.Assignment> unitRoles = new ArrayList<>();
        for (TenantIndex.Assignment a : used) {
            if (!canReset(a)) continue;
            if (!a.auScoped()) return null; // a tenant-wide role that resets: unit membership does not matter
            unitRoles.add(a);
        }
        return unitRoles.isEmpty() ? null : new ActorUnits(List.copyOf(unitRoles), index.unitsAt != null);
    }

    /** Whether the user {@code targetId} is in one of the actor's units (see {@link #unitFacts(User, User)}). */
    public SnapshotFacts unitFacts(ActorUnits units, String targetId) {
        SnapshotFacts f = new SnapshotFacts();
        if (!units.membersKnown()) {
            f.unknown("target-in-actor-unit");
            return f;
        }
        String target = TenantIndex.key(targetId);
        boolean targetRestricted = index.restrictedUnitsOf.containsKey(target);
        for (TenantIndex.Assignment a : units.roles()) {
            java.util.Map<String, Source> members = index.unitMembers.get(a.auId());
            Source at = members == null || target == null ? null : members.get(target);
            if (at != null && (!targetRestricted || index.restrictedUnits.contains(a.auId()))) {
                f.put("target-in-actor-unit", Boolean.TRUE, at);
                return f;
            }
        }
        f.put("target-in-actor-unit", Boolean.FALSE, filter(index.unitsAt, "id", units.roles().get(0).auId()));
        return f;
    }

    private Role role(String templateId) {
        if (templateId == null) return null;
        Resolution<Role> r = roles.resolve(templateId);
        return r.found() ? r.value() : null;
    }

    /** Roles by alias (a custom role by its name, see {@link #customRoles()}), in assignment order. */
    private List<String> aliases(List<TenantIndex.Assignment> held) {
        Set<String> out = new LinkedHashSet<>();
        for (TenantIndex.Assignment a : held) {
            Role r = role(a.roleId());
            if (r != null) out.add(r.alias());
        }
        return new ArrayList<>(out);
    }

    private static void membership(FactSink f, String key, Source collection, List<TenantIndex.Membership> found, String id) {
        if (collection == null) f.unknown(key);
        else if (found != null && !found.isEmpty()) f.put(key, Boolean.TRUE, found.get(0).source(), null);
        else f.putAbsent(key, Boolean.FALSE, collection, "id", id);
    }

    /**
     * The licences that count: for admin reset the tenant's (subscribedSkus; without it unknown, never
     * the user's), for self-service the user's assignedLicenses. A SKU whose every Entra ID plan is in
     * the assignment's disabledPlans gives no Entra ID P1/P2 licensing and is left out. A SKU neither
     * the catalog nor the snapshot can name makes the list unknown: what it would give is not known.
     */
    private void licences(FactSink f, UserFields u, boolean selfService) {
        if (!selfService) {
            List<String> tenant = index.skusAt == null ? UNRESOLVED : tenantLicences();
            if (tenant != UNRESOLVED) f.put("license", tenant, index.skusAt, null);
            else f.unknown("license");
            return;
        }
        if (u.assignedLicenses == null) {
            f.unknown("license");
            return;
        }
        // the user scanner gives the same list object for the same bytes: found by identity first, without hashing the list
        int slot = System.identityHashCode(u.assignedLicenses) & (LICENCE_SLOTS - 1);
        List<String> parts = licenceKeys[slot] == u.assignedLicenses ? licenceParts[slot] : userLicences.get(u.assignedLicenses);
        if (parts == null) {
            parts = userPartNumbers(u.assignedLicenses);
            if (userLicences.size() > 4096) userLicences.clear();
            userLicences.put(u.assignedLicenses, parts);
        }
        licenceKeys[slot] = u.assignedLicenses;
        licenceParts[slot] = parts;
        if (parts == UNRESOLVED) f.unknown("license");
        else f.put("license", parts, u, "assignedLicenses");
    }

    private static final List<String> UNRESOLVED = new ArrayList<>();
    private static final int LICENCE_SLOTS = 256;
    private final Object[] licenceKeys = new Object[LICENCE_SLOTS];
    @SuppressWarnings("unchecked")
    private final List<String>[] licenceParts = new List[LICENCE_SLOTS];
    /** The users' licence lists repeat: each distinct assignedLicenses is resolved once. */
    private final java.util.Map<List<UserFields.License>, List<String>> userLicences = new java.util.HashMap<>();
    private List<String> tenantLicences;

    private List<String> tenantLicences() {
        if (tenantLicences == null) {
            List<String> parts = partNumbers(index.tenantSkuIds);
            tenantLicences = parts == null ? UNRESOLVED : parts;
        }
        return tenantLicences;
    }

    /**
     * Service plans of Entra ID P1 (AAD_PREMIUM) and P2 (AAD_PREMIUM_P2), from Microsoft's "Product names
     * and service plan identifiers for licensing" file (/work/shared/reference/microsoft-licensing-service-plans.csv,
     * 2025-10-29; docs/identity/users/licensing-service-plan-reference.md @ 067a0c7b).
     */
    static final String ENTRA_P1_PLAN = "41781fb2-bc02-4b7c-bd55-b576c07bb09d";
    static final String ENTRA_P2_PLAN = "eec0eb4f-6444-4f95-aba0-50c24d67f998";

    private List<String> userPartNumbers(List<UserFields.License> assigned) {
        List<String> ids = new ArrayList<>();
        for (UserFields.License l : assigned) {
            if (l.skuId() == null) continue;
            String sku = l.skuId().toLowerCase(Locale.ROOT);
            if (!l.disabledPlans().isEmpty() && entraPlansDisabled(sku, l.disabledPlans())) continue;
            ids.add(sku);
        }
        List<String> parts = partNumbers(ids);
        return parts == null ? UNRESOLVED : parts;
    }

    /** Whether the SKU bundles Entra ID P1 or P2 and every such plan is disabled. */
    private boolean entraPlansDisabled(String skuId, List<String> disabled) {
        java.util.Set<String> plans = index.skuEntraPlans.get(skuId);
        if (plans == null) {
            Resolution<Sku> r = Catalogs.skus().resolve(skuId);
            if (!r.found()) return false;
            plans = new java.util.HashSet<>();
            if (r.value().hasEntraP1()) plans.add(ENTRA_P1_PLAN);
            if (r.value().hasEntraP2()) plans.add(ENTRA_P2_PLAN);
        }
        return !plans.isEmpty() && disabled.containsAll(plans);
    }

    /** Part numbers the catalog knows: the tenant's own name for the skuId first, else the catalog's; null when a SKU cannot be named. */
    private List<String> partNumbers(List<String> skuIds) {
        Set<String> out = new LinkedHashSet<>();
        boolean unresolved = false;
        for (String id : skuIds) {
            Resolution<Sku> r = Catalogs.skus().resolve(id);
            if (r.found()) { out.add(r.value().skuPartNumber()); continue; }
            String part = index.skuPartNumbers.get(id);
            if (part != null && Catalogs.skus().resolve(part).found()) out.add(Catalogs.skus().resolve(part).value().skuPartNumber());
            else unresolved = true;
        }
        List<String> sorted = new ArrayList<>(out);
        java.util.Collections.sort(sorted);
        // a SKU nobody can name could only add licensing: it matters only when the named ones lack some
        if (unresolved && !(Boolean.TRUE.equals(DerivedFacts.licenseWriteback(sorted, Catalogs::skus))
                && "yes".equals(DerivedFacts.licenseSelfService(sorted, Catalogs::skus)))) return null;
        return sorted;
    }

    /** A JSONPath filter over a collection, for a fact that holds because no record matched. */
    private static Source filter(Source collection, String field, String id) {
        return new Source(collection.file(), collection.path() + "[?(@." + field + "=='" + id + "')]", 0);
    }

    /** The directory index, for the audit. */
    TenantIndex index() { return index; }

    SnapshotFiles files() { return files; }
}
