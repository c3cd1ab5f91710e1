package sspr.doctor.cli;

import sspr.doctor.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sspr.doctor.catalog.ErrorCatalog;
import sspr.doctor.catalog.ErrorCode;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.io.TreeWriter;
import sspr.doctor.text.Suggestions;
import sspr.doctor.text.TextWrapper;

/** {@code explain CODE}: what an SSPR error code or writeback event means and how to fix it. */
@Command(name = "explain", description = "Explain an SSPR error code (SSPR_0009 …) or a writeback event ID (6329, 31001 …).",
        footer = {"", "Examples:", "  sspr-doctor explain SSPR_0029", "  sspr-doctor explain 6329 --lang zh-CN",
                "  sspr-doctor explain --list", "  sspr-doctor explain --search \"not enabled\""})
final class ExplainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    /** Set instead of {@code spec} when the arguments were parsed without picocli ({@link DirectLine}). */
    DirectInvocation direct;

    @Parameters(paramLabel = "CODE", arity = "0..1", description = "The error code or event ID.")
    String code;

    @Option(names = "--list", description = "List every known error code and event ID with its meaning.")
    boolean list;

    @Option(names = "--search", paramLabel = "TEXT", description = "List the codes whose code, meaning or fix contains every word of TEXT (in the output language or English).")
    String search;

    @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    RulesCommand.Format format;

    @Override
    public Integer call() {
        Cli cli = SsprDoctor.cli(spec, direct);
        String lang = cli.ui().lang();
        ErrorCatalog catalog = Catalogs.errors(lang);
        if (list || search != null) return ExplainList.print(cli, catalog, lang, list ? null : search, format, code);
        if (code == null) throw new UserError(null, LocalizedText.of("explain-needs-code"));
        List<ErrorCode> variants = catalog.find(code);
        if (variants.isEmpty()) {
            throw new UserError(null, LocalizedText.of("error-code-unknown", "code", code, "suggest", LocalizedText.didYouMean(Suggestions.closest(code, catalog.codes(), 3))));
        }
        // one source of truth with diagnose --error: the catalogue's candidate causes, read the same way
        String canonical = variants.get(0).code();
        List<String> candidates = sspr.doctor.diagnosis.DerivedFacts.errorCandidates(canonical, Catalogs.errorFindings());
        String finding = candidates.isEmpty() ? null : candidates.size() == 1 ? candidates.get(0) : sspr.doctor.diagnosis.Diagnoser.SEVERAL_CAUSES;
        if (format == RulesCommand.Format.json) {
            List<Object> rows = new ArrayList<>();
            for (ErrorCode e : variants) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", e.code());
                m.put("kind", e.kind());
                m.put("source", e.source());
                m.put("meaning", e.meaning());
                m.put("fix", e.fix());
                m.put("links", docUrls(e.docPath()));
                m.put("lang", lang);
                m.put("finding", finding);
                m.put("candidates", candidates);
                rows.add(m);
            }
            cli.out().print(TreeWriter.json(rows));
            return 0;
        }
        StringBuilder out = new StringBuilder();
        int width = cli.width() - 4;
        for (int i = 0; i < variants.size(); i++) {
            ErrorCode e = variants.get(i);
            if (i > 0) out.append('\n');
            out.append(cli.style().bold(e.code())).append(cli.style().dim("  " + sspr.doctor.catalog.WhereToLook.kind(e.kind(), lang)
                    + (variants.size() > 1 ? "  (" + (i + 1) + "/" + variants.size() + ")" : ""))).append('\n');
            for (String l : TextWrapper.wrap(e.meaning(), width)) out.append("  ").append(l).append('\n');
            out.append("  ").append(cli.style().bold(cli.t("diagnose.fix"))).append('\n');
            for (String l : TextWrapper.wrap(e.fix(), width - 2)) out.append("    ").append(l).append('\n');
            for (String l : TextWrapper.wrap(sspr.doctor.catalog.WhereToLook.text(e.source(), lang), width)) out.append("  ").append(cli.style().dim(l)).append('\n');
            for (String url : docUrls(e.docPath())) out.append("  ").append(cli.style().dim(url)).append('\n');
        }
        if (candidates.size() > 1) {
            sspr.doctor.i18n.Messages findings = sspr.doctor.i18n.Messages.of("findings", lang);
            out.append('\n');
            for (String l : TextWrapper.wrap(cli.t("explain.candidates", "code", canonical, "count", candidates.size(),
                    "candidates", sspr.doctor.diagnosis.Diagnoser.candidateTitles(candidates, findings)), width)) out.append(l).append('\n');
            for (String l : TextWrapper.wrap(sspr.doctor.diagnosis.Diagnoser.distinguishing(canonical, findings), width)) out.append(l).append('\n');
        } else if (finding != null) {
            out.append('\n');
            for (String l : TextWrapper.wrap(cli.t("explain.finding", "finding", finding, "code", variants.get(0).code()), cli.width())) out.append(l).append('\n');
        }
        cli.out().print(out);
        return 0;
    }

    private static final String GENERAL = "https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr";

    /**
     * Microsoft Learn addresses for the catalog's doc column: one or more repository paths separated
     * by ';' (entra-docs "docs/…", SupportArticles-docs "support/…"); notes such as "unverified …"
     * give the general troubleshooting page instead of a made-up address.
     */
    static List<String> docUrls(String docPath) {
        List<String> urls = new java.util.ArrayList<>();
        if (docPath != null) {
            for (String part : docPath.split(";")) {
                String p = part.strip().replaceFirst("^MicrosoftDocs/SupportArticles-docs:\\s*", "").replaceFirst("\\.md$", "");
                String url = null;
                if (p.startsWith("support/")) url = "https://learn.microsoft.com/troubleshoot/" + p.substring("support/".length());
                else if (p.startsWith("docs/")) url = "https://learn.microsoft.com/entra/" + p.substring("docs/".length());
                if (url != null && !urls.contains(url)) urls.add(url);
            }
        }
        if (urls.isEmpty()) urls.add(GENERAL);
        return urls;
    }
}
