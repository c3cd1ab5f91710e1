package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import sspr.doctor.content.ContentLibrary;
import sspr.doctor.content.DirectoryContent;
import sspr.doctor.content.SideBySide;
import sspr.doctor.text.DisplayWidth;

/**
 * {@code faq list} text in every script of the side-by-side fixtures: the question column starts at
 * the same display column on every row and every wrapped line, no entry line is wider than the terminal,
 * and right-to-left text is printed in its logical order, untouched.
 */
class FaqListColumnsTest {
    static final ContentLibrary BUNDLED = ContentLibrary.load(List.of(new DirectoryContent(Path.of("content"))));
    static final String DIR = SideBySide.FOLDER.toString();

    /** lang → article/id → question text as faq list shows it. */
    static Map<String, String> questions(String lang) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> texts = SideBySide.translations().get(lang);
        for (String slug : List.of("having-self-service-password-reset-problems", "issues-with-credentials", "user-reset-password-setup")) {
            for (String id : BUNDLED.indexes().get(slug).ids()) {
                out.put(slug + "/" + id, texts.get(slug + "/" + id).replaceAll("\\s*[:：]$", ""));
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"ja-JP,80", "ja-JP,160", "ko-KR,80", "ko-KR,160", "th-TH,80", "th-TH,160", "ar-SA,80", "ar-SA,160",
            "he-IL,80", "he-IL,160", "ru-RU,80", "ru-RU,160", "el-GR,80", "el-GR,160", "vi-VN,80", "vi-VN,160",
            "th-TH,40", "ja-JP,40"})
    void questionColumnLinesUp(String lang, int columns) throws Exception {
        assertColumns(DIR, lang, columns, questions(lang));
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 160})
    void decomposedHangulLinesUpToo(int columns, @TempDir Path dir) throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        questions("ko-KR").forEach((k, v) -> expected.put(k, Normalizer.normalize(v, Normalizer.Form.NFD)));
        for (String slug : SideBySide.ARTICLES) {
            String nfc = Files.readString(SideBySide.FOLDER.resolve(slug + "/ko-KR.md"));
            Files.createDirectories(dir.resolve(slug));
            Files.writeString(dir.resolve(slug + "/ko-KR.md"), Normalizer.normalize(nfc, Normalizer.Form.NFD));
        }
        assertThat(expected.get("issues-with-credentials/reset-button-greyed-out")).contains("\u1161");
        assertColumns(dir.toString(), "ko-KR", columns, expected);
    }

    private static void assertColumns(String dir, String lang, int columns, Map<String, String> expected) {
        CliRunner.Result r = new CliRunner().env("COLUMNS", String.valueOf(columns))
                .run("--content-dir", dir, "faq", "list", "--lang", lang);
        assertThat(r.exit()).isZero();
        Set<String> ids = new HashSet<>();
        for (String key : expected.keySet()) ids.add(key.substring(key.indexOf('/') + 1));
        List<String> lines = r.out().lines().toList();
        Set<Integer> questionColumns = new HashSet<>();
        Map<String, StringBuilder> shown = new LinkedHashMap<>();
        String article = null;
        StringBuilder current = null;
        for (String line : lines) {
            if (line.contains(" · " + lang)) {
                article = line.substring(0, line.indexOf(' '));
                continue;
            }
            if (line.startsWith("· " + lang)) continue;   // narrow: the article's key alone on the line above
            if (!line.isEmpty() && !line.contains(" ") && lines.indexOf(line) + 1 < lines.size()
                    && lines.get(lines.indexOf(line) + 1).startsWith("· " + lang)) {
                article = line;
                continue;
            }
            if (!line.startsWith("  ")) continue;
            assertThat(DisplayWidth.of(line)).as("%s fits in %d columns", line, columns).isLessThanOrEqualTo(columns);
            String first = line.strip().split(" ", 2)[0];
            if (ids.contains(first) && line.startsWith("  " + first)) {
                current = new StringBuilder();
                shown.put(article + "/" + first, current);
                String rest = line.substring(2 + first.length());
                if (rest.isBlank()) continue;   // stacked: the question is on the lines below
                line = " ".repeat(2 + first.length()) + rest;
            }
            int at = line.length() - line.stripLeading().length();
            assertThat(DisplayWidth.isZeroWidth(line.codePointAt(at))).as("a syllable or letter split from its mark: " + line).isFalse();
            questionColumns.add(DisplayWidth.of(line.substring(0, at)));
            current.append(line.substring(at)).append(' ');
        }
        assertThat(questionColumns).as("display column of the question on each row and wrapped line").hasSize(1);
        assertThat(shown.keySet()).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, String> q : expected.entrySet()) {
            assertThat(shown.get(q.getKey()).toString().replace(" ", ""))
                    .as(q.getKey()).isEqualTo(q.getValue().replace(" ", ""));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar-SA", "he-IL"})
    void rightToLeftTextKeepsItsLogicalOrder(String lang) throws Exception {
        CliRunner.Result r = new CliRunner().env("COLUMNS", "400").run("--content-dir", DIR, "faq", "list", "--lang", lang);
        List<String> rows = new ArrayList<>(r.out().lines().toList());
        for (Map.Entry<String, String> q : questions(lang).entrySet()) {
            String id = q.getKey().substring(q.getKey().indexOf('/') + 1);
            assertThat(rows).as(q.getKey()).anyMatch(l -> l.startsWith("  " + id + " ") && l.endsWith("  " + q.getValue()));
        }
        assertThat(r.out().codePoints().filter(c -> c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069))).as("no direction marks added").isEmpty();
        String question = questions(lang).get("issues-with-credentials/reset-button-greyed-out");
        CliRunner.Result show = CliRunner.exec("--content-dir", DIR, "faq", "show", "reset-button-greyed-out", "--lang", lang);
        assertThat(show.out()).contains(question).doesNotContain(new StringBuilder(question).reverse());
        String mixed = questions(lang).get("issues-with-credentials/onprem-user-cannot-sign-in-after-reset");
        assertThat(mixed).contains("Office 365");
        assertThat(r.out()).contains(mixed);
    }
}
