package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import sspr.doctor.fuzz.InputContract;

/**
 * Walks the corpus of broken inputs in src/test/resources/broken/KIND/ through every reader and the
 * commands that use it, in all four languages: exit 2, one line on stderr that names the file (with
 * line:column where there is one), no parser wording ({@link InputContract#FORBIDDEN}), no stack
 * trace, no control character, no doubled punctuation, no temporary file and — for JUnit with
 * --output — a JUnit file with an {@code <error>}.
 */
class BrokenInputsTest {
    private static final Path CORPUS = Path.of("src/test/resources/broken");
    private static final List<String> LANGS = List.of("en", "id-ID", "zh-CN", "zh-TW");

    @TempDir Path tmp;

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String kind : List.of("profile", "batch", "export", "csv", "rules", "snapshot")) {
            try (Stream<Path> s = Files.list(CORPUS.resolve(kind))) {
                for (Path p : s.sorted().toList()) out.add(Arguments.of(kind, p.getFileName().toString()));
            }
        }
        return out.stream();
    }

    private List<String[]> commands(String kind, Path input, Path out) {
        String f = input.toString();
        return switch (kind) {
            case "profile" -> List.of(new String[] {"diagnose", "--profile", f}, new String[] {"diagnose", "--profile", f, "-o", "json"});
            case "batch" -> List.<String[]>of(new String[] {"diagnose", "--batch", f});
            case "export", "csv" -> List.of(new String[] {"audit", f}, new String[] {"audit", f, "-o", "json", "--output", out.resolve("r.json").toString()},
                    new String[] {"audit", f, "-o", "csv", "--output", out.resolve("r.csv").toString()},
                    new String[] {"audit", f, "-o", "junit", "--output", out.resolve("r.xml").toString()});
            case "rules" -> List.of(new String[] {"diagnose", "--rules", f}, new String[] {"rules", "list", "--rules", f});
            case "snapshot" -> List.of(new String[] {"audit", "--tenant", f}, new String[] {"audit", "--tenant", f, "-o", "junit", "--output", out.resolve("r.xml").toString()});
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("corpus")
    void everyReaderSaysItPlainly(String kind, String name) throws IOException {
        Path input = CORPUS.resolve(kind).resolve(name);
        for (String lang : LANGS) {
            Path out = Files.createDirectories(tmp.resolve(lang));
            List<String[]> commands = commands(kind, input, out);
            // every language for the first command of each kind; the other commands in one language (the suite stays fast)
            for (String[] args : lang.equals("en") ? commands : commands.subList(0, 1)) {
                String[] withLang = Stream.concat(Stream.of(args), Stream.of("--lang", lang)).toArray(String[]::new);
                InputContract.Run r = InputContract.check(new byte[0], out, withLang);
                String what = String.join(" ", withLang) + "\n" + r.err();
                assertThat(r.exit()).as(what).isEqualTo(2);
                // warnings (a snapshot's missing files) may come first; the error is the last line
                List<String> lines = r.err().lines().toList();
                List<String> errors = List.of(lines.get(lines.size() - 1));
                assertThat(errors.get(0)).as(what).startsWith("sspr-doctor: ");
                if (!kind.equals("snapshot") && !name.equals("no-users.json") && !name.equals("header-only.csv")) {
                    assertThat(errors.get(0)).as(what).contains(name);
                }
                if (args[args.length - 1].endsWith("r.xml")) {
                    Path xml = Path.of(args[args.length - 1]);
                    assertThat(xml).as("a JUnit file for CI: " + what).exists();
                    assertThat(Files.readString(xml)).contains("<error message=", "errors=\"1\"");
                    Files.delete(xml);
                } else {
                    assertThat(out.resolve("r.json")).as("no partial report").doesNotExist();
                    assertThat(out.resolve("r.csv")).as("no partial report").doesNotExist();
                }
            }
        }
    }
}
