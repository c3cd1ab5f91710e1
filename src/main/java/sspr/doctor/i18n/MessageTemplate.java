package sspr.doctor.i18n;

import java.util.ArrayList;
import java.util.List;

/**
 * A message split once into its literal text and its placeholders ({@code {name}}, and
 * {@code {name|one|other}} where a language inflects for number), so that filling it in is one pass
 * over the parts. Results are exactly those of replacing placeholder after placeholder in argument
 * order (the way messages were filled before); where the two could differ — a value or an argument
 * name holding a brace or bar, or a message whose braces do not pair up — that replacing is done
 * instead ({@link #replaceInTurn}).
 */
final class MessageTemplate {
    private final String message;
    /** Literal text and placeholders in turn: {@code parts[0]} literal, then (name, forms or null, literal)… ; null when not plain. */
    private final String[] literals;
    private final String[] names;
    private final String[][] forms;

    private MessageTemplate(String message, String[] literals, String[] names, String[][] forms) {
        this.message = message;
        this.literals = literals;
        this.names = names;
        this.forms = forms;
    }

    static MessageTemplate of(String message) {
        if (message.indexOf('{') < 0 && message.indexOf('}') < 0) {
            return new MessageTemplate(message, new String[] {message}, new String[0], new String[0][]);
        }
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String[]> forms = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = message.indexOf('{', from);
            int close = message.indexOf('}', from);
            if (open < 0) {
                if (close >= 0) return notPlain(message); // a lone closing brace
                literals.add(message.substring(from));
                break;
            }
            if (close < open) return notPlain(message);
            int end = message.indexOf('}', open);
            int nextOpen = message.indexOf('{', open + 1);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end)) return notPlain(message); // unclosed, or nested
            literals.add(message.substring(from, open));
            String inside = message.substring(open + 1, end);
            int bar = inside.indexOf('|');
            if (bar < 0) {
                names.add(inside);
                forms.add(null);
            } else {
                names.add(inside.substring(0, bar));
                String rest = inside.substring(bar + 1);
                int second = rest.indexOf('|');
                forms.add(second < 0 ? new String[] {rest} : new String[] {rest.substring(0, second), rest.substring(second + 1)});
            }
            from = end + 1;
        }
        return new MessageTemplate(message, literals.toArray(new String[0]), names.toArray(new String[0]), forms.toArray(new String[0][]));
    }

    private static MessageTemplate notPlain(String message) {
        return new MessageTemplate(message, null, null, null);
    }

    /** The message with its placeholders filled from alternating name, value arguments. */
    String format(Object[] namesAndValues) {
        if (names != null && names.length == 0) return message;
        if (literals == null) return replaceInTurn(message, namesAndValues);
        int pairs = namesAndValues.length / 2;
        String[] argNames = new String[pairs];
        String[] argValues = new String[pairs];
        for (int i = 0; i < pairs; i++) {
            String name = String.valueOf(namesAndValues[2 * i]);
            String value = String.valueOf(namesAndValues[2 * i + 1]);
            if (special(name) || special(value)) return replaceInTurn(message, namesAndValues);
            argNames[i] = name;
            argValues[i] = value;
        }
        StringBuilder out = new StringBuilder(message.length() + 32);
        out.append(literals[0]);
        for (int p = 0; p < names.length; p++) {
            int arg = -1;
            for (int i = 0; i < pairs; i++) {
                if (argNames[i].equals(names[p])) { arg = i; break; }
            }
            String[] f = forms[p];
            if (arg < 0) {
                // no such argument: the placeholder stays as written
                out.append('{').append(names[p]);
                if (f != null) {
                    out.append('|').append(f[0]);
                    if (f.length > 1) out.append('|').append(f[1]);
                }
                out.append('}');
            } else if (f == null) {
                out.append(argValues[arg]);
            } else {
                boolean one = namesAndValues[2 * arg + 1] instanceof Number n && n.longValue() == 1;
                out.append(one || f.length == 1 ? f[0] : f[1]);
            }
            out.append(literals[p + 1]);
        }
        return out.toString();
    }

    private static boolean special(String s) {
        return s.indexOf('{') >= 0 || s.indexOf('}') >= 0 || s.indexOf('|') >= 0;
    }

    /** Placeholder after placeholder, in argument order: how messages were always filled. */
    static String replaceInTurn(String v, Object... namesAndValues) {
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String name = String.valueOf(namesAndValues[i]);
            Object value = namesAndValues[i + 1];
            v = v.replace("{" + name + "}", String.valueOf(value));
            String plural = "{" + name + "|";
            for (int at = v.indexOf(plural); at >= 0; at = v.indexOf(plural)) {
                int end = v.indexOf('}', at);
                if (end < 0) break;
                String[] forms = v.substring(at + plural.length(), end).split("\\|", 2);
                boolean one = value instanceof Number n && n.longValue() == 1;
                v = v.substring(0, at) + (one || forms.length == 1 ? forms[0] : forms[1]) + v.substring(end + 1);
            }
        }
        return v;
    }
}
