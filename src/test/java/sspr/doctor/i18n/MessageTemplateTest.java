package sspr.doctor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one-pass {@link MessageTemplate} gives exactly what the old argument-by-argument replacement gave. */
class MessageTemplateTest {
    /** The body Messages.format had before templates: the reference. */
    static String replaced(String v, Object... namesAndValues) {
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

    static String format(String template, Object... args) {
        String fast = MessageTemplate.of(template).format(args);
        return fast != null ? fast : replaced(template, args);
    }

    @Test
    void everyBundledMessageFillsInAsBefore() throws IOException {
        Pattern placeholder = Pattern.compile("\\{([^{}|]*)[|}]");
        int checked = 0;
        int fast = 0;
        try (Stream<Path> files = Files.list(Path.of("content/messages"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                for (String key : p.stringPropertyNames()) {
                    String template = p.getProperty(key);
                    Set<String> names = new LinkedHashSet<>();
                    Matcher m = placeholder.matcher(template);
                    while (m.find()) names.add(m.group(1));
                    for (Object value : new Object[] {1, 2, 0L, "x", "ä 中文", null, "a}b|c"}) {
                        List<Object> args = new ArrayList<>();
                        for (String n : names) {
                            args.add(n);
                            args.add(value);
                        }
                        Object[] a = args.toArray();
                        assertThat(format(template, a)).as(file.getFileName() + " " + key + " " + value).isEqualTo(replaced(template, a));
                        if (MessageTemplate.of(template).format(a) != null) fast++;
                        checked++;
                    }
                    // arguments the message does not use, and one missing, change nothing either
                    Object[] extra = names.isEmpty() ? new Object[] {"unused", 3} : new Object[] {"unused", 3, names.iterator().next(), 1};
                    assertThat(format(template, extra)).isEqualTo(replaced(template, extra));
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(fast).as("the one-pass path is the one normally taken").isGreaterThan(checked * 9 / 10);
    }

    @Test
    void oddTemplatesAndArgumentsFallBackOrAgree() {
        String[][] cases = {
            {"plain text"}, {"{a}"}, {"{a} and {a}"}, {"{n|one|other} {n}"}, {"{n|only}"}, {"{n|}"}, {"{n||x}"}, {"{n|a|b|c}"},
            {"{{a}b}"}, {"{a"}, {"a}"}, {"}{a}{"}, {"{a}{b}{c}"}, {"{}"}, {"{n|x {a} y}"}, {"x {n|a}"},
        };
        Object[][] argSets = {
            {}, {"a", "1"}, {"a", "{b}", "b", "B"}, {"n", 1}, {"n", 2}, {"n", 1L, "a", "z"}, {"a", "x", "a", "y"},
            {"a|b", "q"}, {"n", 1.0}, {"a"}, {"ab", "no", "a", "x"}, {"xb", "hit", "a", "x"},
        };
        for (String[] t : cases) {
            for (Object[] args : argSets) {
                assertThat(format(t[0], args)).as(t[0] + " " + java.util.Arrays.toString(args)).isEqualTo(replaced(t[0], args));
            }
        }
    }
}
