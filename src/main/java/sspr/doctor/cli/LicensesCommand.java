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
import sspr.doctor.text.DisplayWidth;

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

        @Option(names = "--search", paramLabel = "TEXT", description = "Only SKUs whose alias, part number, product name or skuId contains TEXT.")
        String search;

        @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        RulesCommand.Format format;

        @Override
        public Integer call() {
            Cli cli = SsprDoctor.cli(spec);
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
                    m.put("isFree", s.isFree());
                    m.put("isTrial", s.isTrial());
                    m.put("isGovernment", s.isGovernment());
                    m.put("writebackLicensed", s.writebackLicensed());
                    m.put("cloudResetLicensed", s.cloudResetLicensed());
                    rows.add(m);
                }
                cli.out().print(TreeWriter.json(rows));
                return 0;
            }
            if (skus.isEmpty()) {
                cli.err().println(cli.t("licenses.none", "text", search));
                return 0;
            }
            int p = cli.t("licenses.part").length(), a = cli.t("licenses.alias").length();
            for (Sku s : skus) { p = Math.max(p, s.skuPartNumber().length()); a = Math.max(a, s.alias().length()); }
            p = Math.min(p, 40);
            StringBuilder out = new StringBuilder();
            out.append(cli.style().bold(DisplayWidth.padRight(cli.t("licenses.part"), p) + "  " + DisplayWidth.padRight(cli.t("licenses.alias"), a)
                    + "  P1  P2  WB   SSPR     " + cli.t("licenses.product"))).append('\n');
            for (Sku s : skus) {
                out.append(DisplayWidth.padRight(s.skuPartNumber(), p)).append("  ").append(DisplayWidth.padRight(s.alias(), a)).append("  ")
                        .append(yn(s.hasEntraP1())).append("  ").append(yn(s.hasEntraP2())).append("  ").append(yn(s.writebackLicensed()))
                        .append("  ").append(DisplayWidth.padRight(" " + s.cloudResetLicensed(), 8)).append(" ").append(s.productName()).append('\n');
            }
            cli.out().print(out);
            cli.err().println(cli.t("licenses.legend"));
            return 0;
        }

        private static String yn(boolean b) { return b ? "yes" : "no "; }
    }
}
