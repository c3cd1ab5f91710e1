package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples, in the user's words and language, with file:line:column. */
class ParserWordsTest {
    private static final String B = "src/test/resources/broken/";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "profile/single-quotes.json|en|:1:11: strings in JSON take double quotes",
            "profile/single-quotes.json|zh-CN|:1:11: JSON 中的字符串要用双引号",
            "profile/single-quotes.json|zh-TW|:1:11: JSON 中的字串要用雙引號",
            "profile/single-quotes.json|id-ID|:1:11: teks dalam JSON memakai tanda kutip ganda",
            "profile/plus-number.json|en|:1:46: a number cannot start with +",
            "profile/plus-number.json|zh-TW|:1:46: 數字不能以 + 開頭",
            "profile/two-documents.json|en|:2:1: the file holds two JSON documents one after the other",
            "profile/two-documents.json|id-ID|:2:1: berkas berisi dua dokumen JSON berturut-turut",
            "profile/lone-surrogate.yaml|en|:2:9: the text is not valid UTF-8; save the file as UTF-8",
            "profile/overlong.yaml|zh-CN|:1:13: 文本不是有效的 UTF-8；请将文件另存为 UTF-8",
            "profile/above-max.yaml|en|:1:8: the text is not valid UTF-8",
            "profile/comment.json|en|:1:25: JSON has no comments",
            "profile/trailing-comma.json|en|:1:24: a comma before the closing bracket expects another item",
            "rules/two-documents.yaml|en|:3:1: the file holds two YAML documents"})
    void examples(String file, String lang, String expected) {
        String option = file.startsWith("rules/") ? "--rules" : "--profile";
        CliRunner.Result r = CliRunner.exec("diagnose", option, B + file, "--lang", lang);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("sspr-doctor: " + B + file + expected).endsWith("\n");
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("..", "::", "。。", "；；");
    }
}
