package sspr.doctor.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a Jackson or SnakeYAML parse failure into one plain line and a 1-based position. Their own
 * messages name internals (parser states, {@code [Source: REDACTED …]}, constraint classes) and
 * span several lines; a user needs what is wrong and where.
 */
public final class ParseErrors {
    /** What went wrong, in words, and where (0 = unknown). */
    public record Described(String message, int line, int column) {}

    private static final Pattern START_MARKER = Pattern.compile(
            "\\s*\\((?:start marker at|for (Array|Object) starting at) \\[Source:.*?line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\[Source:.*?(?:\\]|$)");
    private static final Pattern CODE = Pattern.compile("\\s*\\(code -?\\d+\\)");
    private static final Pattern INTERNAL = Pattern.compile("\\s*\\((?:from |for )?`[\\w.$]+`[^)]*\\)|`[\\w.$]+`");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*:?\\s*");

    private ParseErrors() {}

    /** {@code fallback} is where the parser stood, used when the failure carries no position. */
    public static Described describe(Throwable e, JsonLocation fallback) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m && m.getProblemMark() != null) return yaml(m);
        }
        int line = 0;
        int column = 0;
        JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
        if (at == null || at.getLineNr() <= 0) at = fallback;
        if (at != null && at.getLineNr() > 0) {
            line = at.getLineNr();
            column = Math.max(at.getColumnNr(), 0);
        }
        return new Described(message(e), line, column);
    }

    private static String message(Throwable e) {
        if (e instanceof StreamConstraintsException) return limit(e.getMessage());
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (m == null) return "malformed file";
        m = m.split("\n", 2)[0];
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("utf-8") || lower.contains("utf8") || e instanceof java.nio.charset.CharacterCodingException
                || e.getCause() instanceof java.nio.charset.CharacterCodingException) {
            return "not valid UTF-8 text";
        }
        if (lower.contains("aliases") || lower.contains("nesting depth") || lower.contains("code points")) return limit(m);
        String opened = "";
        Matcher marker = START_MARKER.matcher(m);
        if (marker.find()) {
            opened = " at " + marker.group(2) + ":" + marker.group(3);
            m = m.substring(0, marker.start()) + m.substring(marker.end());
        }
        if (m.startsWith("Unexpected end-of-input")) {
            if (m.contains("close marker for Array")) return "the file is truncated: the list ('[')" + opened + " is not closed";
            if (m.contains("close marker for Object")) return "the file is truncated: the object ('{')" + opened + " is not closed";
            if (m.contains("String value")) return "the file is truncated: a text value in quotes is not closed";
            return "the file is truncated";
        }
        Matcher close = Pattern.compile("Unexpected close marker '(.)': expected '(.)'").matcher(m);
        if (close.find()) {
            return "'" + close.group(1) + "' where '" + close.group(2) + "' was expected (to close the "
                    + (close.group(2).equals("]") ? "list" : "object") + opened + ")";
        }
        Matcher token = Pattern.compile("Unrecognized token '([^']*)'").matcher(m);
        if (token.find()) {
            return "unexpected word '" + token.group(1) + "' (text in JSON goes in double quotes)";
        }
        m = CODE.matcher(m).replaceAll("");
        m = m.replace("was expecting comma to separate Array entries", "expected ',' between list items")
                .replace("was expecting comma to separate Object entries", "expected ',' between fields")
                .replace("was expecting double-quote to start field name", "expected a field name in double quotes")
                .replace("was expecting a colon to separate field name and value", "expected ':' after the field name")
                .replace("Unexpected character ('", "unexpected character '").replace("'):", "':")
                .replace("Duplicate field", "duplicate key");
        return plain(m);
    }

    /** A limit of {@link SafeYaml} was hit. */
    private static String limit(String m) {
        String lower = m == null ? "" : m.toLowerCase(Locale.ROOT);
        if (lower.contains("nesting depth")) return "nested more than " + SafeYaml.MAX_DEPTH + " levels deep";
        if (lower.contains("string value length") || lower.contains("name length")) {
            return "a value is longer than " + SafeYaml.MAX_STRING + " characters";
        }
        if (lower.contains("number value length")) return "a number is longer than 64 digits";
        if (lower.contains("aliases")) return "too many aliases (more than " + SafeYaml.MAX_ALIASES + ")";
        if (lower.contains("code points") || lower.contains("document length")) {
            return "file is larger than " + (SafeYaml.MAX_FILE_BYTES / (1024 * 1024)) + " MB";
        }
        return "the file is larger or deeper than allowed";
    }

    private static Described yaml(MarkedYAMLException m) {
        Mark at = m.getProblemMark();
        String problem = m.getProblem() == null ? "malformed YAML" : m.getProblem().split("\n", 2)[0];
        String p = problem.toLowerCase(Locale.ROOT);
        if (p.contains("tab") && p.contains("cannot start any token")) {
            problem = "a tab character; YAML indents with spaces";
        } else if (p.contains("end of stream") || p.contains("<stream end>")) {
            problem = "the file ends too early";
        } else if (p.startsWith("mapping values are not allowed")) {
            problem = "':' is not allowed here (put a value that holds ': ' in quotes)";
        } else if (p.contains("found duplicate key")) {
            problem = "duplicate key";
        } else {
            problem = problem.replace("<block end>", "the end of the indented block")
                    .replace("<block mapping start>", "a map").replace("<block sequence start>", "a list")
                    .replace("<scalar>", "a value").replace("<document start>", "a new document")
                    .replace("but found '?'", "but found a key").replace("but found '-'", "but found a list item")
                    .replace("but found '<", "but found '").replace(">'", "'");
            problem = plain(problem);
        }
        String context = m.getContext();
        Mark from = m.getContextMark();
        String where = "";
        if (context != null && from != null) {
            String what = context.contains("flow sequence") ? "the list ('[')"
                    : context.contains("flow mapping") ? "the map ('{')"
                    : context.contains("quoted scalar") ? "the quoted text"
                    : context.contains("block") ? "the block"
                    : null;
            if (what != null) where = " (in " + what + " that starts at " + (from.getLine() + 1) + ":" + (from.getColumn() + 1) + ")";
        }
        return new Described(problem + where, at.getLine() + 1, at.getColumn() + 1);
    }

    /** Whatever is left: no source dumps, back-quoted code names or class names; one line. */
    static String plain(String m) {
        m = SOURCE.matcher(m).replaceAll("");
        m = INTERNAL.matcher(m).replaceAll("");
        m = CLASS_NAME.matcher(m).replaceAll("");
        m = m.strip();
        if (m.isEmpty()) return "malformed file";
        return Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
}
