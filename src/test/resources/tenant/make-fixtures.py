#!/usr/bin/env python3
"""Writes the fixture tenant 'contoso' in both layouts: flat/ (Graph pages named after their request)
and exporter/ (EntraExporter: one object per file). Objects follow the documented Graph v1.0 response
examples (ids and names invented). Run from this folder: python3 make-fixtures.py"""
import json, os, shutil

E3 = "05e9a617-0261-4cee-bb44-138d3ef5d965"
O365E3 = "6fd2c87f-b296-42f0-b197-1e91e994b900"
P1 = "078d2b04-f1bd-4111-bbd4-b4b1b354cef4"
ROLE = {"global-admin": "62e90394-69f5-4237-9190-012177145e10", "helpdesk-admin": "729827e3-9c14-49f7-bb1b-9608f156bbb8",
        "password-admin": "966707d0-3269-4727-9be2-8c3a10f19b9d", "user-admin": "fe930be7-5e62-47db-91af-98c3a49a38b1",
        "authentication-admin": "c4e39bd9-1100-46d3-8c65-fb160da0071f", "global-reader": "f2ef992c-3afb-46b9-b7cf-a126ee74c451"}
AU_SALES = "a1b2c3d4-0001-4000-8000-00000000a001"
AU_EXEC = "a1b2c3d4-0002-4000-8000-00000000a002"
GROUP_TIER0 = "9f3e2d1c-0001-4000-8000-00000000b001"
GROUP_STAFF = "9f3e2d1c-0002-4000-8000-00000000b002"

def uid(n): return "0b8f6c2e-5a41-4d7e-9c3a-%012d" % n

# name, synced, enabled, type, licences, registered, enabled-for-sspr, capable, admin, methods
USERS = [
    ("mei.lin@contoso.example", True, True, "Member", [E3], True, True, True, False, ["microsoftAuthenticatorPush", "mobilePhone"]),
    ("bob@ad.contoso.example", True, True, "Member", [E3], True, True, True, False, ["mobilePhone", "email"]),
    ("helpdesk@contoso.example", None, True, "Member", [E3], True, True, True, True, ["microsoftAuthenticatorPush", "mobilePhone"]),
    ("pim.helpdesk@contoso.example", None, True, "Member", [E3], True, True, True, False, ["microsoftAuthenticatorPush", "email"]),
    ("au.helpdesk@contoso.example", None, True, "Member", [E3], True, True, True, True, ["microsoftAuthenticatorPush", "mobilePhone"]),
    ("ops-admin@contoso.example", None, True, "Member", [E3], False, True, False, True, ["microsoftAuthenticatorPush"]),
    ("pwadmin@contoso.example", None, True, "Member", [E3], True, True, True, True, ["microsoftAuthenticatorPush", "mobilePhone"]),
    ("useradmin@contoso.example", None, True, "Member", [E3], True, True, True, True, ["fido2", "microsoftAuthenticatorPush"]),
    ("partner_fabrikam.example#EXT#@contoso.onmicrosoft.com", None, True, "Guest", [], False, False, False, False, []),
    ("left.user@contoso.example", None, False, "Member", [O365E3], True, True, True, False, ["mobilePhone", "email"]),
    ("grace@contoso.example", None, True, "Member", [E3], True, True, True, True, ["microsoftAuthenticatorPush", "mobilePhone"]),
    ("owen@contoso.example", None, True, "Member", [E3], True, True, True, False, ["mobilePhone", "email"]),
    ("rita@contoso.example", None, True, "Member", [E3], True, True, True, False, ["mobilePhone", "email"]),
    ("noreg@contoso.example", None, True, "Member", [E3], False, True, False, False, []),
    ("nossp@contoso.example", False, True, "Member", [O365E3], True, False, False, False, ["email", "mobilePhone"]),
    ("ana@contoso.example", None, True, "Member", [O365E3, P1], True, True, True, False, ["softwareOneTimePasscode", "email"]),
    ("sam@contoso.example", True, True, "Member", [E3], None, None, None, None, None),
    ("sales.user@contoso.example", None, True, "Member", [E3], True, True, True, False, ["mobilePhone", "email"]),
    ("execadmin@contoso.example", None, True, "Member", [E3], True, True, True, True, ["microsoftAuthenticatorPush", "mobilePhone"]),
    ("authadmin@contoso.example", None, True, "Member", [E3], True, True, True, True, ["microsoftAuthenticatorPush", "fido2"]),
]
# a holder of a custom role (roleManagement/directory/roleDefinitions, isBuiltIn false): no built-in role
USERS.append(("custom.holder@contoso.example", None, True, "Member", [E3], True, True, True, False, ["mobilePhone", "email"]))
ID = {u[0]: uid(i + 1) for i, u in enumerate(USERS)}

