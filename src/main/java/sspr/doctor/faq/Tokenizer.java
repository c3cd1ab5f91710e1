package sspr.doctor.faq;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Search terms: Latin-script words folded for case and accents; Chinese (and other CJK) runs as
 * single characters plus character bigrams, because Chinese writes no spaces between words.
 */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String folded = fold(text);
        StringBuilder word = new StringBuilder();
        int prevCjk = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                flush(word, out);
                out.add(new String(Character.toChars(cp)));
                if (prevCjk >= 0) out.add(new String(Character.toChars(prevCjk)) + new String(Character.toChars(cp)));
                prevCjk = cp;
            } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
                prevCjk = -1;
            } else {
                flush(word, out);
                prevCjk = -1;
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) continue;
            sb.appendCodePoint(cp);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }
}
