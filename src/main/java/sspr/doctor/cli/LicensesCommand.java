package sspr.doctor.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sspr.doctor.catalog.Sku;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.io.TreeWriter;
import sspr.doctor.text.TextWrapper;
import sspr.doctor.text.TextTable;

/** {@code licenses list}: every SKU of Microsoft's list, and what it allows for password reset. */
@Command(name = "licenses", description = "The licence SKUs sspr-doctor knows.", subcommands = {LicensesCommand.ListLicenses.class})
final class LicensesCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(SsprDoctor.cli(spec).out());
    }

    @Command(name = "list", description = "List SKUs: part number, product, Entra ID P1/P2, writeback, cloud self-service reset.")
    static final class ListLicenses implements java.util.concurrent.Callable<Integer> {
        @Spec CommandSpec spec;
        /** Set instead of {@code spec} when the arguments were parsed without picocli ({@link DirectLine}). */
        DirectInvocation direct;

        @Option(names = "--search", paramLabel = "TEXT", description = "Only SKUs whose alias, part number, product name or skuId contains TEXT.")
        String search;

        @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        RulesCommand.Format format;

        @Override
        public Integer call() {
            Cli cli = SsprDoctor.cli(spec, direct);
            List<Sku> skus = search == null ? Catalogs.skus().all() : Catalogs.skus().search(search);
            if (format == RulesCommand.Format.json) {
                List<Object> rows = new ArrayList<>();
                for (Sku s : skus) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("skuPartNumber", s.skuPartNumber());
                    m.put("skuId", s.skuId());
                    m.put("productName", s.productName());
                    m.put("alias", s.alias().isEmpty() ? null : s.alias());
                    m.put("hasEntraP1", s.hasEntraP1());
                    m.put("hasEntraP2", s.hasEntraP2());
                    m.put("isBusinessStandard", s.isBusinessStandard());
                    m.put("isBusinessPremium", s.isBusinessPremium());
                    m.put("isFree", s.isFree());
                    m.put("isTrial", s.isTrial());
                    m.put("isGovernment", s.isGovernment());
                    m.put("writebackLicensed", s.writebackLicensed());
                    m.put("cloudResetLicensed", s.cloudResetLicensed());
                    m.put("servicePlanCount", s.servicePlanCount());
                    rows.add(m);
                }
                cli.out().print(TreeWriter.json(rows));
                return 0;
            }
            if (skus.isEmpty()) {
                cli.err().println(cli.t("licenses.none", "text", search));
                return 0;
            }
            cli.out().print(table(cli, skus));
            for (String line : TextWrapper.wrap(cli.t("licenses.legend.tokens"), cli.width())) cli.err().println(line);
            return 0;
        }

        /** Longest part number kept on its row; a longer one (a few government SKUs) goes on a line of its own, whole. */
        static final int PART_COLUMN_MAX = 40;

        /**
         * Columns padded by display width, so CJK headers line up; the product name is last and not padded, and
         * wrapped, or the rows become records, when the terminal is narrower than the table (see {@link TextTable}).
         */
        static String table(Cli cli, List<Sku> skus) {
            String[] header = {cli.t("licenses.part"), cli.t("licenses.alias"), "P1", "P2", "WB", "SSPR", cli.t("licenses.product")};
            List<String[]> rows = new ArrayList<>();
            for (Sku s : skus) {
                rows.add(new String[] {s.skuPartNumber(), s.alias(), yn(cli, s.hasEntraP1()), yn(cli, s.hasEntraP2()),
                        yn(cli, s.writebackLicensed()), token(cli, s.cloudResetLicensed()), s.productName()});
            }
            TextTable table = new TextTable(header).firstColumnMax(PART_COLUMN_MAX).headerStyle(cli.style()::bold);
            for (String[] row : rows) table.row(row);
            return table.render(cli.width());
        }

        /** yes / no in the user's language (JSON keeps the catalog's own values). */
        private static String yn(Cli cli, boolean b) { return cli.t(b ? "catalog.yes" : "catalog.no"); }

        /** cloudResetLicensed's yes / no / unclear in the user's language. */
        private static String token(Cli cli, String value) {
            String key = "catalog." + value;
            return cli.ui().has(key) ? cli.t(key) : value;
        }
    }
}
