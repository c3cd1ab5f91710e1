package sspr.doctor.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A message split once into literal text and placeholders ({@code {name}}, {@code {name|one|other}}),
 * so {@link Messages#format} fills it in one pass instead of a {@code String.replace} and a scan per
 * argument (a batch of 20,000 diagnoses formats a few hundred thousand messages).
 *
 * The one-pass result equals the old argument-by-argument replacement only when nothing inserted can
 * form a placeholder with the text around it: every '{' of the template opens a well-formed
 * placeholder, no argument name holds '{', '}' or '|', and no value holds '{'. Anything else returns
 * null and the caller replaces argument by argument as before.
 */
final class MessageTemplate {
    /** Bundles hold a few thousand messages; a bound keeps odd callers (formatting unknown keys) from growing it forever. */
    private static final int MAX_CACHED = 20_000;
    private static final Map<String, MessageTemplate> CACHE = new ConcurrentHashMap<>();
    private static final MessageTemplate IRREGULAR = new MessageTemplate(null, null, null, null, null);

    /** Literal text before each placeholder, and after the last one (one more than the placeholders). */
    private final String[] literals;
    /** Each placeholder's argument name, its whole text as written (left when no argument has that name), its forms. */
    private final String[] names;
    private final String[] written;
    private final String[] ones;
    private final String[] others;

    private MessageTemplate(String[] literals, String[] names, String[] written, String[] ones, String[] others) {
        this.literals = literals;
        this.names = names;
        this.written = written;
        this.ones = ones;
        this.others = others;
    }

    /** The template of {@code message}, or one that always answers null (a '{' that opens no placeholder). */
    static MessageTemplate of(String message) {
        MessageTemplate t = CACHE.get(message);
        if (t != null) return t;
        t = parse(message);
        if (CACHE.size() < MAX_CACHED) CACHE.put(message, t);
        return t;
    }

    private static MessageTemplate parse(String message) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> written = new ArrayList<>();
        List<String> ones = new ArrayList<>();
        List<String> others = new ArrayList<>();
        int from = 0;
        for (int open = message.indexOf('{'); open >= 0; open = message.indexOf('{', from)) {
            int close = message.indexOf('}', open);
            if (close < 0 || message.indexOf('{', open + 1) >= 0 && message.indexOf('{', open + 1) < close) return IRREGULAR;
            literals.add(message.substring(from, open));
            String inside = message.substring(open + 1, close);
            int bar = inside.indexOf('|');
            written.add(message.substring(open, close + 1));
            if (bar < 0) {
                names.add(inside);
                ones.add(null);
                others.add(null);
            } else {
                // as the old split("\\|", 2): one form is used for every count, two pick by count, a third '|' stays in the second
                names.add(inside.substring(0, bar));
                String forms = inside.substring(bar + 1);
                int second = forms.indexOf('|');
                ones.add(second < 0 ? forms : forms.substring(0, second));
                others.add(second < 0 ? forms : forms.substring(second + 1));
            }
            from = close + 1;
        }
        literals.add(message.substring(from));
        return new MessageTemplate(literals.toArray(String[]::new), names.toArray(String[]::new), written.toArray(String[]::new),
                ones.toArray(String[]::new), others.toArray(String[]::new));
    }

    /** The message filled in, or null when only the argument-by-argument replacement is sure to give the same text. */
    String format(Object[] namesAndValues) {
        if (literals == null) return null;
        int pairs = namesAndValues.length / 2;
        String[] argNames = new String[pairs];
        String[] values = new String[pairs];
        for (int i = 0; i < pairs; i++) {
            String name = String.valueOf(namesAndValues[2 * i]);
            if (name.indexOf('{') >= 0 || name.indexOf('}') >= 0 || name.indexOf('|') >= 0) return null;
            String value = String.valueOf(namesAndValues[2 * i + 1]);
            if (value.indexOf('{') >= 0) return null;
            argNames[i] = name;
            values[i] = value;
        }
        if (names.length == 0) return literals[0];
        StringBuilder out = new StringBuilder(literals[0].length() * 2 + 32);
        for (int p = 0; p < names.length; p++) {
            out.append(literals[p]);
            int arg = -1;
            for (int i = 0; i < pairs; i++) {
                if (argNames[i].equals(names[p])) {
                    arg = i;
                    break;
                }
            }
            if (arg < 0) out.append(written[p]);
            else if (ones[p] == null) out.append(values[arg]);
            else {
                boolean one = namesAndValues[2 * arg + 1] instanceof Number n && n.longValue() == 1;
                out.append(one ? ones[p] : others[p]);
            }
        }
        return out.append(literals[names.length]).toString();
    }
}
