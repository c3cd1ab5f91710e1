package sspr.doctor.tenant;

import java.util.List;

/**
 * The Graph collections a snapshot may hold, with their file in the flat layout (named after the
 * request, '/' → '-') and their folder in EntraExporter's layout (src/Get-EEDefaultSchema.ps1).
 * EntraExporter has no userRegistrationDetails; the flat file is read beside its folders.
 */
public enum Collection {
    USERS("users.json", "Users", "GET /users"),
    SUBSCRIBED_SKUS("subscribedSkus.json", "SubscribedSkus", "GET /subscribedSkus"),
    DOMAINS("domains.json", "Domains", "GET /domains"),
    ROLE_ASSIGNMENTS("roleManagement-directory-roleAssignments.json", "RoleManagement/Directory/RoleAssignments",
            "GET /roleManagement/directory/roleAssignments"),
    /** EntraExporter 3's active assignments ($filter=assignmentType eq 'Assigned'): read for roles, like roleAssignments. */
    ROLE_ASSIGNMENT_SCHEDULES("roleManagement-directory-roleAssignmentScheduleInstances.json", "RoleManagement/Directory/RoleAssignmentScheduleInstances",
            "GET /roleManagement/directory/roleAssignmentScheduleInstances"),
    ROLE_ELIGIBILITY("roleManagement-directory-roleEligibilityScheduleInstances.json", "PIM/DirectoryRoles",
            "GET /roleManagement/directory/roleEligibilityScheduleInstances"),
    ROLE_DEFINITIONS("roleManagement-directory-roleDefinitions.json", "RoleManagement/Directory/RoleDefinitions",
            "GET /roleManagement/directory/roleDefinitions"),
    DIRECTORY_ROLES("directoryRoles.json", "DirectoryRoles", "GET /directoryRoles"),
    ADMINISTRATIVE_UNITS("administrativeUnits.json", "AdministrativeUnits", "GET /administrativeUnits"),
    GROUPS("groups.json", "Groups", "GET /groups?$filter=isAssignableToRole eq true"),
    AUTHORIZATION_POLICY("policies-authorizationPolicy.json", "Policies/AuthorizationPolicy", "GET /policies/authorizationPolicy"),
    ONPREM_SYNC("directory-onPremisesSynchronization.json", "Directory/OnPremisesSynchronization.json",
            "GET /directory/onPremisesSynchronization"),
    REGISTRATION("userRegistrationDetails.json", null, "GET /reports/authenticationMethods/userRegistrationDetails");

    /** The child collections read per object: members, owners, AU-scoped role members. */
    public enum Child {
        MEMBERS("members", "Members"), OWNERS("owners", "Owners"), SCOPED_MEMBERS("scopedMembers", "ScopedMembers"),
        /** administrativeUnits/{id}/scopedRoleMembers (EntraExporter 3: AdministrativeUnits/<id>/ScopedRoleMembers/). */
        SCOPED_ROLE_MEMBERS("scopedRoleMembers", "ScopedRoleMembers");

        final String flat;
        final String folder;

        Child(String flat, String folder) {
            this.flat = flat;
            this.folder = folder;
        }
    }

    public final String flatFile;
    public final String exporterPath;
    public final String request;

    Collection(String flatFile, String exporterPath, String request) {
        this.flatFile = flatFile;
        this.exporterPath = exporterPath;
        this.request = request;
    }

    /** The name of the collection in manifest.json: the flat file's name without ".json". */
    public String manifestName() {
        return childPrefix();
    }

    /** The flat file's prefix for a child: {@code groups-<id>-members.json}. */
    String childPrefix() {
        return flatFile.substring(0, flatFile.length() - ".json".length());
    }

    /** The names a user sees in a warning: both layouts. */
    public String describe() {
        return exporterPath == null ? flatFile : flatFile + " / " + exporterPath + (exporterPath.endsWith(".json") ? "" : "/");
    }

    static final List<Collection> ALL = List.of(values());
}