users, regs = [], []
for (upn, synced, enabled, typ, lic, reg, en, cap, admin, methods) in USERS:
    users.append({"id": ID[upn], "userPrincipalName": upn, "displayName": upn.split("@")[0].replace(".", " ").title(),
                  "accountEnabled": enabled, "userType": typ, "onPremisesSyncEnabled": synced,
                  **({"onPremisesDomainName": "ad.contoso.example"} if synced else {}),
                  "assignedLicenses": [{"skuId": s, "disabledPlans": []} for s in lic]})
    if reg is not None:
        regs.append({"id": ID[upn], "userPrincipalName": upn, "userDisplayName": upn.split("@")[0], "userType": typ.lower(),
                     "isAdmin": admin, "isSsprRegistered": reg, "isSsprEnabled": en, "isSsprCapable": cap,
                     "isMfaRegistered": bool(methods), "isMfaCapable": bool(methods), "isPasswordlessCapable": False,
                     "methodsRegistered": methods, "lastUpdatedDateTime": "2026-10-02T08:14:00Z"})

skus = [{"id": "aa5a0e4c-1111-4c2b-9a0e-6a6f8b1c2d3e_" + s, "skuId": s, "skuPartNumber": p, "appliesTo": "User",
         "capabilityStatus": "Enabled", "consumedUnits": c, "prepaidUnits": {"enabled": c + 10, "suspended": 0, "warning": 0, "lockedOut": 0},
         "servicePlans": []} for s, p, c in [(E3, "SPE_E3", 15), (O365E3, "ENTERPRISEPACK", 3), (P1, "AAD_PREMIUM", 1)]]
domains = [{"id": "contoso.example", "authenticationType": "Managed", "isDefault": True, "isVerified": True, "supportedServices": ["Email", "OfficeCommunicationsOnline"]},
           {"id": "ad.contoso.example", "authenticationType": "Federated", "isDefault": False, "isVerified": True, "supportedServices": ["Email"]},
           {"id": "contoso.onmicrosoft.com", "authenticationType": "Managed", "isDefault": False, "isInitial": True, "isVerified": True, "supportedServices": ["Email"]}]

def assignment(n, principal, role, scope="/"):
    return {"id": "lAPpYvVpN0KRkAEhdxReE%03d" % n, "principalId": principal, "roleDefinitionId": ROLE[role],
            "directoryScopeId": scope, "principalOrganizationId": "2f7c9a1e-0000-4000-8000-00000000c0de"}
