package sspr.doctor.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import sspr.doctor.i18n.LocalizedText;

/**
 * Turns a Jackson or SnakeYAML parse failure into one of a small set of messages of the
 * {@code errors} bundle ({@code parse.*}: what is wrong and how to fix it, in the user's language)
 * and a 1-based position. The parsers' own messages name internals (parser states,
 * {@code [Source: REDACTED …]}, feature flags, constraint classes) and are never shown: a failure
 * this class does not recognise becomes the plain "not valid JSON/YAML here".
 */
public final class ParseErrors {
    /** What went wrong, in words, and where (0 = unknown). */
    public record Described(LocalizedText text, int line, int column) {
        /** In English, for logs and JSON. */
        public String message() { return text.english(); }
    }

    private static final Pattern START_MARKER = Pattern.compile(
            "\\s*\\((?:start marker at|for (Array|Object) starting at) \\[Source:.*?line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.)' \\(code (\\d+)\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '([^']{0,40})");
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{0,80})'");

    private ParseErrors() {}

    /** {@code fallback} is where the parser stood, used when the failure carries no position. */
    public static Described describe(Throwable e, JsonLocation fallback) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m && m.getProblemMark() != null) return yaml(m);
            if (t instanceof Utf8Check.Malformed bad) return new Described(of("parse.not-utf8"), (int) bad.line, (int) bad.column);
        }
        int line = 0;
        int column = 0;
        JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
        if (at == null || at.getLineNr() <= 0) at = fallback;
        if (at != null && at.getLineNr() > 0) {
            line = at.getLineNr();
            column = Math.max(at.getColumnNr(), 0);
            column = wordStart(e, column);
        }
        return new Described(json(e), line, column);
    }

    /** Jackson places an unexpected word's error after the word; the user looks for where it starts. */
    private static int wordStart(Throwable e, int column) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : null;
        if (m == null) return column;
        String first = m.split("\n", 2)[0];
        Matcher token = TOKEN.matcher(first);
        // the pattern keeps 40 characters of a word: a longer one has no closing quote there
        if (!token.find() || token.end() >= first.length() || first.charAt(token.end()) != '\'') return column;
        String word = token.group(1);
        // a long word is shortened in Jackson's message ("..."): its start is then not known
        return word.endsWith("...") || column - word.length() < 1 ? column : column - word.length();
    }

    private static LocalizedText of(String key, Object... args) {
        return LocalizedText.of(key, args);
    }

    private static LocalizedText json(Throwable e) {
        if (e instanceof StreamConstraintsException) return limit(e.getMessage());
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (m == null) return of("parse.json");
        m = m.split("\n", 2)[0];
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("utf-8") || lower.contains("utf8") || lower.contains("surrogate") || lower.contains("invalid char")
                || e instanceof java.nio.charset.CharacterCodingException
                || e.getCause() instanceof java.nio.charset.CharacterCodingException) {
            return of("parse.not-utf8");
        }
        if (lower.contains("aliases") || lower.contains("nesting depth") || lower.contains("code points")) return limit(m);
        String opened = "";
        Matcher marker = START_MARKER.matcher(m);
        if (marker.find()) {
            opened = marker.group(2) + ":" + marker.group(3);
            m = m.substring(0, marker.start()) + m.substring(marker.end());
        }
        if (m.startsWith("Unexpected end-of-input")) {
            if (m.contains("close marker for Array")) return opened.isEmpty() ? of("parse.truncated") : of("parse.truncated-list", "at", opened);
            if (m.contains("close marker for Object") || m.contains("Object entries")) {
                return opened.isEmpty() ? of("parse.truncated") : of("parse.truncated-object", "at", opened);
            }
            if (m.contains("String value")) return of("parse.truncated-string");
            return of("parse.truncated");
        }
        Matcher close = CLOSE.matcher(m);
        if (close.find()) {
            boolean list = close.group(2).equals("]");
            return of(list ? "parse.wrong-close-list" : "parse.wrong-close-object", "found", close.group(1), "expected", close.group(2));
        }
        Matcher token = TOKEN.matcher(m);
        if (token.find()) {
            String word = token.group(1);
            if (word.equals("NaN") || word.contains("Infinity")) return of("parse.not-a-number", "word", word);
            if (word.startsWith("'")) return of("parse.single-quotes");
            return of("parse.bare-word", "word", word);
        }
        Matcher dup = DUPLICATE.matcher(m);
        if (dup.find()) return of("parse.duplicate-key", "key", dup.group(1));
        if (lower.contains("leading zero")) return of("parse.leading-zero");
        if (lower.contains("plus sign")) return of("parse.plus-number");
        if (lower.contains("illegal unquoted character") || lower.contains("ctrl-char")) return of("parse.control-in-string");
        if (lower.contains("unrecognized character escape")) return of("parse.bad-escape");
        Matcher ch = CHARACTER.matcher(m);
        if (ch.find()) {
            String c = ch.group(1);
            if (c.equals("'")) return of("parse.single-quotes");
            if (c.equals("+")) return of("parse.plus-number");
            if (c.equals("/") || c.equals("#")) return of("parse.comment");
            if (lower.contains("double-quote to start field name")) {
                return c.equals("}") ? of("parse.trailing-comma") : of("parse.field-name", "char", visible(c));
            }
            if (lower.contains("comma to separate array")) return of("parse.comma-list", "char", visible(c));
            if (lower.contains("comma to separate object")) return of("parse.comma-object", "char", visible(c));
            if (lower.contains("colon to separate")) return of("parse.colon", "char", visible(c));
            if (c.equals("]") || c.equals("}")) return of("parse.trailing-comma");
            return of("parse.unexpected-char", "char", visible(c));
        }
        if (lower.contains("expected space separating root-level values") || lower.contains("trailing token")) {
            return of("parse.two-documents");
        }
        return of("parse.json");
    }

    /** A character as it can be quoted on a terminal: a control character by its code. */
    private static String visible(String c) {
        char ch = c.charAt(0);
        // a backtick is named by its code too: error lines never carry one (parsers' internals are back-quoted)
        return ch < 0x20 || (ch >= 0x7F && ch <= 0x9F) || Character.isSurrogate(ch) || ch == '`' ? String.format("U+%04X", (int) ch) : c;
    }

    /** A limit of {@link SafeYaml} was hit. */
    private static LocalizedText limit(String m) {
        String lower = m == null ? "" : m.toLowerCase(Locale.ROOT);
        if (lower.contains("nesting depth")) return of("parse.too-deep", "max", SafeYaml.MAX_DEPTH);
        if (lower.contains("string value length") || lower.contains("name length")) return of("parse.too-long", "max", SafeYaml.MAX_STRING);
        if (lower.contains("number value length")) return of("parse.number-too-long", "max", 64);
        if (lower.contains("aliases")) return of("parse.too-many-aliases", "max", SafeYaml.MAX_ALIASES);
        return of("parse.too-large", "mb", SafeYaml.MAX_FILE_BYTES / (1024 * 1024));
    }

    private static Described yaml(MarkedYAMLException m) {
        Mark at = m.getProblemMark();
        String p = m.getProblem() == null ? "" : m.getProblem().split("\n", 2)[0].toLowerCase(Locale.ROOT);
        LocalizedText problem;
        if (p.contains("tab") && (p.contains("cannot start any token") || p.contains("indentation"))) {
            problem = of("parse.yaml-tab");
        } else if (p.contains("end of stream") || p.contains("<stream end>")) {
            problem = of("parse.yaml-ends-early");
        } else if (p.startsWith("mapping values are not allowed")) {
            problem = of("parse.yaml-colon");
        } else if (p.contains("found duplicate key")) {
            Matcher k = Pattern.compile("found duplicate key (.{0,80})").matcher(m.getProblem());
            problem = of("parse.duplicate-key", "key", k.find() ? k.group(1).strip() : "");
        } else if (p.contains("but found '?'") || p.contains("but found '<block mapping start>'")) {
            problem = of("parse.yaml-indent-key");
        } else if (p.contains("but found '-'") || p.contains("<block sequence start>")) {
            problem = of("parse.yaml-indent-item");
        } else if (p.contains("special characters are not allowed") || p.contains("unacceptable code point")
                || p.contains("non-printable")) {
            problem = of("parse.control-character");
        } else if (p.contains("found character '@'") || p.contains("found character '`'")) {
            problem = of("parse.yaml-reserved");
        } else if (p.contains("could not find expected ':'")) {
            problem = of("parse.yaml-no-colon");
        } else if (p.contains("alias") || p.contains("anchor")) {
            problem = of("parse.yaml-alias");
        } else if (p.contains("exceeds the limit") || p.contains("code points")) {
            problem = limit(p);
        } else {
            problem = of("parse.yaml");
        }
        String context = m.getContext();
        Mark from = m.getContextMark();
        if (context != null && from != null) {
            String what = context.contains("flow sequence") ? "parse.in-list"
                    : context.contains("flow mapping") ? "parse.in-map"
                    : context.contains("quoted scalar") ? "parse.in-quotes"
                    : context.contains("block") ? "parse.in-block"
                    : null;
            if (what != null) {
                problem = of("parse.within", "problem", problem, "where", of(what, "at", (from.getLine() + 1) + ":" + (from.getColumn() + 1)));
            }
        }
        return new Described(problem, at.getLine() + 1, at.getColumn() + 1);
    }
}
