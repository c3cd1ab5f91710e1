package sspr.doctor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import sspr.doctor.content.JarFiles;

/** The compiled message bundles say what content/messages says, and filling in a message is unchanged. */
class CompiledMessagesTest {
    private static final Path SOURCES = Path.of("content/messages");

    private static List<Path> bundles() throws Exception {
        try (var files = Files.list(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".properties")).sorted().toList();
        }
    }

    private static Properties parse(Path f) throws Exception {
        Properties p = new Properties();
        p.load(new java.io.StringReader(Files.readString(f, StandardCharsets.UTF_8)));
        return p;
    }

    private static String[] bundleAndLang(Path f) {
        String name = f.getFileName().toString().replace(".properties", "");
        int dot = name.indexOf('.');
        return new String[] {name.substring(0, dot), name.substring(dot + 1)};
    }

    @Test
    void everyBundleIsCompiledFromTheCurrentSource() throws Exception {
        List<Path> files = bundles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(36);
        for (Path f : files) {
            String[] bl = bundleAndLang(f);
            byte[] compiled = JarFiles.read(MessageTable.DIR + bl[0] + "." + bl[1] + ".bin");
            assertThat(compiled).as("compiled " + f + " (run mvn process-classes)").isNotNull();
            assertThat(compiled).as(f.toString()).isEqualTo(CompiledMessages.compile(parse(f)));
        }
    }

    @Test
    void compiledBundlesReadBackAsTheProperties() throws Exception {
        for (Path f : bundles()) {
            String[] bl = bundleAndLang(f);
            Properties p = parse(f);
            Map<String, String> expected = new LinkedHashMap<>();
            for (String k : p.stringPropertyNames()) expected.put(k, p.getProperty(k));
            Map<String, String> compiled = Messages.entries(bl[0], bl[1]);
            assertThat(compiled).as(f.toString()).containsExactlyEntriesOf(expected);
            assertThat(new ArrayList<>(compiled.keySet())).isEqualTo(new ArrayList<>(p.stringPropertyNames()));
            Messages m = Messages.of(bl[0], bl[1]);
            for (String k : p.stringPropertyNames()) {
                assertThat(m.has(k)).isTrue();
                assertThat(m.get(k)).isEqualTo(p.getProperty(k));
            }
            assertThat(m.has("no.such.key")).isFalse();
            assertThat(m.get("no.such.key")).isEqualTo("no.such.key");
        }
    }

    @Test
    void aKeyMissingInALanguageFallsBackToEnglish() {
        Map<String, String> en = Messages.entries("ui", "en");
        Map<String, String> zh = Messages.entries("ui", "zh-TW");
        Messages m = Messages.of("ui", "zh-TW");
        for (String k : en.keySet()) assertThat(m.get(k)).isEqualTo(zh.getOrDefault(k, en.get(k)));
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}|]*)(\\|[^{}]*)?}");

    /** Chinese messages then drop a space between two Chinese characters (CjkSpacing). */
    private static String spaced(Messages m, String replaced, Object[] args) {
        return m.lang().startsWith("zh") && args.length > 0 ? CjkSpacing.tidy(replaced) : replaced;
    }

    @Test
    void formatGivesWhatReplacingInTurnGaveForEveryKey() throws Exception {
        int checked = 0;
        for (Path f : bundles()) {
            String[] bl = bundleAndLang(f);
            Messages m = Messages.of(bl[0], bl[1]);
            for (String key : parse(f).stringPropertyNames()) {
                List<String> names = new ArrayList<>();
                Matcher x = PLACEHOLDER.matcher(m.get(key));
                while (x.find()) if (!names.contains(x.group(1))) names.add(x.group(1));
                for (Object[] args : sampleArgs(names)) {
                    assertThat(m.format(key, args)).as(f + " " + key + " " + java.util.Arrays.toString(args))
                            .isEqualTo(spaced(m, MessageTemplate.replaceInTurn(m.get(key), args), args));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(5000);
    }

    /** Each placeholder given text, 1, 2 and 0; in order, reversed, with one left out, with an unknown name and an odd count. */
    private static List<Object[]> sampleArgs(List<String> names) {
        List<Object[]> out = new ArrayList<>();
        out.add(new Object[0]);
        for (Object value : new Object[] {"Global Administrator", 1, 2, 0L, "全域管理員", null}) {
            List<Object> args = new ArrayList<>();
            for (String n : names) { args.add(n); args.add(value); }
            out.add(args.toArray());
            List<Object> reversed = new ArrayList<>();
            for (int i = names.size() - 1; i >= 0; i--) { reversed.add(names.get(i)); reversed.add(value instanceof Integer v ? v + i : value); }
            reversed.add("unknown");
            reversed.add("x");
            out.add(reversed.toArray());
            if (!names.isEmpty()) {
                List<Object> partial = new ArrayList<>(args.subList(2, args.size()));
                partial.add("dangling");
                out.add(partial.toArray());
            }
        }
        return out;
    }

    @Test
    void bracesAndBarsInValuesOrMessagesAreFilledAsBefore() {
        String[] messages = {"{a} and {b}", "{n|item|items} {n}", "{n|one}", "{a", "a}", "{a}}", "{{a}}", "{a|x{b}|y}",
                "{n|x|y|z}", "{}", "{n|}", "{n||y}", "plain", "", "{a}{a}{b|c|d}{a}"};
        Object[][] argLists = {{"a", "{b}", "b", "x"}, {"a", "1|2", "n", 1}, {"a|b", "v", "a", "w"}, {"n", 1}, {"n", 2},
                {"a", "}", "b", "{"}, {"", "empty"}, {"b", "B", "a", "A", "n", 1L}, {"a"}, {}};
        for (String message : messages) {
            MessageTemplate t = MessageTemplate.of(message);
            for (Object[] args : argLists) {
                assertThat(t.format(args)).as(message + " " + java.util.Arrays.toString(args)).isEqualTo(MessageTemplate.replaceInTurn(message, args));
            }
        }
    }
}
