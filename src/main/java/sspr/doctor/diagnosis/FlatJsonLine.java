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
        private final int n;
        private int at;

        Lexer(String s) {
            this.s = s;
            this.n = s.length();
        }

        ProfileReader.Case read(String originPrefix) {
            if (!skip() || s.charAt(at) != '{') return null;
            at++;
            Map<String, RawFact> facts = new LinkedHashMap<>();
            String name = null;
            boolean named = false;
            if (!skip()) return null;
            if (s.charAt(at) == '}') {
                at++;
            } else {
                while (true) {
                    if (!skip() || s.charAt(at) != '"') return null;
                    int keyAt = at;
                    String key = key();
                    if (key == null || !skip() || s.charAt(at) != ':') return null;
                    at++;
                    if (!skip()) return null;
                    if (key.equals("name")) {
                        if (named || s.charAt(at) != '"') return null;
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
                    char c = s.charAt(at++);
                    if (c == '}') break;
                    if (c != ',') return null;
                }
            }
            // nothing but blanks after the object
            while (at < n && blank(s.charAt(at))) at++;
            if (at != n) return null;
            return new ProfileReader.Case(name, facts);
        }

        /** A value of the kind the key takes, as ProfileReader would hold it; null for anything else. */
        private Object value(String kind) {
            char c = s.charAt(at);
            switch (kind) {
                case "flag":
                    if (s.startsWith("true", at) && ends(at + 4)) { at += 4; return Boolean.TRUE; }
                    if (s.startsWith("false", at) && ends(at + 5)) { at += 5; return Boolean.FALSE; }
                    return null;
                case "value":
                    return c == '"' ? string() : null;
                case "list": {
                    if (c == '"') {
                        String v = string();
                        return v == null ? null : List.of(v);
                    }
                    if (c != '[') return null;
                    at++;
                    List<String> items = new ArrayList<>(2);
                    while (true) {
                        if (!skip() || s.charAt(at) != '"') return null;
                        String v = string();
                        if (v == null || v.isBlank()) return null;
                        items.add(v);
                        if (!skip()) return null;
                        char d = s.charAt(at++);
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
            char c = s.charAt(end);
            return c == ',' || c == '}' || c == ']' || blank(c);
        }

        /**
         * A key at {@code at} (its opening quote) as the one instance of that name kept in {@link #KNOWN}, or null for
         * any other key: no string made per key, and the facts map's look-ups then find their keys by identity.
         */
        private String key() {
            int start = at + 1;
            int end = start;
            while (end < n && s.charAt(end) != '"') {
                if (s.charAt(end) == '\\') return null;
                end++;
            }
            int length = end - start;
            if (end == n || length >= KNOWN.length || KNOWN[length] == null) return null;
            for (String k : KNOWN[length]) {
                if (s.regionMatches(start, k, 0, length)) {
                    at = end + 1;
                    return k;
                }
            }
            return null;
        }

        /** A string at {@code at} (its opening quote) without escapes or control characters, or null. */
        private String string() {
            int start = ++at;
            while (at < n) {
                char c = s.charAt(at);
                if (c == '"') {
                    String v = s.substring(start, at++);
                    return v.length() > sspr.doctor.io.SafeYaml.MAX_STRING ? null : v;
                }
                if (c == '\\' || c < 0x20) return null;
                at++;
            }
            return null;
        }

        /** Skips blanks; false at the end of the line. */
        private boolean skip() {
            while (at < n && blank(s.charAt(at))) at++;
            return at < n;
        }

        /** Spaces and tabs only: a line has no line breaks, and other blanks are left to the general path. */
        private static boolean blank(char c) {
            return c == ' ' || c == '\t';
        }
    }
}