assignments = [
    assignment(1, ID["helpdesk@contoso.example"], "helpdesk-admin"),
    assignment(2, ID["au.helpdesk@contoso.example"], "helpdesk-admin", "/administrativeUnits/" + AU_SALES),
    assignment(3, ID["ops-admin@contoso.example"], "global-admin"),
    assignment(4, ID["pwadmin@contoso.example"], "password-admin"),
    assignment(5, ID["useradmin@contoso.example"], "user-admin"),
    assignment(6, GROUP_TIER0, "global-reader"),
    assignment(7, ID["execadmin@contoso.example"], "user-admin", "/administrativeUnits/" + AU_EXEC),
    assignment(8, ID["authadmin@contoso.example"], "authentication-admin"),
]
# custom role: evaluated by its permissions (no microsoft.directory/users/password/update, so it resets nothing);
# as a target, a custom-role holder is reset only by Privileged Authentication and Global Administrators
CUSTOM = "c0570a11-0001-4000-8000-00000000f001"
ROLE["contoso-directory-support"] = CUSTOM
definitions = [
    {"id": CUSTOM, "templateId": CUSTOM, "displayName": "Contoso Directory Support", "description": "Updates contact data of users",
     "isBuiltIn": False, "isEnabled": True, "resourceScopes": ["/"], "version": None, "inheritsPermissionsFrom": [],
     "rolePermissions": [{"allowedResourceActions": ["microsoft.directory/users/standard/read", "microsoft.directory/users/contactInfo/update"],
                          "condition": None}]},
    {"id": ROLE["helpdesk-admin"], "templateId": ROLE["helpdesk-admin"], "displayName": "Helpdesk Administrator",
     "description": "Can reset passwords for non-administrators and Helpdesk Administrators.", "isBuiltIn": True, "isEnabled": True,
     "resourceScopes": ["/"], "version": "1", "inheritsPermissionsFrom": [],
     "rolePermissions": [{"allowedResourceActions": ["microsoft.directory/users/password/update", "microsoft.directory/users/invalidateAllRefreshTokens"],
                          "condition": None}]},
]
assignments.append(assignment(9, ID["custom.holder@contoso.example"], "contoso-directory-support"))
eligibility = [{"id": "Lo2k8eXBMkCAD0zvDSd7-1-e", "principalId": ID["pim.helpdesk@contoso.example"], "roleDefinitionId": ROLE["helpdesk-admin"],
                "directoryScopeId": "/", "appScopeId": None, "startDateTime": "2026-06-01T00:00:00Z", "endDateTime": None,
                "memberType": "Direct", "roleEligibilityScheduleId": "9c1d4e2f-0001-4000-8000-00000000e001"}]
groups = [{"id": GROUP_TIER0, "displayName": "Tier0 Admins", "isAssignableToRole": True, "securityEnabled": True, "mailEnabled": False, "groupTypes": []},
          {"id": GROUP_STAFF, "displayName": "All Staff", "isAssignableToRole": False, "securityEnabled": True, "mailEnabled": False, "groupTypes": []}]
group_members = {GROUP_TIER0: [ID["grace@contoso.example"]], GROUP_STAFF: [ID["mei.lin@contoso.example"], ID["owen@contoso.example"]]}
group_owners = {GROUP_TIER0: [ID["owen@contoso.example"]], GROUP_STAFF: []}
units = [{"id": AU_SALES, "displayName": "Sales", "isMemberManagementRestricted": False, "visibility": None},
         {"id": AU_EXEC, "displayName": "Executives", "isMemberManagementRestricted": True, "visibility": "HiddenMembership"}]
unit_members = {AU_SALES: [ID["sales.user@contoso.example"]], AU_EXEC: [ID["rita@contoso.example"]]}
authz = {"id": "authorizationPolicy", "displayName": "Authorization Policy", "allowedToUseSSPR": True, "allowEmailVerifiedUsersToJoinOrganization": False,
         "blockMsolPowerShell": True, "guestUserRoleId": "10dae51f-b6af-4016-8d66-8c2a99b929b3",
         "defaultUserRolePermissions": {"allowedToCreateApps": False, "allowedToCreateSecurityGroups": False, "allowedToReadOtherUsers": True}}
sync = {"id": "2f7c9a1e-0000-4000-8000-00000000c0de", "configuration": {"accidentalDeletionPrevention": {"synchronizationPreventionType": "enabledForCount", "alertThreshold": 500}},
        "features": {"passwordSyncEnabled": True, "passwordWritebackEnabled": True, "cloudPasswordPolicyForPasswordSyncedUsersEnabled": False,
                     "userWritebackEnabled": False, "deviceWritebackEnabled": False}}
