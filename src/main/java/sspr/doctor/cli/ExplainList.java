package sspr.doctor.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sspr.doctor.catalog.ErrorCatalog;
import sspr.doctor.catalog.ErrorCode;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.io.TreeWriter;
import sspr.doctor.text.TextWrapper;

/**
 * {@code explain --list} and {@code explain --search TEXT}: the codes with their meaning, one entry
 * per code. A search matches every word of TEXT, ignoring case, in the code, meaning or fix as shown
 * in the output language and in English, so an English phrase finds codes in a zh-TW listing too;
 * Chinese has no spaces, so each word is matched as a substring.
 */
final class ExplainList {
    private ExplainList() {}

    static int print(Cli cli, ErrorCatalog catalog, String lang, String search, RulesCommand.Format format, String code) {
        if (code != null) throw new UserError(null, sspr.doctor.i18n.LocalizedText.of("explain-list-and-code"));
        ErrorCatalog english = lang.equals("en") ? catalog : Catalogs.errors("en");
        List<String> words = new ArrayList<>();
        if (search != null) {
            for (String w : search.toLowerCase(Locale.ROOT).split("\\s+")) if (!w.isBlank()) words.add(w);
            if (words.isEmpty()) throw new UserError("--search", sspr.doctor.i18n.LocalizedText.of("empty-value", "key", "search"));
        }
        List<ErrorCode> hits = new ArrayList<>();
        for (String c : catalog.codes()) {
            List<ErrorCode> variants = catalog.find(c);
            if (words.isEmpty() || matches(words, variants) || matches(words, english.find(c))) hits.add(variants.get(0));
        }
        if (format == RulesCommand.Format.json) {
            List<Object> rows = new ArrayList<>();
            for (ErrorCode e : hits) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", e.code());
                m.put("kind", e.kind());
                m.put("meaning", e.meaning());
                m.put("lang", lang);
                rows.add(m);
            }
            cli.out().print(TreeWriter.json(rows));
            return 0;
        }
        if (hits.isEmpty()) {
            cli.err().println(cli.t("explain.search.none", "text", sspr.doctor.text.ControlCharacters.clean(search)));
            return 0;
        }
        List<String[]> rows = new ArrayList<>();
        for (ErrorCode e : hits) rows.add(new String[] {e.code(), firstSentence(e.meaning())});
        StringBuilder out = new StringBuilder();
        HelpLayout.table(rows, cli.width(), HelpLayout.nameWidth(rows, cli.width()), out);
        out.append('\n');
        for (String l : TextWrapper.wrap(cli.t("explain.list.footer", "count", hits.size()), cli.width())) out.append(cli.style().dim(l)).append('\n');
        cli.out().print(out);
        return 0;
    }

    private static boolean matches(List<String> words, List<ErrorCode> variants) {
        StringBuilder hay = new StringBuilder();
        for (ErrorCode e : variants) hay.append(e.code()).append('\n').append(e.meaning()).append('\n').append(e.fix()).append('\n');
        String text = hay.toString().toLowerCase(Locale.ROOT);
        for (String w : words) if (!text.contains(w)) return false;
        return true;
    }

    /** The meaning up to its first sentence end, so the list stays one short entry per code. */
    static String firstSentence(String meaning) {
        for (int i = 0; i < meaning.length(); i++) {
            char c = meaning.charAt(i);
            if (c == '。') return meaning.substring(0, i + 1);
            if (c == '.' && (i + 1 == meaning.length() || meaning.charAt(i + 1) == ' ') && i > 3) return meaning.substring(0, i + 1);
        }
        return meaning;
    }
}
