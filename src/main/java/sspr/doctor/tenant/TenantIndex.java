package sspr.doctor.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The small collections of a snapshot, read whole: role assignments and eligibilities by principal,
 * role-assignable groups and restricted-management units with their members, domains, SKUs and the
 * tenant policies. Users and registration details — the large ones — are streamed, never held here.
 */
final class TenantIndex {
    /** A directory role held by a principal, at a scope ("/" or "/administrativeUnits/{id}"). */
    record Assignment(String roleId, String scope, Source source) {
        boolean auScoped() { return scope != null && scope.toLowerCase(Locale.ROOT).startsWith("/administrativeunits/"); }

        String auId() { return auScoped() ? scope.substring(scope.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT) : null; }
    }

    record Flag(boolean value, Source source) {}

    record Membership(String objectId, boolean owner, Source source) {}

    final SnapshotFiles files;
    final Set<Collection> missing = EnumSet.noneOf(Collection.class);
    final Map<String, List<Assignment>> assignments = new HashMap<>();
    final Map<String, List<Assignment>> eligibilities = new HashMap<>();
    boolean assignmentsKnown;
    boolean eligibilitiesKnown;
    Source assignmentsAt;
    Source eligibilitiesAt;
    /** Members and owners of role-assignable groups: member id → the groups. */
    final Map<String, List<Membership>> roleAssignableGroupsOf = new HashMap<>();
    Source groupsAt;
    /** Members of restricted-management administrative units: member id → the units. */
    final Map<String, List<Membership>> restrictedUnitsOf = new HashMap<>();
    final Set<String> restrictedUnits = new java.util.HashSet<>();
    /** Members of every administrative unit: unit id → member ids (for a unit-scoped actor). */
    final Map<String, Map<String, Source>> unitMembers = new HashMap<>();
    /** Custom role definitions (isBuiltIn false): a role assignment's roleDefinitionId resolves to one of these. */
    final List<sspr.doctor.catalog.Role> customRoles = new ArrayList<>();
    Source definitionsAt;
    Source unitsAt;
    final Map<String, Flag> federatedDomains = new HashMap<>();
    Source domainsAt;
    final Map<String, String> skuPartNumbers = new HashMap<>();
    /** The tenant's user licences (appliesTo User, not suspended/deleted), as skuIds. */
    final List<String> tenantSkuIds = new ArrayList<>();
    Source skusAt;
    Flag writeback;
    Flag adminSspr;
    /** The tenant's own domains (lower case), for telling this tenant's credentials from another's. */
    final Set<String> hostDomains = new java.util.HashSet<>();
    /** directoryRole object id → its roleTemplateId (scopedRoleMembers name the role object, not the template). */
    final Map<String, String> directoryRoleTemplates = new HashMap<>();
    /** Each principal|role|scope once, however many collections list it. */
    /** skuId → the Entra ID P1/P2 service plan ids it bundles, when subscribedSkus lists its servicePlans. */
    final Map<String, Set<String>> skuEntraPlans = new HashMap<>();
    private final Set<String> seenAssignments = new java.util.HashSet<>();

    private TenantIndex(SnapshotFiles files) {
        this.files = files;
    }

    static TenantIndex read(SnapshotFiles files) {
        TenantIndex x = new TenantIndex(files);
        x.readDefinitions();
        x.readAssignments();
        x.readSchedules();
        x.readDirectoryRoles();
        x.readEligibilities();
        x.readGroups();
        x.readUnits();
        x.readDomains();
        x.readSkus();
        x.readPolicies();
        if (files.files(Collection.USERS) == null) x.missing.add(Collection.USERS);
        if (files.files(Collection.REGISTRATION) == null) x.missing.add(Collection.REGISTRATION);
        return x;
    }

    static String key(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static Boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isBoolean() ? null : v.booleanValue();
    }

    /** Reads every file of a collection; false (and noted missing) when the snapshot has none. */
    private boolean each(Collection c, GraphRecords.Visitor visitor) {
        List<SnapshotFiles.SnapshotFile> list = files.files(c);
        if (list == null) {
            missing.add(c);
            return false;
        }
        for (SnapshotFiles.SnapshotFile f : list) GraphRecords.read(f.path(), f.name(), visitor);
        return true;
    }

    private Source collectionSource(Collection c) {
        List<SnapshotFiles.SnapshotFile> list = files.files(c);
        String name = list != null && list.size() == 1 ? list.get(0).name() : (c.exporterPath == null ? c.flatFile : c.exporterPath + "/");
        return new Source(name, list != null && list.size() == 1 ? "$.value" : "$", 0);
    }

