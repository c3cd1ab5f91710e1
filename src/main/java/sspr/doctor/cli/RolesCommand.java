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
import sspr.doctor.text.TextTable;

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
        /** Set instead of {@code spec} when the arguments were parsed without picocli ({@link DirectLine}). */
        DirectInvocation direct;

        @Option(names = "--search", paramLabel = "TEXT", description = "Only roles whose alias, display name (English or the output language), legacy name or template ID contains TEXT.")
        String search;

        @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        RulesCommand.Format format;

        @Override
        public Integer call() {
            Cli cli = SsprDoctor.cli(spec, direct);
            List<Role> roles = search == null ? Catalogs.roles().all() : matching(search, cli.messagesLanguage());
            if (format == RulesCommand.Format.json) {
                List<Object> rows = new ArrayList<>();
                for (Role r : roles) rows.add(json(r));
                cli.out().print(TreeWriter.json(rows));
                return 0;
            }
            if (roles.isEmpty()) {
                cli.err().println(cli.t("roles.none", "text", search));
                return 0;
            }
            ResetMatrix matrix = Catalogs.matrix();
            String lang = cli.messagesLanguage();
            List<String[]> rows = new ArrayList<>();
            String[] header = {cli.t("roles.alias"), cli.t("roles.name"), cli.t("roles.template"), cli.t("roles.au"),
                    cli.t("roles.admin-policy"), cli.t("roles.resets")};
            for (Role r : roles) {
                String resets = r.canResetPasswords() ? cli.t("roles.resets.yes") : cli.t("catalog.no");
                if (r.canResetPasswords() && matrix.resetters().contains(r.alias())) {
                    List<String> kinds = new ArrayList<>();
                    for (String kind : matrix.targetKinds()) if (matrix.allows(r.alias(), kind)) kinds.add(kind);
                    resets = cli.t("roles.resets.count", "count", kinds.size(), "total", matrix.targetKinds().size());
                }
                if (r.deprecated()) resets += " " + cli.t("roles.deprecated");
                rows.add(new String[] {r.alias(), Catalogs.roles().displayName(r.alias(), lang),
                        r.roleTemplateId().isEmpty() ? "-" : r.roleTemplateId(), yesNo(cli, r.auScopable()),
                        yesNo(cli, r.inSsprAdminPolicyList()), resets});
            }
            TextTable table = new TextTable(header).headerStyle(cli.style()::bold);
            for (String[] row : rows) table.row(row);
            cli.out().print(table.render(cli.width()));
            return 0;
        }

        /** The roles whose alias, English or localized display name, legacy name or template ID contains {@code text}, ignoring case. */
        static List<Role> matching(String text, String lang) {
            String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
            List<Role> out = new ArrayList<>();
            for (Role r : Catalogs.roles().all()) {
                List<String> names = new ArrayList<>(List.of(r.alias(), r.displayName(), Catalogs.roles().displayName(r.alias(), lang), r.roleTemplateId()));
                names.addAll(r.legacyNames());
                for (String n : names) {
                    if (n.toLowerCase(java.util.Locale.ROOT).contains(wanted)) {
                        out.add(r);
                        break;
                    }
                }
            }
            return out;
        }

        private static String yesNo(Cli cli, boolean b) {
            return cli.t(b ? "catalog.yes" : "catalog.no");
        }

        /**
         * A role as JSON: the columns of roles.csv in camelCase (permissions as an array), and the
         * contract's names for the same facts: templateId, ssprAdminPolicy, source.
         */
        static Map<String, Object> json(Role r) {
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
            m.put("templateId", r.roleTemplateId().isEmpty() ? null : r.roleTemplateId());
            m.put("permissions", r.permissions());
            m.put("auScopable", r.auScopable());
            m.put("ssprAdminPolicy", r.inSsprAdminPolicyList());
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("page", r.source().page());
            if (!r.source().commit().isEmpty()) source.put("commit", r.source().commit());
            if (!r.source().date().isEmpty()) source.put("date", r.source().date());
            if (!r.source().checked().isEmpty()) source.put("checked", r.source().checked());
            m.put("source", source);
            m.put("sourcePage", r.source().page());
            m.put("sourceCommit", r.source().commit());
            m.put("sourceDate", r.source().date());
            m.put("checked", r.source().checked());
            return m;
        }
    }
}
