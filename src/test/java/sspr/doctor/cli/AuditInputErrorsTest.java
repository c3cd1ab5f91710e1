package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every way an audit's export files can be wrong gives one line in the user's language, exit 2, nothing
 * on stdout; the file and line:column stay as they are. English and zh-TW are given word for word, id-ID
 * and zh-CN must differ from English and carry none of its words.
 */
class AuditInputErrorsTest {
    @TempDir Path dir;

    private static final String REGISTRATION = "{\"value\":[{\"id\":\"a\",\"userPrincipalName\":\"a@x\",\"isSsprCapable\":true}]}";
    private static final List<String> ENGLISH_WORDS = List.of("record", "empty", "expected", "file", "column", "no such", "not a",
            "needs", "changed", "quoted", "inside", "must be", "got '");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing file|-|||nope.json|nope.json: no such file|nope.json：檔案不存在
            empty JSON|e.json|||e.json|e.json: empty file (no JSON)|e.json: 空白檔案（沒有 JSON）
            empty, no extension|e.txt|||e.txt|e.txt: empty file (no JSON records or CSV rows)|e.txt: 空白檔案（沒有 JSON 記錄或 CSV 資料列）
            empty CSV|e.csv|||e.csv|e.csv: empty CSV file|e.csv: 空白的 CSV 檔案
            CSV without id|a.csv|a,b\\n1,2\\n||a.csv|a.csv:1: the CSV has no id or user principal name column|a.csv:1: CSV 沒有 id 或使用者主體名稱 (user principal name) 欄
            CSV without capable|b.csv|User principal name\\nx@y\\n||b.csv|b.csv:1: the CSV needs an 'Is SSPR capable' column, or 'Is SSPR registered' and 'Is SSPR enabled'|b.csv:1: CSV 需要 'Is SSPR capable' 欄，或 'Is SSPR registered' 和 'Is SSPR enabled' 欄
            CSV bad boolean|c.csv|Id,Is SSPR capable\\n1,maybe\\n||c.csv|c.csv:2: field isSsprCapable: expected true or false, got 'maybe'|c.csv:2: 欄位 isSsprCapable：應為 true 或 false，實際為 'maybe'
            CSV quote not closed|d.csv|Id,Is SSPR capable\\n"1,true\\n||d.csv|d.csv:2: a quoted field is not closed (a quote missing?)|d.csv:2: 加上引號的欄位沒有結束（少了引號？）
            CSV in UTF-16|f.csv|UTF16||f.csv|f.csv:1: the text is not valid UTF-8; save the file as UTF-8|f.csv:1: 文字不是有效的 UTF-8；請將檔案另存為 UTF-8
            not registration|g.json|{"value":[{"foo":1}]}||g.json|g.json: record 1: not a userRegistrationDetails record (it has none of isSsprRegistered, isSsprEnabled, isSsprCapable); a users or subscribedSkus export goes with --users or --skus|g.json: 第 1 筆記錄：不是 userRegistrationDetails 記錄（isSsprRegistered、isSsprEnabled、isSsprCapable 都沒有）；users 或 subscribedSkus 匯出請以 --users 或 --skus 提供
            field of wrong type|h.json|{"value":[{"id":"a","isSsprCapable":"x"}]}||h.json|h.json:1:37: record 1, field isSsprCapable: expected true or false|h.json:1:37: 第 1 筆記錄，欄位 isSsprCapable：應為 true 或 false
            list field of wrong type|h2.json|{"value":[{"id":"a","isSsprCapable":true,"methodsRegistered":5}]}||h2.json|h2.json:1:62: record 1, field methodsRegistered: expected a list of strings|h2.json:1:62: 第 1 筆記錄，欄位 methodsRegistered：應為字串清單
            record not an object|i.json|[1]||i.json|i.json:1:2: a record must be a JSON object|i.json:1:2: 每筆記錄必須是 JSON 物件
            not a page|j.json|{}\\n5||j.json|j.json:2:1: expected a Graph page {"value": [...]}, NDJSON records or an array|j.json:2:1: 應為 Graph 頁面 {"value": [...]}、NDJSON 記錄或陣列
            value not a list|k.json|{"value":5}||k.json|k.json:1:10: "value" must be a list of records|k.json:1:10: "value" 必須是記錄清單
            empty folder|-|||empty|empty: no export files in this folder|empty: 此資料夾中沒有匯出檔案
            users not users|u.json|{"value":[{"foo":1}]}|--users|r.json|u.json: record 1: not a Graph users record (it has none of accountEnabled, onPremisesSyncEnabled, assignedLicenses)|u.json: 第 1 筆記錄：不是 Graph users 記錄（accountEnabled、onPremisesSyncEnabled、assignedLicenses 都沒有）
            users licences not a list|u2.json|{"value":[{"id":"a","accountEnabled":true,"assignedLicenses":5}]}|--users|r.json|u2.json:1:62: record 1, field assignedLicenses: expected a list of {skuId}|u2.json:1:62: 第 1 筆記錄，欄位 assignedLicenses：應為 {skuId} 清單
            skus not skus|s.json|{"value":[{"foo":1}]}|--skus|r.json|s.json: record 1: not a subscribedSkus record (it needs skuId and skuPartNumber)|s.json: 第 1 筆記錄：不是 subscribedSkus 記錄（需要 skuId 和 skuPartNumber）
            """)
    void oneLineInEachLanguage(String name, String file, String content, String option, String argument, String en, String zhTw) throws IOException {
        Files.writeString(dir.resolve("r.json"), REGISTRATION);
        Files.createDirectories(dir.resolve("empty"));
        if (!file.equals("-")) {
            Path p = dir.resolve(file);
            if ("UTF16".equals(content)) Files.write(p, "Id,Is SSPR capable\n1,true\n".getBytes(StandardCharsets.UTF_16));
            else Files.writeString(p, content == null ? "" : content.replace("\\n", "\n"));
        }
        List<String> args = new ArrayList<>(List.of("audit", dir.resolve(argument).toString()));
        if (option != null) args.addAll(List.of(option, dir.resolve(file).toString()));
        String english = null;
        for (String lang : List.of("en", "id-ID", "zh-CN", "zh-TW")) {
            List<String> a = new ArrayList<>(args);
            a.addAll(List.of("--lang", lang));
            CliRunner.Result r = CliRunner.exec(a.toArray(String[]::new));
            assertThat(r.exit()).as(lang).isEqualTo(2);
            assertThat(r.out()).as(lang).isEmpty();
            assertThat(r.err()).as(lang).hasLineCount(1).startsWith("sspr-doctor: ");
            String line = r.err().strip().substring("sspr-doctor: ".length()).replace(dir + "/", "");
            switch (lang) {
                case "en" -> {
                    assertThat(line).isEqualTo(en);
                    english = line;
                }
                case "zh-TW" -> assertThat(line).isEqualTo(zhTw);
                default -> {
                    assertThat(line).as(lang).isNotEqualTo(english);
                    String words = line.replaceAll("^[^ ]+: ", "").replaceAll("'Is SSPR [a-z]+'", "");
                    for (String w : ENGLISH_WORDS) assertThat(words).as(lang).doesNotContain(w);
                }
            }
        }
    }
}
