package sspr.doctor.diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code diagnose --batch} line read without a JSON tree, when it is the usual kind: one flat object
 * whose keys are fact names (and {@code name}) given once each, with plain strings (no escapes), booleans
 * and non-empty lists of plain strings, each of the kind its key takes. For such a line the answer is
 * exactly {@link ProfileReader#readLine}'s — the same facts, in the same order, with the same origins
 * (file:line:column of the key); for any other line (an escape, a number, a null, a nested object, an
 * unknown, repeated or negative key, a value of the wrong kind, anything malformed) it is null and the
 * caller reads the line through ProfileReader, so errors are worded by one path only. Lines are
 * thousands a second in a batch; the tree, Jackson's parser and a map of nodes per line were a fifth
 * of a line's time.
 */
public final class FlatJsonLine {
    private FlatJsonLine() {}

    /** The line's case, or null when it is not a plain flat object (then ProfileReader.readLine reads it). */
    public static ProfileReader.Case read(String json, String file, long line) {
        return new Lexer(json).read(file + ":" + line + ":");
    }

    /** The one key of InputResolver.KEYS a line names only to be refused (the general path words why). */
    private static final String ROLE_DEFINITION = key("role-definition");

    private static String key(String name) {
        for (String k : InputResolver.KEYS.keySet()) if (k.equals(name)) return k;
        throw new IllegalStateException(name);
    }

    /** The keys a plain line may hold (the facts' names, whose kinds InputResolver.KEYS gives, and "name"), by length. */
    private static final String[][] KNOWN = known();

    private static String[][] known() {
        List<String> keys = new ArrayList<>(InputResolver.KEYS.keySet());
        keys.add("name");
        int longest = 0;
        for (String k : keys) longest = Math.max(longest, k.length());
        String[][] out = new String[longest + 1][];
        for (String k : keys) {
            String[] same = out[k.length()];
            same = same == null ? new String[1] : java.util.Arrays.copyOf(same, same.length + 1);
            same[same.length - 1] = k;
            out[k.length()] = same;
        }
        return out;
    }

    private static final class Lexer {
        private final String s;
        /** The line's chars, scanned as an array (a char at a time through String was most of the reading under C1). */
        private final char[] c;
        private final int n;
        private int at;

        Lexer(String s) {
            this.s = s;
            this.c = s.toCharArray();
            this.n = c.length;
        }

        ProfileReader.Case read(String originPrefix) {
            if (!skip() || c[at] != '{') return null;
            at++;
            Map<String, RawFact> facts = new LinkedHashMap<>();
            String name = null;
            boolean named = false;
            if (!skip()) return null;
            if (c[at] == '}') {
                at++;
            } else {
                while (true) {
                    if (!skip() || c[at] != '"') return null;
                    int keyAt = at;
                    String key = key();
                    if (key == null || !skip() || c[at] != ':') return null;
                    at++;
                    if (!skip()) return null;
                    if (key.equals("name")) {
                        if (named || c[at] != '"') return null;
                        name = string();
                        if (name == null) return null;
                        named = true;
                    } else {
                        String kind = InputResolver.KEYS.get(key);
                        // negative keys, role-definition, cases and unknown keys: the general path words them
                        if (kind == null || key == ROLE_DEFINITION) return null;
                        Object value = value(kind);
                        // a key given twice: the general path refuses it (the map is dropped)
                        if (value == null || facts.put(key, new RawFact(value, originPrefix + (keyAt + 1))) != null) return null;
                    }
                    if (!skip()) return null;
                    char ch = c[at++];
                    if (ch == '}') break;
                    if (ch != ',') return null;
                }
            }
            // nothing but blanks after the object
            while (at < n && blank(c[at])) at++;
            if (at != n) return null;
            return new ProfileReader.Case(name, facts);
        }

        /** A value of the kind the key takes, as ProfileReader would hold it; null for anything else. */
        private Object value(String kind) {
            char first = c[at];
            switch (kind) {
                case "flag":
                    if (literal("true") && ends(at + 4)) { at += 4; return Boolean.TRUE; }
                    if (literal("false") && ends(at + 5)) { at += 5; return Boolean.FALSE; }
                    return null;
                case "value":
                    return first == '"' ? string() : null;
                case "list": {
                    if (first == '"') {
                        String v = string();
                        return v == null ? null : List.of(v);
                    }
                    if (first != '[') return null;
                    at++;
                    List<String> items = new ArrayList<>(2);
                    while (true) {
                        if (!skip() || c[at] != '"') return null;
                        String v = string();
                        if (v == null || v.isBlank()) return null;
                        items.add(v);
                        if (!skip()) return null;
                        char d = c[at++];
                        if (d == ']') return items;
                        if (d != ',') return null;
                    }
                }
                default:
                    return null;
            }
        }

        /** Whether a literal ending before {@code end} stands alone (JSON would read "truex" as a bad token). */
        private boolean ends(int end) {
            if (end >= n) return true;
            char ch = c[end];
            return ch == ',' || ch == '}' || ch == ']' || blank(ch);
        }

        /**
         * A key at {@code at} (its opening quote) as the one instance of that name kept in {@link #KNOWN}, or null for
         * any other key: no string made per key, and the facts map's look-ups then find their keys by identity.
         */
        private String key() {
            int start = at + 1;
            int end = start;
            while (end < n && c[end] != '"') {
                if (c[end] == '\\') return null;
                end++;
            }
            int length = end - start;
            if (end == n || length >= KNOWN.length || KNOWN[length] == null) return null;
            for (String k : KNOWN[length]) {
                int i = 0;
                while (i < length && c[start + i] == k.charAt(i)) i++;
                if (i == length) {
                    at = end + 1;
                    return k;
                }
            }
            return null;
        }

        /** Whether {@code word} stands at {@code at}. */
        private boolean literal(String word) {
            if (at + word.length() > n) return false;
            for (int i = 0; i < word.length(); i++) if (c[at + i] != word.charAt(i)) return false;
            return true;
        }

        /** A string at {@code at} (its opening quote) without escapes or control characters, or null. */
        private String string() {
            int start = ++at;
            while (at < n) {
                char ch = c[at];
                if (ch == '"') {
                    String v = s.substring(start, at++);
                    return v.length() > sspr.doctor.io.SafeYaml.MAX_STRING ? null : v;
                }
                if (ch == '\\' || ch < 0x20) return null;
                at++;
            }
            return null;
        }

        /** Skips blanks; false at the end of the line. */
        private boolean skip() {
            while (at < n && blank(c[at])) at++;
            return at < n;
        }

        /** Spaces and tabs only: a line has no line breaks, and other blanks are left to the general path. */
        private static boolean blank(char c) {
            return c == ' ' || c == '\t';
        }
    }
}