    private void readAssignments() {
        assignmentsKnown = each(Collection.ROLE_ASSIGNMENTS, (n, s) -> {
            assign(text(n, "principalId"), new Assignment(text(n, "roleDefinitionId"), text(n, "directoryScopeId"), s.at("roleDefinitionId")));
            return true;
        });
        if (assignmentsKnown) assignmentsAt = collectionSource(Collection.ROLE_ASSIGNMENTS);
    }

    /**
     * EntraExporter 3's roleAssignmentScheduleInstances (active assignments, the same principalId /
     * roleDefinitionId / directoryScopeId as roleAssignments): on their own they are the roles; beside
     * roleAssignments they add nothing new (each assignment is kept once).
     */
    private void readSchedules() {
        List<SnapshotFiles.SnapshotFile> list = files.files(Collection.ROLE_ASSIGNMENT_SCHEDULES);
        if (list == null) return;
        for (SnapshotFiles.SnapshotFile f : list) {
            GraphRecords.read(f.path(), f.name(), (n, s) -> {
                assign(text(n, "principalId"), new Assignment(text(n, "roleDefinitionId"), text(n, "directoryScopeId"), s.at("roleDefinitionId")));
                return true;
            });
        }
        if (!assignmentsKnown) {
            assignmentsKnown = true;
            missing.remove(Collection.ROLE_ASSIGNMENTS);
            assignmentsAt = collectionSource(Collection.ROLE_ASSIGNMENT_SCHEDULES);
        }
    }

    private void assign(String principal, Assignment a) {
        if (principal == null) return;
        String scope = a.scope() == null ? "/" : a.scope().toLowerCase(Locale.ROOT);
        if (!seenAssignments.add(key(principal) + "|" + key(a.roleId()) + "|" + scope)) return;
        add(assignments, principal, a);
    }

    /** The legacy directoryRoles with members (tenant scope) and scopedMembers (unit scope), as EntraExporter writes them. */
    private void readDirectoryRoles() {
        List<SnapshotFiles.SnapshotFile> list = files.files(Collection.DIRECTORY_ROLES);
        if (list == null) return;
        boolean before = assignmentsKnown;
        for (SnapshotFiles.SnapshotFile f : list) {
            GraphRecords.read(f.path(), f.name(), (role, s) -> {
                String objectId = text(role, "id");
                String template = text(role, "roleTemplateId");
                if (objectId != null && template != null) directoryRoleTemplates.put(key(objectId), template);
                JsonNode inline = role.get("members");
                if (inline != null && inline.isArray()) {
                    for (int i = 0; i < inline.size(); i++) {
                        assign(text(inline.get(i), "id"), new Assignment(template, "/", s.at("members[" + i + "]")));
                    }
                }
                if (objectId == null) return true;
                for (SnapshotFiles.SnapshotFile m : files.children(Collection.DIRECTORY_ROLES, objectId, Collection.Child.MEMBERS)) {
                    GraphRecords.read(m.path(), m.name(), (member, ms) -> {
                        assign(text(member, "id"), new Assignment(template, "/", ms.at("id")));
                        return true;
                    });
                }
                for (SnapshotFiles.SnapshotFile m : files.children(Collection.DIRECTORY_ROLES, objectId, Collection.Child.SCOPED_MEMBERS)) {
                    GraphRecords.read(m.path(), m.name(), (scoped, ms) -> {
                        JsonNode info = scoped.get("roleMemberInfo");
                        String member = info == null ? null : text(info, "id");
                        assign(member, new Assignment(template, "/administrativeUnits/" + text(scoped, "administrativeUnitId"), ms.at("roleMemberInfo.id")));
                        return true;
                    });
                }
                return true;
            });
        }
        assignmentsKnown = true;
        if (!before) {
            missing.remove(Collection.ROLE_ASSIGNMENTS);
            assignmentsAt = collectionSource(Collection.DIRECTORY_ROLES);
        }
    }

    private void readEligibilities() {
        eligibilitiesKnown = each(Collection.ROLE_ELIGIBILITY, (n, s) -> {
            add(eligibilities, text(n, "principalId"), new Assignment(text(n, "roleDefinitionId"), text(n, "directoryScopeId"), s.at("roleDefinitionId")));
            return true;
        });
        if (eligibilitiesKnown) eligibilitiesAt = collectionSource(Collection.ROLE_ELIGIBILITY);
    }

