package sspr.doctor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kinsoku: no line ends with an opening bracket or quote, none starts with closing punctuation. */
class TextWrapperTest {
    private static final String OPENING = "（「『《〈【“‘";
    private static final String CLOSING = "）」』》〉】，。、；：！？”’";

    @Test
    void anOpeningBracketGoesToTheNextLineWithWhatFollowsIt() {
        // 一二三四 is 8 columns; "（" would fit as the 9th-10th, leaving it at the end of the line
        assertThat(TextWrapper.wrap("一二三四（五六）", 10)).containsExactly("一二三四", "（五六）");
        for (char open : "「『《〈【".toCharArray()) {
            assertThat(TextWrapper.wrap("一二三四" + open + "五六", 10)).as(String.valueOf(open)).containsExactly("一二三四", open + "五六");
        }
        // narrow quotes too: "“" takes one column and would fit
        assertThat(TextWrapper.wrap("一二三四“五六”", 10)).containsExactly("一二三四", "“五六”");
        assertThat(TextWrapper.wrap("一二三四‘五六’", 10)).containsExactly("一二三四", "‘五六’");
        // several openers in a row stay together with the word they open
        assertThat(TextWrapper.wrap("一二三四（「五六」）", 10)).containsExactly("一二三四", "（「五", "六」）");
    }

    @Test
    void closingPunctuationStaysWithWhatComesBefore() {
        for (char close : CLOSING.toCharArray()) {
            List<String> lines = TextWrapper.wrap("一二三四五" + close + "六七", 10);
            assertThat(lines).as(String.valueOf(close)).containsExactly("一二三四", "五" + close + "六七");
        }
        // after a Latin word as well
        assertThat(TextWrapper.wrap("一二三 Windows）。四", 14)).containsExactly("一二三", "Windows）。四");
    }

    @Test
    void aWordLongerThanTheLineGetsItsOwnLineAndNoLineIsBlankOrStartsWithASpace() {
        String text = "Pages disagree (docs/identity/role-based-access-control/privileged-roles-permissions.md, "
                + "docs/identity/role-based-access-control/includes/security-operator.md); this follows one";
        List<String> lines = TextWrapper.wrap(text, 40);
        assertThat(lines).containsExactly("Pages disagree",
                "(docs/identity/role-based-access-control/privileged-roles-permissions.md,",
                "docs/identity/role-based-access-control/includes/security-operator.md);",
                "this follows one");
        assertThat(TextWrapper.wrap("  indented first line stays indented", 20)).first().asString().startsWith("  indented");
    }

    @Test
    void latinTextIsUnchanged() {
        assertThat(TextWrapper.wrap("Turn on writeback (Entra Connect) and try again.", 20))
                .containsExactly("Turn on writeback", "(Entra Connect) and", "try again.");
        // an opening quote before a space is not glued across it
        assertThat(TextWrapper.wrap("aaaa “ bbbb", 10)).containsExactly("aaaa “", "bbbb");
        assertThat(TextWrapper.wrap("don’t stop", 10)).containsExactly("don’t stop");
    }

    /** Every Chinese message and catalogue text the tool prints, at every width from 10 to 60. */
    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW"})
    void noLineOfTheBundledChineseTextBreaksTheRules(String lang) throws IOException {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(Path.of("content/messages"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("." + lang + ".properties")).toList()) {
                Properties p = new Properties();
                p.load(Files.newBufferedReader(f, StandardCharsets.UTF_8));
                for (String k : p.stringPropertyNames()) texts.add(p.getProperty(k));
            }
        }
        texts.add(Files.readString(Path.of("content/catalog/error-codes." + lang + ".csv")).replace(',', ' '));
        int checked = 0;
        for (String text : texts) {
            for (String paragraph : text.split("\n")) {
                for (int width = 10; width <= 60; width++) {
                    List<String> lines = TextWrapper.wrap(paragraph, width);
                    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(paragraph.replace(" ", ""));
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        if (line.isEmpty()) continue;
                        if (i < lines.size() - 1) {
                            assertThat(OPENING.indexOf(line.charAt(line.length() - 1))).as(width + ": " + lines).isNegative();
                        }
                        if (i > 0) assertThat(CLOSING.indexOf(line.charAt(0))).as(width + ": " + lines).isNegative();
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }
}
