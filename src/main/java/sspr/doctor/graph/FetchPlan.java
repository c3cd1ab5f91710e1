package sspr.doctor.graph;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code tenant fetch} requests, one flat file per collection (the layout {@code --tenant}
 * reads, see tenant/Collection), with the least-privileged application permission of each (the
 * "Permissions" table of each request's Microsoft Graph v1.0 reference page). Only the properties
 * the facts need are selected; {@code $top=999} where the request documents {@code $top}.
 */
public final class FetchPlan {
    /**
     * One collection: its file name without ".json", its requests (v1.0 paths; several append to
     * one file), the permission, whether Graph may answer "needs P1/P2", and the child collections
     * requested per record ({id} is the parent's id).
     */
    public record Entry(String name, List<String> paths, String permission, boolean premium, List<Entry> children) {
        Entry(String name, String path, String permission) {
            this(name, List.of(path), permission, false, List.of());
        }

        String file() { return name + ".json"; }

        Entry child(String id) {
            List<String> p = new ArrayList<>();
            for (String s : paths) p.add(s.replace("{id}", id));
            return new Entry(name.replace("{id}", id), p, permission, premium, List.of());
        }
    }

    public static final String USERS_SELECT = "id,userPrincipalName,displayName,accountEnabled,userType,onPremisesSyncEnabled,"
            + "assignedLicenses,creationType,externalUserState,identities";

    private FetchPlan() {}

    /** The whole tenant; audit logs of the last {@code sinceDays} days when not null. */
    public static List<Entry> tenant(Integer sinceDays, Instant now) {
        List<Entry> out = new ArrayList<>();
        out.add(new Entry("users", "v1.0/users?$select=" + USERS_SELECT + "&$top=999", "User.Read.All"));
        out.add(new Entry("subscribedSkus", "v1.0/subscribedSkus?$select=id,skuId,skuPartNumber,appliesTo,capabilityStatus,servicePlans",
                "LicenseAssignment.Read.All"));
        out.add(new Entry("domains", "v1.0/domains?$select=id,authenticationType,isVerified", "Domain.Read.All"));
        out.addAll(roles(null));
        out.add(new Entry("groups", List.of("v1.0/groups?$filter=isAssignableToRole eq true&$select=id,displayName,isAssignableToRole&$top=999"),
                "GroupMember.Read.All", false, List.of(
                        new Entry("groups-{id}-members", "v1.0/groups/{id}/members?$select=id,userPrincipalName&$top=999", "GroupMember.Read.All"),
                        new Entry("groups-{id}-owners", "v1.0/groups/{id}/owners?$select=id,userPrincipalName&$top=999", "GroupMember.Read.All"))));
        out.add(new Entry("administrativeUnits", List.of("v1.0/administrativeUnits?$select=id,displayName,isMemberManagementRestricted"),
                "AdministrativeUnit.Read.All", false, List.of(
                        new Entry("administrativeUnits-{id}-members", "v1.0/administrativeUnits/{id}/members?$select=id", "AdministrativeUnit.Read.All"))));
        out.addAll(settings());
        out.add(new Entry("userRegistrationDetails", List.of("v1.0/reports/authenticationMethods/userRegistrationDetails"),
                "AuditLog.Read.All", true, List.of()));
        if (sinceDays != null) out.add(audits(sinceDays, now, null));
        return out;
    }

    /** Role definitions, active assignments and PIM eligibility; {@code principalId} narrows them to one principal. */
    static List<Entry> roles(String principalId) {
        String filter = principalId == null ? "" : "$filter=principalId eq '" + principalId + "'&";
        return List.of(
                new Entry("roleManagement-directory-roleDefinitions",
                        "v1.0/roleManagement/directory/roleDefinitions?$select=id,displayName,isBuiltIn,isEnabled,templateId,rolePermissions",
                        "RoleManagement.Read.Directory"),
                new Entry("roleManagement-directory-roleAssignments",
                        "v1.0/roleManagement/directory/roleAssignments?" + filter + "$select=id,principalId,roleDefinitionId,directoryScopeId",
                        "RoleManagement.Read.Directory"),
                new Entry("roleManagement-directory-roleEligibilityScheduleInstances",
                        List.of("v1.0/roleManagement/directory/roleEligibilityScheduleInstances?" + filter
                                + "$select=id,principalId,roleDefinitionId,directoryScopeId,startDateTime,endDateTime"),
                        "RoleEligibilitySchedule.Read.Directory", true, List.of()));
    }

    /** The tenant-wide settings: admin SSPR and password writeback. */
    static List<Entry> settings() {
        return List.of(
                new Entry("policies-authorizationPolicy", "v1.0/policies/authorizationPolicy?$select=id,allowedToUseSSPR", "Policy.Read.All"),
                new Entry("directory-onPremisesSynchronization", "v1.0/directory/onPremisesSynchronization?$select=id,features",
                        "OnPremDirectorySynchronization.Read.All"));
    }

    /**
     * The password events of the audit log (howto-sspr-reporting.md: the Self-service Password
     * Management service; and Core Directory's admin resets), of one user ({@code targetId}) or all.
     */
    static Entry audits(int sinceDays, Instant now, String targetId) {
        String since = now.minus(sinceDays, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String base = "v1.0/auditLogs/directoryAudits?$filter=activityDateTime ge " + since;
        List<String> paths = new ArrayList<>();
        if (targetId != null) {
            paths.add(base + " and targetResources/any(t:t/id eq '" + targetId + "')&$top=999");
        } else {
            paths.add(base + " and loggedByService eq 'Self-service Password Management'&$top=999");
            paths.add(base + " and loggedByService eq 'Core Directory' and activityDisplayName eq 'Reset user password'&$top=999");
        }
        return new Entry("auditLogs-directoryAudits", paths, "AuditLog.Read.All + Directory.Read.All", true, List.of());
    }
}
