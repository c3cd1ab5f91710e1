package sspr.doctor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sspr.doctor.tenant.ExportScript;

/** {@code tenant}: helpers for tenant snapshots (read by diagnose --tenant and audit --tenant). */
@Command(name = "tenant", sortOptions = false,
        description = "Tenant snapshots for diagnose --tenant and audit --tenant.",
        subcommands = {TenantCommand.ExportScriptCommand.class, TenantFetchCommand.class})
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
}
