package sspr.doctor.tenant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The read-only commands that write a flat snapshot: one Graph request per file, every page
 * appended (the reader takes concatenated pages), and the least-privileged delegated scope of each
 * (from each request's "Permissions" table in the Microsoft Graph v1.0 reference).
 */
public final class ExportScript {
    /** One request: its file, the Graph v1.0 URL (relative), the scope, and the child files per object ("members"…). */
    record Request(String file, String url, String scope, String childOf, String child, String note) {}

    static final List<Request> REQUESTS = List.of(
            new Request("users.json", "users?$select=id,userPrincipalName,displayName,accountEnabled,userType,onPremisesSyncEnabled,assignedLicenses,identities,creationType,externalUserState&$top=999",
                    "User.Read.All", null, null, null),
            new Request("subscribedSkus.json", "subscribedSkus", "LicenseAssignment.Read.All", null, null, null),
            new Request("domains.json", "domains", "Domain.Read.All", null, null, null),
            new Request("roleManagement-directory-roleAssignments.json", "roleManagement/directory/roleAssignments", "RoleManagement.Read.Directory", null, null, null),
            new Request("roleManagement-directory-roleDefinitions.json", "roleManagement/directory/roleDefinitions",
                    "RoleManagement.Read.Directory", null, null, "custom roles, and built-in roles newer than sspr-doctor, are evaluated by their permissions"),
            new Request("roleManagement-directory-roleEligibilityScheduleInstances.json", "roleManagement/directory/roleEligibilityScheduleInstances",
                    "RoleEligibilitySchedule.Read.Directory", null, null, "needs Microsoft Entra ID P2 (PIM); without it the file is simply missing"),
            new Request("groups.json", "groups?$filter=isAssignableToRole eq true&$select=id,displayName,isAssignableToRole", "GroupMember.Read.All", null, null, null),
            new Request("groups-{id}-members.json", "groups/{id}/members?$select=id,userPrincipalName", "GroupMember.Read.All", "groups.json", "members", null),
            new Request("groups-{id}-owners.json", "groups/{id}/owners?$select=id,userPrincipalName", "GroupMember.Read.All", "groups.json", "owners", null),
            new Request("administrativeUnits.json", "administrativeUnits?$select=id,displayName,isMemberManagementRestricted", "AdministrativeUnit.Read.All", null, null, null),
            new Request("administrativeUnits-{id}-members.json", "administrativeUnits/{id}/members?$select=id", "AdministrativeUnit.Read.All", "administrativeUnits.json", "members", null),
            new Request("administrativeUnits-{id}-scopedRoleMembers.json", "administrativeUnits/{id}/scopedRoleMembers", "RoleManagement.Read.Directory",
                    "administrativeUnits.json", "scopedRoleMembers", null),
            new Request("policies-authorizationPolicy.json", "policies/authorizationPolicy", "Policy.Read.All", null, null, null),
            new Request("directory-onPremisesSynchronization.json", "directory/onPremisesSynchronization", "OnPremDirectorySynchronization.Read.All", null, null,
                    "only a Global Administrator may read it; without it writeback stays unknown"),
            new Request("userRegistrationDetails.json", "reports/authenticationMethods/userRegistrationDetails", "AuditLog.Read.All", null, null,
                    "the signed-in account also needs a reports role such as Reports Reader"));

    private ExportScript() {}

    /** The scopes, each once, in request order. */
    static List<String> scopes() {
        Set<String> out = new LinkedHashSet<>();
        for (Request r : REQUESTS) out.add(r.scope());
        return new ArrayList<>(out);
    }

    /**
     * Microsoft Graph PowerShell (Connect-MgGraph, Invoke-MgGraphRequest), files in UTF-8. A refused request
     * (403, a licence the tenant lacks) is noted and the next one is made; each file is written to
     * FILE.part and renamed when its last page has come, so no file is ever half there; the end says which
     * files are missing and why, and the exit code is 1 when any is.
     */
    public static String pwsh() {
        StringBuilder s = new StringBuilder();
        s.append("# sspr-doctor: export a tenant snapshot (flat layout) with Microsoft Graph PowerShell. Read-only requests.\n");
        s.append("# Then: sspr-doctor tenant check .  /  sspr-doctor diagnose --tenant . --user UPN --actor UPN  /  sspr-doctor audit --tenant . --actor-role helpdesk-admin\n");
        s.append("Connect-MgGraph -Scopes ").append(String.join(",", scopes())).append(" -NoWelcome\n\n");
        s.append("$script:missing = @()\n");
        s.append("function Export-GraphPages([string]$Uri, [string]$File) {\n");
        s.append("    # every page, one JSON document per line; @odata.nextLink is followed until absent; written whole or not at all\n");
        s.append("    $part = \"$File.part\"\n");
        s.append("    Remove-Item -LiteralPath $part -ErrorAction SilentlyContinue\n");
        s.append("    $next = \"https://graph.microsoft.com/v1.0/$Uri\"\n");
        s.append("    try {\n");
        s.append("        while ($next) {\n");
        s.append("            $page = Invoke-MgGraphRequest -Method GET -Uri $next -Headers @{ ConsistencyLevel = 'eventual' } -OutputType Json -ErrorAction Stop\n");
        s.append("            Add-Content -LiteralPath $part -Value $page -Encoding utf8\n");
        s.append("            $next = ($page | ConvertFrom-Json).'@odata.nextLink'\n");
        s.append("        }\n");
        s.append("        if (-not (Test-Path -LiteralPath $part)) { Set-Content -LiteralPath $part -Value '' -Encoding utf8 }\n");
        s.append("        Move-Item -LiteralPath $part -Destination $File -Force\n");
        s.append("    } catch {\n");
        s.append("        # refused (403), not licensed, throttled past the SDK's retries…: note it and go on with the next request\n");
        s.append("        Remove-Item -LiteralPath $part, $File -ErrorAction SilentlyContinue\n");
        s.append("        $script:missing += \"${File}: $($_.Exception.Message -replace '\\s+', ' ')\"\n");
        s.append("    }\n");
        s.append("}\n\n");
        for (Request r : REQUESTS) {
            s.append("# ").append(r.file()).append("  (scope ").append(r.scope()).append(r.note() == null ? "" : "; " + r.note()).append(")\n");
            if (r.childOf() == null) {
                s.append("Export-GraphPages '").append(r.url()).append("' '").append(r.file()).append("'\n");
            } else {
                s.append("if (Test-Path -LiteralPath '").append(r.childOf()).append("') {\n");
                s.append("    foreach ($o in (Get-Content -LiteralPath '").append(r.childOf()).append("' | ConvertFrom-Json).value) {\n");
                s.append("        Export-GraphPages \"").append(r.url().replace("{id}", "$($o.id)").replace("$select", "`$select")).append("\" \"")
                        .append(r.file().replace("{id}", "$($o.id)")).append("\"\n    }\n}\n");
            }
        }
        s.append("\nif ($script:missing.Count -gt 0) {\n");
        s.append("    Write-Warning \"sspr-doctor export: $($script:missing.Count) file(s) not written; the facts they hold stay unknown (sspr-doctor tenant check .):\"\n");
        s.append("    foreach ($m in $script:missing) { Write-Warning \"  $m\" }\n");
        s.append("    exit 1\n");
        s.append("}\n");
        s.append("Write-Host 'sspr-doctor export: every file written'\n");
        return s.toString();
    }

    /** Azure CLI ({@code az rest}) with jq for the paging, files in UTF-8; carries on past a refused request as {@link #pwsh} does. */
    public static String bash() {
        StringBuilder s = new StringBuilder();
        s.append("#!/usr/bin/env bash\n");
        s.append("# sspr-doctor: export a tenant snapshot (flat layout) with the Azure CLI. Read-only requests; needs az and jq.\n");
        s.append("# az rest uses the Azure CLI's own consented Graph permissions; the signed-in account needs a role that may read\n");
        s.append("# each resource (Global Reader covers all but directory/onPremisesSynchronization, which needs Global Administrator).\n");
        s.append("# Delegated scopes, for an app of your own: ").append(String.join(", ", scopes())).append("\n");
        s.append("# A refused request does not stop the others (no set -e); each file is written to FILE.part and renamed when\n");
        s.append("# complete; the end lists the files not written and why, and the exit code is 1 when there is any.\n");
        s.append("set -uo pipefail\n\n");
        s.append("missing=()\n");
        s.append("export_pages() {  # URL FILE: every page, one JSON document per line; written whole or not at all\n");
        s.append("  local next=\"https://graph.microsoft.com/v1.0/$1\" page part=\"$2.part\"\n");
        s.append("  : > \"$part\"\n");
        s.append("  while [ -n \"$next\" ]; do\n");
        s.append("    if ! page=$(az rest --method get --url \"$next\" --headers ConsistencyLevel=eventual 2> \"$part.err\"); then\n");
        s.append("      missing+=(\"$2: $(tr -s '\\n\\r\\t' ' ' < \"$part.err\" | cut -c1-300)\")\n");
        s.append("      rm -f \"$part\" \"$part.err\" \"$2\"\n");
        s.append("      return 0\n");
        s.append("    fi\n");
        s.append("    if ! printf '%s\\n' \"$page\" | jq -c . >> \"$part\"; then\n");
        s.append("      missing+=(\"$2: the answer was not JSON\")\n");
        s.append("      rm -f \"$part\" \"$part.err\" \"$2\"\n");
        s.append("      return 0\n");
        s.append("    fi\n");
        s.append("    next=$(printf '%s' \"$page\" | jq -r '.\"@odata.nextLink\" // empty')\n");
        s.append("  done\n");
        s.append("  rm -f \"$part.err\"\n");
        s.append("  mv -f \"$part\" \"$2\"\n");
        s.append("}\n\n");
        for (Request r : REQUESTS) {
            s.append("# ").append(r.file()).append("  (scope ").append(r.scope()).append(r.note() == null ? "" : "; " + r.note()).append(")\n");
            if (r.childOf() == null) {
                s.append("export_pages '").append(r.url()).append("' '").append(r.file()).append("'\n");
            } else {
                s.append("if [ -f '").append(r.childOf()).append("' ]; then\n");
                s.append("  for id in $(jq -r '.value[].id' '").append(r.childOf()).append("'); do\n");
                s.append("    export_pages \"").append(r.url().replace("{id}", "$id").replace("$select", "\\$select")).append("\" \"")
                        .append(r.file().replace("{id}", "$id")).append("\"\n  done\nfi\n");
            }
        }
        s.append("\nif [ ${#missing[@]} -gt 0 ]; then\n");
        s.append("  echo \"sspr-doctor export: ${#missing[@]} file(s) not written; the facts they hold stay unknown (sspr-doctor tenant check .):\" >&2\n");
        s.append("  printf '  %s\\n' \"${missing[@]}\" >&2\n");
        s.append("  exit 1\n");
        s.append("fi\n");
        s.append("echo 'sspr-doctor export: every file written' >&2\n");
        return s.toString();
    }
}
