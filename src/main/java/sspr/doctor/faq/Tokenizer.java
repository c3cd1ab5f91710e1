package sspr.doctor.faq;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Search terms for every script Microsoft publishes the articles in.
 * <ul>
 * <li>Chinese, Japanese and Korean runs: single characters plus character bigrams, because they
 *     write no spaces (Japanese, Chinese) or glue particles to words (Korean), so a query matches
 *     however it is spaced.
 * <li>Thai (and Lao, Khmer, Myanmar), written without spaces: words found by the JDK's dictionary
 *     word {@link BreakIterator}. Their vowel and tone marks are part of the spelling and stay.
 * <li>Other scripts: runs of letters, digits and combining marks, lower-cased. Arabic harakat and
 *     tatweel and Hebrew points are dropped: published text rarely carries them.
 * </ul>
 * Accents: every term is also indexed folded ({@code ~} prefix: Latin and Greek accents removed,
 * Cyrillic ё→е, Vietnamese đ→d). A query word typed without accents looks only at folded terms, so
 * "reinitialiser" finds "réinitialiser"; a word typed with accents looks only at exact terms, so
 * Vietnamese "má" never matches "mà" or "ma" — distinct words stay distinct.
 */
public final class Tokenizer {
    private static final String FOLDED = "~";
    private static final Locale THAI = Locale.forLanguageTag("th");

    private Tokenizer() {}

    /** The words of the text, exact (accents kept), in order; CJK as unigrams and bigrams. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String normal = normalize(text);
        StringBuilder word = new StringBuilder();
        int prevCjk = -1;
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            if (isCjk(cp)) {
                flush(word, out);
                out.add(new String(Character.toChars(cp)));
                if (prevCjk >= 0) out.add(new String(Character.toChars(prevCjk)) + new String(Character.toChars(cp)));
                prevCjk = cp;
                i += Character.charCount(cp);
            } else if (isDictionaryScript(cp)) {
                flush(word, out);
                int end = i;
                while (end < normal.length() && (isDictionaryScript(normal.codePointAt(end)) || isMark(normal.codePointAt(end)))) {
                    end += Character.charCount(normal.codePointAt(end));
                }
                dictionaryWords(normal.substring(i, end), out);
                prevCjk = -1;
                i = end;
            } else if (Character.isLetterOrDigit(cp) || (isMark(cp) && word.length() > 0)) {
                word.appendCodePoint(cp);
                prevCjk = -1;
                i += Character.charCount(cp);
            } else {
                flush(word, out);
                prevCjk = -1;
                i += Character.charCount(cp);
            }
        }
        flush(word, out);
        return out;
    }

    /** Terms to index for a document: each token exact and folded. */
    public static List<String> documentTerms(String text) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(text)) {
            String f = fold(t);
            out.add(FOLDED + f);
            if (!f.equals(t)) out.add(t);
        }
        return out;
    }

    /** Terms to look up for a query: folded for words typed without accents, exact otherwise. */
    public static Set<String> queryTerms(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : tokens(text)) {
            String f = fold(t);
            out.add(f.equals(t) ? FOLDED + f : t);
        }
        return out;
    }

    private static void dictionaryWords(String run, List<String> out) {
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        words.setText(run);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String w = run.substring(start, end);
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) out.add(w);
        }
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    /** NFKC (fullwidth forms, ligatures, composed accents), lower case, optional pointing removed. */
    static String normalize(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (isOptionalPointing(cp) || cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF) continue;
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /** The accent-free spelling of one token (see the class comment for what is folded). */
    static String fold(String token) {
        String decomposed = Normalizer.normalize(token, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        int base = -1;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) {
                if (base >= 0 && foldsMarks(base, cp)) continue;
            } else {
                base = cp;
                if (cp == 'đ') cp = 'd';
            }
            sb.appendCodePoint(cp);
        }
        return Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
    }

    private static boolean foldsMarks(int base, int mark) {
        Character.UnicodeScript s = Character.UnicodeScript.of(base);
        if (s == Character.UnicodeScript.LATIN || s == Character.UnicodeScript.GREEK) return true;
        // Russian writes ё as е more often than not; й, ў and the rest are letters of their own
        return s == Character.UnicodeScript.CYRILLIC && base == 'е' && mark == 0x0308;
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    /** Arabic harakat, tatweel and Hebrew points: optional in running text. */
    private static boolean isOptionalPointing(int cp) {
        return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640
                || (cp >= 0x0591 && cp <= 0x05C7 && Character.getType(cp) == Character.NON_SPACING_MARK);
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || cp == 0x30FC; // katakana-hiragana prolonged sound mark (script COMMON)
    }

    /** Scripts written without spaces between words, split by a dictionary. */
    static boolean isDictionaryScript(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return (s == Character.UnicodeScript.THAI || s == Character.UnicodeScript.LAO
                || s == Character.UnicodeScript.KHMER || s == Character.UnicodeScript.MYANMAR) && !isMark(cp);
    }
}