    private void readGroups() {
        boolean known = each(Collection.GROUPS, (g, s) -> {
            if (!Boolean.TRUE.equals(bool(g, "isAssignableToRole"))) return true;
            String id = text(g, "id");
            for (String inline : List.of("members", "owners")) {
                JsonNode list = g.get(inline);
                if (list != null && list.isArray()) {
                    for (int i = 0; i < list.size(); i++) add(roleAssignableGroupsOf, text(list.get(i), "id"), new Membership(id, inline.equals("owners"), s.at(inline + "[" + i + "]")));
                }
            }
            if (id == null) return true;
            for (Collection.Child child : List.of(Collection.Child.MEMBERS, Collection.Child.OWNERS)) {
                for (SnapshotFiles.SnapshotFile m : files.children(Collection.GROUPS, id, child)) {
                    GraphRecords.read(m.path(), m.name(), (member, ms) -> {
                        add(roleAssignableGroupsOf, text(member, "id"), new Membership(id, child == Collection.Child.OWNERS, ms.at("id")));
                        return true;
                    });
                }
            }
            return true;
        });
        if (known) groupsAt = collectionSource(Collection.GROUPS);
    }

    /** Custom roles from roleManagement/directory/roleDefinitions (flat) or RoleManagement/Directory/RoleDefinitions/ (EntraExporter). */
    private void readDefinitions() {
        boolean known = each(Collection.ROLE_DEFINITIONS, (d, s) -> {
            try {
                sspr.doctor.catalog.Role r = sspr.doctor.catalog.RoleDefinitionReader.role(d, s.file(), s.path(),
                        sspr.doctor.diagnosis.Catalogs.builtInRoles());
                if (r != null) customRoles.add(r);
            } catch (sspr.doctor.catalog.RoleDefinitionException e) {
                throw e.text() == null ? new SnapshotException(e.getMessage()) : new SnapshotException(e.origin(), e.text());
            }
            return true;
        });
        if (known) definitionsAt = collectionSource(Collection.ROLE_DEFINITIONS);
    }

    private void readUnits() {
        boolean known = each(Collection.ADMINISTRATIVE_UNITS, (u, s) -> {
            String id = text(u, "id");
            if (id == null) return true;
            unitMembersOf(u, s, id);
            scopedRoleMembers(id);
            if (!Boolean.TRUE.equals(bool(u, "isMemberManagementRestricted"))) return true;
            restrictedUnits.add(key(id));
            JsonNode list = u.get("members");
            if (list != null && list.isArray()) {
                for (int i = 0; i < list.size(); i++) add(restrictedUnitsOf, text(list.get(i), "id"), new Membership(id, false, s.at("members[" + i + "]")));
            }
            for (SnapshotFiles.SnapshotFile m : files.children(Collection.ADMINISTRATIVE_UNITS, id, Collection.Child.MEMBERS)) {
                GraphRecords.read(m.path(), m.name(), (member, ms) -> {
                    add(restrictedUnitsOf, text(member, "id"), new Membership(id, false, ms.at("id")));
                    return true;
                });
            }
            return true;
        });
        if (known) unitsAt = collectionSource(Collection.ADMINISTRATIVE_UNITS);
    }

    /**
     * administrativeUnits/{id}/scopedRoleMembers (EntraExporter 3 writes them under the unit): roles held
     * at the unit's scope. Their roleId is the directoryRole object's id; its template comes from
     * directoryRoles when the snapshot has them, else the id is taken as the template's.
     */
    private void scopedRoleMembers(String unitId) {
        for (SnapshotFiles.SnapshotFile m : files.children(Collection.ADMINISTRATIVE_UNITS, unitId, Collection.Child.SCOPED_ROLE_MEMBERS)) {
            GraphRecords.read(m.path(), m.name(), (scoped, ms) -> {
                JsonNode info = scoped.get("roleMemberInfo");
                String member = info == null ? null : text(info, "id");
                String roleId = text(scoped, "roleId");
                String template = roleId == null ? null : directoryRoleTemplates.getOrDefault(key(roleId), roleId);
                String unit = text(scoped, "administrativeUnitId");
                assign(member, new Assignment(template, "/administrativeUnits/" + (unit == null ? unitId : unit), ms.at("roleMemberInfo.id")));
                return true;
            });
        }
    }

