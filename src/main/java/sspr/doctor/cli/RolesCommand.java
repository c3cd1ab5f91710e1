package sspr.doctor.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sspr.doctor.catalog.ResetMatrix;
import sspr.doctor.catalog.Role;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.io.TreeWriter;
import sspr.doctor.text.DisplayWidth;

/** {@code roles list}: the Entra roles the tool knows, and which of them may reset passwords. */
@Command(name = "roles", description = "The Entra roles sspr-doctor knows.", subcommands = {RolesCommand.ListRoles.class})
final class RolesCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(SsprDoctor.cli(spec).out());
    }

    @Command(name = "list", description = "List roles: alias, display name, template ID, who may reset passwords.")
    static final class ListRoles implements java.util.concurrent.Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        RulesCommand.Format format;

        @Override
        public Integer call() {
            Cli cli = SsprDoctor.cli(spec);
            List<Role> roles = Catalogs.roles().all();
            if (format == RulesCommand.Format.json) {
                List<Object> rows = new ArrayList<>();
                for (Role r : roles) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("alias", r.alias());
                    m.put("displayName", r.displayName());
                    m.put("roleTemplateId", r.roleTemplateId());
                    m.put("isPrivileged", r.isPrivileged());
                    m.put("canResetPasswords", r.canResetPasswords());
                    m.put("inResetMatrix", r.inResetMatrix());
                    m.put("inSsprAdminPolicyList", r.inSsprAdminPolicyList());
                    m.put("aliases", r.legacyNames());
                    m.put("note", r.note());
                    rows.add(m);
                }
                cli.out().print(TreeWriter.json(rows));
                return 0;
            }
            ResetMatrix matrix = Catalogs.matrix();
            int a = 0, d = 0;
            for (Role r : roles) { a = Math.max(a, r.alias().length()); d = Math.max(d, r.displayName().length()); }
            StringBuilder out = new StringBuilder();
            out.append(cli.style().bold(DisplayWidth.padRight(cli.t("roles.alias"), a) + "  " + DisplayWidth.padRight(cli.t("roles.name"), d) + "  "
                    + DisplayWidth.padRight(cli.t("roles.template"), 36) + "  " + cli.t("roles.resets"))).append('\n');
            for (Role r : roles) {
                String resets = r.canResetPasswords() || r.alias().startsWith("partner-tier")
                        ? cli.t("roles.resets.yes") : "";
                if (r.canResetPasswords() && matrix.resetters().contains(r.alias())) {
                    List<String> rows = new ArrayList<>();
                    for (String kind : matrix.targetKinds()) if (matrix.allows(r.alias(), kind)) rows.add(kind);
                    resets = cli.t("roles.resets.count", "count", rows.size(), "total", matrix.targetKinds().size());
                }
                out.append(DisplayWidth.padRight(r.alias(), a)).append("  ").append(DisplayWidth.padRight(r.displayName(), d)).append("  ")
                        .append(r.roleTemplateId()).append("  ").append(resets).append(r.deprecated() ? " " + cli.t("roles.deprecated") : "");
                out.append('\n');
            }
            cli.out().print(out.toString().replaceAll(" +\n", "\n"));
            return 0;
        }
    }
}
