package sspr.doctor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every human string exists in en, id-ID, zh-CN and zh-TW: each bundle has the same keys in all four. */
class MessageBundlesTest {
    static final Path DIR = Path.of("content/messages");

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".en.properties"))
                    .map(n -> n.substring(0, n.length() - ".en.properties".length())).sorted().toList().stream();
        }
    }

    static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void sameKeysInEveryLanguage(String bundle) throws IOException {
        Properties en = load(DIR.resolve(bundle + ".en.properties"));
        for (String lang : List.of("id-ID", "zh-CN", "zh-TW")) {
            Path file = DIR.resolve(bundle + "." + lang + ".properties");
            assertThat(file).as(bundle + " in " + lang).exists();
            Properties other = load(file);
            Set<String> missing = new TreeSet<>(en.stringPropertyNames());
            missing.removeAll(other.stringPropertyNames());
            Set<String> extra = new TreeSet<>(other.stringPropertyNames());
            extra.removeAll(en.stringPropertyNames());
            assertThat(missing).as(bundle + " keys missing in " + lang).isEmpty();
            assertThat(extra).as(bundle + " keys only in " + lang).isEmpty();
            for (String k : other.stringPropertyNames()) assertThat(other.getProperty(k)).as(bundle + " " + lang + " " + k).isNotBlank();
        }
    }
}