    /** Every unit's members, inline or in its members files, for a unit-scoped actor. */
    private void unitMembersOf(JsonNode u, Source s, String unitId) {
        Map<String, Source> members = unitMembers.computeIfAbsent(key(unitId), k -> new HashMap<>());
        JsonNode list = u.get("members");
        if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                String m = text(list.get(i), "id");
                if (m != null) members.put(key(m), s.at("members[" + i + "]"));
            }
        }
        for (SnapshotFiles.SnapshotFile m : files.children(Collection.ADMINISTRATIVE_UNITS, unitId, Collection.Child.MEMBERS)) {
            GraphRecords.read(m.path(), m.name(), (member, ms) -> {
                String id = text(member, "id");
                if (id != null) members.put(key(id), ms.at("id"));
                return true;
            });
        }
    }

    private void readDomains() {
        boolean known = each(Collection.DOMAINS, (d, s) -> {
            String name = text(d, "id");
            if (name != null) hostDomains.add(key(name));
            String type = text(d, "authenticationType");
            if (name != null && type != null) federatedDomains.put(key(name), new Flag(type.equalsIgnoreCase("Federated"), s.at("authenticationType")));
            return true;
        });
        if (known) domainsAt = collectionSource(Collection.DOMAINS);
    }

    private void readSkus() {
        boolean known = each(Collection.SUBSCRIBED_SKUS, (k, s) -> {
            String skuId = key(text(k, "skuId"));
            String part = text(k, "skuPartNumber");
            if (skuId == null) return true;
            if (part != null) skuPartNumbers.put(skuId, part);
            JsonNode plans = k.get("servicePlans");
            if (plans != null && plans.isArray() && plans.size() > 0) {
                Set<String> entra = new java.util.HashSet<>();
                for (JsonNode plan : plans) {
                    String planId = key(text(plan, "servicePlanId"));
                    String planName = text(plan, "servicePlanName");
                    if (TenantSnapshot.ENTRA_P1_PLAN.equals(planId) || "AAD_PREMIUM".equals(planName)) entra.add(TenantSnapshot.ENTRA_P1_PLAN);
                    if (TenantSnapshot.ENTRA_P2_PLAN.equals(planId) || "AAD_PREMIUM_P2".equals(planName)) entra.add(TenantSnapshot.ENTRA_P2_PLAN);
                }
                skuEntraPlans.put(skuId, entra);
            }
            String status = text(k, "capabilityStatus");
            boolean usable = status == null || status.equalsIgnoreCase("Enabled") || status.equalsIgnoreCase("Warning");
            if (usable && !"Company".equalsIgnoreCase(text(k, "appliesTo"))) tenantSkuIds.add(skuId);
            return true;
        });
        if (known) skusAt = collectionSource(Collection.SUBSCRIBED_SKUS);
    }

    private void readPolicies() {
        each(Collection.AUTHORIZATION_POLICY, (p, s) -> {
            Boolean allowed = bool(p, "allowedToUseSSPR");
            if (allowed != null && adminSspr == null) adminSspr = new Flag(allowed, s.at("allowedToUseSSPR"));
            return true;
        });
        each(Collection.ONPREM_SYNC, (p, s) -> {
            JsonNode features = p.get("features");
            Boolean on = features == null ? null : bool(features, "passwordWritebackEnabled");
            if (on != null && writeback == null) writeback = new Flag(on, s.at("features.passwordWritebackEnabled"));
            return true;
        });
    }

    private static <T> void add(Map<String, List<T>> map, String id, T value) {
        if (id == null) return;
        map.computeIfAbsent(key(id), k -> new ArrayList<>(2)).add(value);
    }

    /** The role assignments of a principal and of the role-assignable groups it is a member of (roles reach members through groups). */
    List<Assignment> rolesOf(Map<String, List<Assignment>> from, String userId) {
        String k = key(userId);
        List<Assignment> direct = from.get(k);
        List<Membership> groups = roleAssignableGroupsOf.get(k);
        if (groups == null) return direct == null ? List.of() : direct; // most users: no group, no copy
        List<Assignment> out = new ArrayList<>(direct == null ? List.of() : direct);
        for (Membership g : groups) {
            if (!g.owner()) out.addAll(from.getOrDefault(key(g.objectId()), List.of()));
        }
        return out;
    }

    /** The collections missing, in a stable order, for the one warning. */
    List<Collection> missing() {
        List<Collection> out = new ArrayList<>();
        for (Collection c : Collection.ALL) if (missing.contains(c)) out.add(c);
        return out;
    }
}
