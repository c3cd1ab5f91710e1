package sspr.doctor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;
import sspr.doctor.io.TreeWriter;
import sspr.doctor.tenant.AppScript;
import sspr.doctor.tenant.ExportScript;
import sspr.doctor.tenant.SnapshotCheck;
import sspr.doctor.tenant.TenantSnapshot;

/** {@code tenant}: helpers for tenant snapshots (read by diagnose --tenant and audit --tenant). */
@Command(name = "tenant", sortOptions = false,
        description = "Tenant snapshots for diagnose --tenant and audit --tenant.",
        subcommands = {TenantCommand.ExportScriptCommand.class, TenantCommand.CheckCommand.class, TenantCommand.AppScriptCommand.class,
                TenantFetchCommand.class})
final class TenantCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(SsprDoctor.cli(spec).out());
        return 0;
    }

    enum Shell { pwsh, bash }

    @Command(name = "export-script", sortOptions = false,
            description = "Print the read-only commands (Graph PowerShell, or az rest) that write a flat snapshot, with the scope each needs. Runs nothing.",
            footer = {"", "Examples:",
                    "  sspr-doctor tenant export-script > export.ps1",
                    "  sspr-doctor tenant export-script --shell bash > export.sh"})
    static final class ExportScriptCommand implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--shell", paramLabel = "SHELL", defaultValue = "pwsh",
                description = "pwsh (Microsoft Graph PowerShell; default) or bash (Azure CLI az rest and jq).")
        Shell shell;

        @Override
        public Integer call() {
            Cli cli = SsprDoctor.cli(spec);
            cli.out().print(shell == Shell.bash ? ExportScript.bash() : ExportScript.pwsh());
            cli.out().flush();
            return 0;
        }
    }

    @Command(name = "check", sortOptions = false,
            description = "What a snapshot holds, collection by collection (there, missing, refused, unavailable, partial), which facts the gaps leave unknown; exit 1 when the audit asked for cannot be done.",
            footer = {"", "Examples:",
                    "  sspr-doctor tenant check snapshot/",
                    "  sspr-doctor tenant check snapshot/ --actor-role helpdesk-admin --format json"})
    static final class CheckCommand implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The snapshot folder (flat Graph pages, with manifest.json when fetched, or EntraExporter's folders).")
        Path dir;

        @Option(names = "--actor-role", paramLabel = "ROLE", split = ",", description = "Check for audit --tenant --actor-role (the role assignments are then required).")
        List<String> actorRoles;

        @Option(names = "--actor", paramLabel = "UPN|ID", description = "Check for audit --tenant --actor (the role assignments are then required, and the administrator must be in the snapshot).")
        String actor;

        @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        RulesCommand.Format format;

        @Override
        public Integer call() {
            Cli cli = SsprDoctor.cli(spec);
            if (actorRoles != null && actor != null) {
                throw new UserError(null, sspr.doctor.i18n.LocalizedText.of("options-contradict", "first", "--actor-role", "second", "--actor"));
            }
            TenantSnapshot snapshot = TenantSnapshot.open(dir);
            SnapshotCheck check = SnapshotCheck.of(dir, actorRoles != null || actor != null, true);
            if (actor != null && check.missingRequired().stream().noneMatch(l -> l.collection() == sspr.doctor.tenant.Collection.USERS)) {
                snapshot.user(actor, "--actor"); // exit 2 with a did-you-mean when the administrator is not in it
            }
            sspr.doctor.report.Reports.render(format == RulesCommand.Format.json ? "json" : "text",
                    new sspr.doctor.report.check.SnapshotCheckView.Report(dir, check), cli.report(), cli.out());
            cli.out().flush();
            return check.missingRequired().isEmpty() ? 0 : Main.PROBLEMS;
        }
    }

    @Command(name = "app-script", sortOptions = false,
            description = "Print the commands (Azure CLI or Graph PowerShell) that create a read-only app registration with the least-privileged application permissions each collection needs, and a GitHub federated credential. Runs nothing.",
            footer = {"", "Examples:",
                    "  sspr-doctor tenant app-script --github-repo contoso/it-checks > app.sh",
                    "  sspr-doctor tenant app-script --shell pwsh --github-repo contoso/it-checks --github-branch main > app.ps1"})
    static final class AppScriptCommand implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--shell", paramLabel = "SHELL", defaultValue = "bash",
                description = "bash (Azure CLI az; default) or pwsh (Microsoft Graph PowerShell).")
        Shell shell;

        @Option(names = "--name", paramLabel = "NAME", defaultValue = "sspr-doctor-reader", description = "The app registration's display name (default: ${DEFAULT-VALUE}).")
        String name;

        @Option(names = "--github-repo", paramLabel = "OWNER/REPO", description = "The GitHub repository whose workflows may sign in as the app (federated credential); without it, none is made.")
        String githubRepo;

        @Option(names = "--github-branch", paramLabel = "BRANCH", defaultValue = "main", description = "The branch those workflows run on (default: ${DEFAULT-VALUE}).")
        String githubBranch;

        @Override
        public Integer call() {
            Cli cli = SsprDoctor.cli(spec);
            AppScript.Options o = AppScript.options(name, githubRepo, githubBranch);
            cli.out().print(shell == Shell.bash ? AppScript.bash(o) : AppScript.pwsh(o));
            cli.out().flush();
            return 0;
        }
    }
}