directory_roles = [{"id": "d0e1f2a3-0001-4000-8000-00000000d001", "displayName": "Helpdesk Administrator", "roleTemplateId": ROLE["helpdesk-admin"]},
                   {"id": "d0e1f2a3-0002-4000-8000-00000000d002", "displayName": "Global Administrator", "roleTemplateId": ROLE["global-admin"]},
                   {"id": "d0e1f2a3-0003-4000-8000-00000000d003", "displayName": "Password Administrator", "roleTemplateId": ROLE["password-admin"]},
                   {"id": "d0e1f2a3-0004-4000-8000-00000000d004", "displayName": "User Administrator", "roleTemplateId": ROLE["user-admin"]},
                   {"id": "d0e1f2a3-0005-4000-8000-00000000d005", "displayName": "Global Reader", "roleTemplateId": ROLE["global-reader"]},
                   {"id": "d0e1f2a3-0006-4000-8000-00000000d006", "displayName": "Authentication Administrator", "roleTemplateId": ROLE["authentication-admin"]}]

def page(ctx, values, next_link=None):
    p = {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#" + ctx, "value": values}
    if next_link: p["@odata.nextLink"] = "https://graph.microsoft.com/v1.0/" + ctx + "?$skiptoken=" + next_link
    return p

def write(path, obj, encoding="utf-8", indent=2):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    text = obj if isinstance(obj, str) else json.dumps(obj, indent=indent, ensure_ascii=False)
    with open(path, "w", encoding=encoding, newline="\n") as f:
        f.write(text + "\n")

shutil.rmtree("flat", ignore_errors=True)
shutil.rmtree("exporter", ignore_errors=True)
shutil.rmtree("exporter3", ignore_errors=True)
# flat: users as two pages one after the other (a paging loop's output); domains with a UTF-8 BOM;
# the authorization policy in UTF-16LE with BOM (Windows PowerShell 5.1 Out-File)
write("flat/users.json", json.dumps(page("users", users[:12], "X1")) + "\n" + json.dumps(page("users", users[12:])))
write("flat/subscribedSkus.json", page("subscribedSkus", skus))
write("flat/domains.json", page("domains", domains), encoding="utf-8-sig")
write("flat/roleManagement-directory-roleAssignments.json", page("roleManagement/directory/roleAssignments", assignments))
write("flat/roleManagement-directory-roleDefinitions.json", page("roleManagement/directory/roleDefinitions", definitions))
write("flat/roleManagement-directory-roleEligibilityScheduleInstances.json", page("roleManagement/directory/roleEligibilityScheduleInstances", eligibility))
write("flat/groups.json", page("groups", [g for g in groups if g["isAssignableToRole"]]))
write("flat/groups-%s-members.json" % GROUP_TIER0, page("directoryObjects", [{"@odata.type": "#microsoft.graph.user", "id": m} for m in group_members[GROUP_TIER0]]))
write("flat/groups-%s-owners.json" % GROUP_TIER0, page("directoryObjects", [{"@odata.type": "#microsoft.graph.user", "id": m} for m in group_owners[GROUP_TIER0]]))
write("flat/administrativeUnits.json", page("directory/administrativeUnits", units))
for au, members in unit_members.items():
    write("flat/administrativeUnits-%s-members.json" % au, page("directoryObjects", [{"@odata.type": "#microsoft.graph.user", "id": m} for m in members]))
write("flat/policies-authorizationPolicy.json", dict({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#policies/authorizationPolicy/$entity"}, **authz), encoding="utf-16")
write("flat/directory-onPremisesSynchronization.json", page("directory/onPremisesSynchronization", [sync]))
write("flat/userRegistrationDetails.json", page("reports/authenticationMethods/userRegistrationDetails", regs))

# exporter: Export-Entra -All; ConvertTo-Json -Depth 100 writes 4-space-ish indentation; one user file in
# UTF-16LE (PowerShell 5.1), one SKU with a UTF-8 BOM; userRegistrationDetails.json beside it (EntraExporter has none)
def obj(folder, o, **kw):
    write("exporter/%s/%s/%s.json" % (folder, o["id"], o["id"]), o, indent=4, **kw)
for i, u in enumerate(users):
    obj("Users", u, encoding="utf-16" if u["userPrincipalName"].startswith("mei.lin") else "utf-8")
for i, s in enumerate(skus):
    obj("SubscribedSkus", s, encoding="utf-8-sig" if i == 0 else "utf-8")
for d in domains: obj("Domains", d)
for a in assignments: obj("RoleManagement/Directory/RoleAssignments", a)
# EntraExporter reads role definitions from beta, where the actions sit in rolePermissions[].resourceActions
for d in definitions:
    obj("RoleManagement/Directory/RoleDefinitions", dict(d, rolePermissions=[{"resourceActions": {"allowedResourceActions": p["allowedResourceActions"]},
                                                                              "condition": None} for p in d["rolePermissions"]]))
for e in eligibility:
    write("exporter/PIM/DirectoryRoles/%s.json" % e["roleEligibilityScheduleId"], dict(e, roleDefinition={"id": e["roleDefinitionId"], "displayName": "Helpdesk Administrator"}), indent=4)
for g in groups:
    obj("Groups", g)
    for m in group_members[g["id"]]:
        obj("Groups/%s/Members" % g["id"], {"@odata.type": "#microsoft.graph.user", "id": m, "userPrincipalName": [u for u in users if u["id"] == m][0]["userPrincipalName"]})
    for m in group_owners[g["id"]]:
        obj("Groups/%s/Owners" % g["id"], {"@odata.type": "#microsoft.graph.user", "id": m})
for u in units:
    obj("AdministrativeUnits", u)
    for m in unit_members[u["id"]]:
        obj("AdministrativeUnits/%s/Members" % u["id"], {"@odata.type": "#microsoft.graph.user", "id": m})
# the legacy directoryRoles too, with members (active, tenant-scoped), as EntraExporter writes them
for r in directory_roles:
    obj("DirectoryRoles", r)
    for a in assignments:
        if a["roleDefinitionId"] != r["roleTemplateId"]: continue
        if a["directoryScopeId"] == "/":
            obj("DirectoryRoles/%s/Members" % r["id"], {"@odata.type": "#microsoft.graph.user" if a["principalId"] != GROUP_TIER0 else "#microsoft.graph.group", "id": a["principalId"]})
        else:
            obj("DirectoryRoles/%s/ScopedMembers" % r["id"], {"id": "sm-" + a["id"], "roleId": r["id"], "administrativeUnitId": a["directoryScopeId"].split("/")[-1],
                                                              "roleMemberInfo": {"id": a["principalId"], "displayName": None}})
obj("Policies/AuthorizationPolicy", authz)
write("exporter/Directory/OnPremisesSynchronization.json", sync, indent=4)
write("exporter/Organization/Organization.json", {"id": "2f7c9a1e-0000-4000-8000-00000000c0de", "displayName": "Contoso", "onPremisesSyncEnabled": True,
                                                  "verifiedDomains": [{"name": d["id"], "type": d["authenticationType"]} for d in domains]}, indent=4)
write("exporter/userRegistrationDetails.json", page("reports/authenticationMethods/userRegistrationDetails", regs))

# ---- cases/: small snapshots, one per misreading fixed in issue 16 (each read by TenantCasesTest) ----
shutil.rmtree("cases", ignore_errors=True)
P1_PLAN = "41781fb2-bc02-4b7c-bd55-b576c07bb09d"       # AAD_PREMIUM service plan (Microsoft's service plan CSV)
EXCHANGE_PLAN = "efb87545-963c-4e0d-99df-69c6916d9eb0"  # EXCHANGE_S_ENTERPRISE, also in SPE_E3
FABRIKAM_TENANT = "https://login.microsoftonline.com/4d2f7c1a-0000-4000-8000-00000000fab1/v2.0"
def cuser(n, upn, **kw):
    u = {"id": uid(100 + n), "userPrincipalName": upn, "displayName": upn.split("@")[0], "accountEnabled": True,
         "userType": "Member", "onPremisesSyncEnabled": None, "assignedLicenses": [{"skuId": E3, "disabledPlans": []}]}
    u.update(kw)
    return u

# b2b: an external member (userType Member, but homed in another tenant) and an internal guest (userType Guest,
# this tenant's own credentials), as user-properties.md describes them; both layouts
b2b = [cuser(1, "ext.member_fabrikam.example#EXT#@contoso.onmicrosoft.com", creationType="Invitation", externalUserState="Accepted",
             identities=[{"signInType": "federated", "issuer": "ExternalAzureAD", "issuerAssignedId": None}]),
       cuser(2, "vendor.guest@contoso.example", userType="Guest", creationType=None, externalUserState=None,
             identities=[{"signInType": "userPrincipalName", "issuer": "contoso.onmicrosoft.com", "issuerAssignedId": "vendor.guest@contoso.example"}]),
       cuser(3, "member.mail@contoso.example", identities=[{"signInType": "federated", "issuer": "mail", "issuerAssignedId": "x@fabrikam.example"}]),
       cuser(4, "plain.member@contoso.example", identities=[{"signInType": "userPrincipalName", "issuer": "contoso.onmicrosoft.com", "issuerAssignedId": "plain.member@contoso.example"}])]
write("cases/b2b/users.json", page("users", b2b))
write("cases/b2b/domains.json", page("domains", domains))
for u in b2b: write("cases/b2b-exporter/Users/%s/%s.json" % (u["id"], u["id"]), u, indent=4)
for d in domains: write("cases/b2b-exporter/Domains/%s/%s.json" % (d["id"], d["id"]), d, indent=4)

# disabled-plans: SPE_E3 with its Entra ID P1 plan off (no writeback licensing from it), and with only Exchange off
plans = [cuser(1, "p1.off@contoso.example", onPremisesSyncEnabled=True, assignedLicenses=[{"skuId": E3, "disabledPlans": [P1_PLAN]}]),
         cuser(2, "exchange.off@contoso.example", onPremisesSyncEnabled=True, assignedLicenses=[{"skuId": E3, "disabledPlans": [EXCHANGE_PLAN]}]),
         cuser(3, "p1.off.plus.p1@contoso.example", onPremisesSyncEnabled=True, assignedLicenses=[{"skuId": E3, "disabledPlans": [P1_PLAN]}, {"skuId": P1, "disabledPlans": []}])]
write("cases/disabled-plans/users.json", page("users", plans))
write("cases/disabled-plans/subscribedSkus.json", page("subscribedSkus", [dict(skus[0], servicePlans=[
    {"servicePlanId": P1_PLAN, "servicePlanName": "AAD_PREMIUM", "provisioningStatus": "Success", "appliesTo": "User"},
    {"servicePlanId": EXCHANGE_PLAN, "servicePlanName": "EXCHANGE_S_ENTERPRISE", "provisioningStatus": "Success", "appliesTo": "User"}]), skus[2]]))

# no-skus: everything an admin-reset diagnosis reads but subscribedSkus.json
os.makedirs("cases/no-skus")
for name in ["users", "domains", "roleManagement-directory-roleAssignments", "policies-authorizationPolicy",
             "directory-onPremisesSynchronization", "userRegistrationDetails"]:
    shutil.copy("flat/%s.json" % name, "cases/no-skus/%s.json" % name)

# exporter3: EntraExporter 3's layout: roles only as RoleManagement/Directory/RoleAssignmentScheduleInstances
# ($filter=assignmentType eq 'Assigned', principal expanded), unit-scoped roles as AdministrativeUnits/<id>/ScopedRoleMembers
# (roleId: the directoryRole object), DirectoryRoles without members; no roleAssignments
def e3(path, o): write("exporter3/%s/%s/%s.json" % (path, o["id"], o["id"]), o, indent=4)
for u in users: e3("Users", u)
for s in skus: e3("SubscribedSkus", s)
for d in domains: e3("Domains", d)
for a in assignments:
    if a["directoryScopeId"] != "/": continue  # unit-scoped ones come from ScopedRoleMembers below
    e3("RoleManagement/Directory/RoleAssignmentScheduleInstances", dict(a, id="rasi-" + a["id"], assignmentType="Assigned", memberType="Direct",
        startDateTime=None, endDateTime=None, roleAssignmentOriginId=a["id"], principal={"@odata.type": "#microsoft.graph.user", "id": a["principalId"]}))
for r in directory_roles: e3("DirectoryRoles", r)
for d in definitions:  # custom roles (beta shape, as EntraExporter writes them)
    e3("RoleManagement/Directory/RoleDefinitions", dict(d, rolePermissions=[{"resourceActions": {"allowedResourceActions": p["allowedResourceActions"]},
        "condition": p.get("condition")} for p in d["rolePermissions"]]))
role_object = {r["roleTemplateId"]: r["id"] for r in directory_roles}
for u in units:
    e3("AdministrativeUnits", u)
    for m in unit_members[u["id"]]:
        e3("AdministrativeUnits/%s/Members" % u["id"], {"@odata.type": "#microsoft.graph.user", "id": m})
    for a in assignments:
        if a["directoryScopeId"] == "/administrativeUnits/" + u["id"]:
            e3("AdministrativeUnits/%s/ScopedRoleMembers" % u["id"], {"id": "srm-" + a["id"], "roleId": role_object[a["roleDefinitionId"]],
               "administrativeUnitId": u["id"], "roleMemberInfo": {"id": a["principalId"], "displayName": None}})
for g in groups:
    e3("Groups", g)
    for m in group_members[g["id"]]: e3("Groups/%s/Members" % g["id"], {"@odata.type": "#microsoft.graph.user", "id": m})
    for m in group_owners[g["id"]]: e3("Groups/%s/Owners" % g["id"], {"@odata.type": "#microsoft.graph.user", "id": m})
e3("Policies/AuthorizationPolicy", authz)
write("exporter3/Directory/OnPremisesSynchronization.json", sync, indent=4)
write("exporter3/userRegistrationDetails.json", page("reports/authenticationMethods/userRegistrationDetails", regs))

# manifest: a fetched snapshot whose eligibility request was refused (a 0-byte file left behind must not count as
# "no eligibilities") and whose subscribedSkus are unavailable; users and the rest complete
shutil.copytree("flat", "cases/manifest")
open("cases/manifest/roleManagement-directory-roleEligibilityScheduleInstances.json", "w").close()
os.remove("cases/manifest/subscribedSkus.json")
write("cases/manifest/manifest.json", {"schemaVersion": 1, "tenantId": "2f7c9a1e-0000-4000-8000-00000000c0de", "fetchedAt": "2026-12-01T06:00:00Z",
    "collections": {"users": {"status": "complete", "count": len(users)}, "domains": {"status": "complete", "count": len(domains)},
                    "roleManagement-directory-roleAssignments": {"status": "complete", "count": len(assignments)},
                    "roleManagement-directory-roleEligibilityScheduleInstances": {"status": "refused", "count": 0,
                        "error": {"code": "Authorization_RequestDenied", "message": "Insufficient privileges to complete the operation."}},
                    "subscribedSkus": {"status": "unavailable", "count": 0, "error": "the tenant needs Microsoft Entra ID P1 or P2"},
                    "userRegistrationDetails": {"status": "complete", "count": len(regs)}}})
# manifest-partial-users: the users request stopped half-way: no audit may pass on it
shutil.copytree("flat", "cases/manifest-partial-users")
write("cases/manifest-partial-users/manifest.json", {"schemaVersion": 1, "tenantId": "2f7c9a1e-0000-4000-8000-00000000c0de", "fetchedAt": "2026-12-01T06:00:00Z",
    "collections": {"users": {"status": "partial", "count": 12, "error": "interrupted after page 1"}}})
