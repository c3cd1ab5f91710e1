package sspr.doctor.tenant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import sspr.doctor.i18n.LocalizedText;

/**
 * {@code tenant app-script}: the commands that create a read-only app registration for
 * {@code tenant fetch} (or the export script run as an app): one application permission per
 * collection, the least privileged each Graph v1.0 request lists (the same names as the export
 * script's delegated scopes), granted by app role assignments (admin consent), and optionally a
 * federated credential for GitHub Actions' OIDC token (azure/login), so no secret is stored. Printed
 * only; the permission ids are looked up from the tenant's Microsoft Graph service principal when run.
 */
public final class AppScript {
    /** Microsoft Graph's appId, the same in every tenant. */
    static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";
    static final String GITHUB_ISSUER = "https://token.actions.githubusercontent.com";
    static final String AUDIENCE = "api://AzureADTokenExchange";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,119}");
    private static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}");
    private static final Pattern BRANCH = Pattern.compile("[A-Za-z0-9_.][A-Za-z0-9_./-]{0,199}");

    /** Checked values: only characters that need no quoting in either shell. */
    public record Options(String name, String githubRepo, String githubBranch) {}

    private AppScript() {}

    public static Options options(String name, String repo, String branch) {
        check(name, NAME, "--name");
        if (repo != null) check(repo, REPO, "--github-repo");
        check(branch, BRANCH, "--github-branch");
        return new Options(name, repo, branch);
    }

    private static void check(String value, Pattern p, String option) {
        if (!p.matcher(value).matches() || value.contains("..")) {
            throw new SnapshotException(option, LocalizedText.of("app-script-value", "value", value));
        }
    }

    /** Each application permission, with the files it lets the fetch write (in request order). */
    static Map<String, List<String>> permissions() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ExportScript.Request r : ExportScript.REQUESTS) out.computeIfAbsent(r.scope(), k -> new ArrayList<>()).add(r.file());
        for (String[] extra : new String[][] {{"RoleManagement.Read.Directory", "roleManagement-directory-roleDefinitions.json"},
                {"AuditLog.Read.All", "auditLogs-directoryAudits.json"}}) {
            List<String> files = out.computeIfAbsent(extra[0], k -> new ArrayList<>());
            if (!files.contains(extra[1])) files.add(extra[1]);
        }
        return out;
    }

    private static String subject(Options o) {
        return "repo:" + o.githubRepo() + ":ref:refs/heads/" + o.githubBranch();
    }

    private static String credentialName(Options o) {
        return ("github-" + o.githubRepo() + "-" + o.githubBranch()).replaceAll("[^A-Za-z0-9-]", "-");
    }

    /** Azure CLI (az ad, az rest). */
    public static String bash(Options o) {
        StringBuilder s = new StringBuilder();
        s.append("#!/usr/bin/env bash\n");
        s.append("# sspr-doctor: a read-only app registration for `sspr-doctor tenant fetch` (application permissions, read only).\n");
        s.append("# Run by an administrator who may create applications and grant admin consent (Privileged Role Administrator\n");
        s.append("# or Global Administrator); sign in first with `az login --allow-no-subscriptions`. Nothing here writes to users.\n");
        s.append("set -euo pipefail\n\n");
        s.append("name='").append(o.name()).append("'\n");
        s.append("graph=").append(GRAPH_APP_ID).append("   # Microsoft Graph\n\n");
        s.append("app_id=$(az ad app create --display-name \"$name\" --sign-in-audience AzureADMyOrg --query appId -o tsv)\n");
        s.append("app_object_id=$(az ad app show --id \"$app_id\" --query id -o tsv)\n");
        s.append("sp_id=$(az ad sp create --id \"$app_id\" --query id -o tsv)\n");
        s.append("graph_sp_id=$(az ad sp show --id \"$graph\" --query id -o tsv)\n\n");
        s.append("# Application permissions, the least privileged each request lists:\n");
        for (Map.Entry<String, List<String>> e : permissions().entrySet()) {
            s.append("#   ").append(String.format("%-40s", e.getKey())).append(String.join(", ", e.getValue())).append('\n');
        }
        s.append("for permission in ").append(String.join(" ", permissions().keySet())).append("; do\n");
        s.append("  role_id=$(az ad sp show --id \"$graph\" --query \"appRoles[?value=='$permission' && contains(allowedMemberTypes, 'Application')].id | [0]\" -o tsv)\n");
        s.append("  [ -n \"$role_id\" ] || { echo \"no application permission $permission\" >&2; exit 1; }\n");
        s.append("  az ad app permission add --id \"$app_id\" --api \"$graph\" --api-permissions \"$role_id=Role\" --only-show-errors\n");
        s.append("  # admin consent for this one permission: an app role assignment to the app's service principal\n");
        s.append("  az rest --method post --url \"https://graph.microsoft.com/v1.0/servicePrincipals/$sp_id/appRoleAssignments\" \\\n");
        s.append("    --headers Content-Type=application/json \\\n");
        s.append("    --body \"{\\\"principalId\\\":\\\"$sp_id\\\",\\\"resourceId\\\":\\\"$graph_sp_id\\\",\\\"appRoleId\\\":\\\"$role_id\\\"}\" > /dev/null\n");
        s.append("done\n\n");
        if (o.githubRepo() != null) {
            s.append("# GitHub Actions: workflows of ").append(o.githubRepo()).append(" on ").append(o.githubBranch())
                    .append(" sign in with azure/login (OIDC), no secret\n");
            s.append("az ad app federated-credential create --id \"$app_object_id\" --parameters '{\"name\":\"").append(credentialName(o))
                    .append("\",\"issuer\":\"").append(GITHUB_ISSUER).append("\",\"subject\":\"").append(subject(o))
                    .append("\",\"audiences\":[\"").append(AUDIENCE).append("\"]}' > /dev/null\n\n");
        } else {
            s.append("# No --github-repo: no federated credential. For GitHub Actions, run again with --github-repo OWNER/REPO.\n\n");
        }
        s.append("echo \"AZURE_CLIENT_ID=$app_id\"\n");
        s.append("echo \"AZURE_TENANT_ID=$(az account show --query tenantId -o tsv)\"\n");
        s.append("# Then: sspr-doctor tenant fetch --out snapshot/ (with azure/login, or --auth workload-identity / client-secret / certificate)\n");
        return s.toString();
    }

    /** Microsoft Graph PowerShell. */
    public static String pwsh(Options o) {
        StringBuilder s = new StringBuilder();
        s.append("# sspr-doctor: a read-only app registration for `sspr-doctor tenant fetch` (application permissions, read only).\n");
        s.append("# Run by an administrator who may create applications and grant admin consent (Privileged Role Administrator\n");
        s.append("# or Global Administrator). Nothing here writes to users.\n");
        s.append("$ErrorActionPreference = 'Stop'\n");
        s.append("Connect-MgGraph -Scopes Application.ReadWrite.All,AppRoleAssignment.ReadWrite.All -NoWelcome\n\n");
        s.append("$graph = Get-MgServicePrincipal -Filter \"appId eq '").append(GRAPH_APP_ID).append("'\"   # Microsoft Graph\n");
        s.append("# Application permissions, the least privileged each request lists:\n");
        for (Map.Entry<String, List<String>> e : permissions().entrySet()) {
            s.append("#   ").append(String.format("%-40s", e.getKey())).append(String.join(", ", e.getValue())).append('\n');
        }
        s.append("$permissions = @('").append(String.join("', '", permissions().keySet())).append("')\n");
        s.append("$roles = foreach ($p in $permissions) {\n");
        s.append("    $r = $graph.AppRoles | Where-Object { $_.Value -eq $p -and $_.AllowedMemberTypes -contains 'Application' }\n");
        s.append("    if (-not $r) { throw \"no application permission $p\" }\n");
        s.append("    $r\n");
        s.append("}\n");
        s.append("$app = New-MgApplication -DisplayName '").append(o.name()).append("' -SignInAudience AzureADMyOrg -RequiredResourceAccess @{\n");
        s.append("    ResourceAppId = $graph.AppId; ResourceAccess = @($roles | ForEach-Object { @{ Id = $_.Id; Type = 'Role' } }) }\n");
        s.append("$sp = New-MgServicePrincipal -AppId $app.AppId\n");
        s.append("# admin consent: an app role assignment per permission\n");
        s.append("foreach ($r in $roles) {\n");
        s.append("    New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $sp.Id -PrincipalId $sp.Id -ResourceId $graph.Id -AppRoleId $r.Id | Out-Null\n");
        s.append("}\n\n");
        if (o.githubRepo() != null) {
            s.append("# GitHub Actions: workflows of ").append(o.githubRepo()).append(" on ").append(o.githubBranch())
                    .append(" sign in with azure/login (OIDC), no secret\n");
            s.append("New-MgApplicationFederatedIdentityCredential -ApplicationId $app.Id -BodyParameter @{\n");
            s.append("    Name = '").append(credentialName(o)).append("'; Issuer = '").append(GITHUB_ISSUER).append("'\n");
            s.append("    Subject = '").append(subject(o)).append("'; Audiences = @('").append(AUDIENCE).append("') } | Out-Null\n\n");
        } else {
            s.append("# No --github-repo: no federated credential. For GitHub Actions, run again with --github-repo OWNER/REPO.\n\n");
        }
        s.append("\"AZURE_CLIENT_ID=$($app.AppId)\"\n");
        s.append("\"AZURE_TENANT_ID=$((Get-MgContext).TenantId)\"\n");
        s.append("# Then: sspr-doctor tenant fetch --out snapshot/ (with azure/login, or --auth workload-identity / client-secret / certificate)\n");
        return s.toString();
    }
}
