package sspr.doctor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One word per language for a SKU's part number (Graph's skuPartNumber) in help, diagnosis,
 * wizard and table headers: zh-CN 部件号 as Microsoft's zh-CN licensing docs say, zh-TW 零件編號,
 * id-ID nomor komponen.
 */
class PartNumberTermTest {
    static final Map<String, String> TERM = Map.of("en", "part number", "id-ID", "nomor komponen", "zh-CN", "部件号", "zh-TW", "零件編號");
    static final Map<String, List<String>> OTHER_WORDS = Map.of("en", List.of("part no."), "id-ID", List.of("nomor bagian", "nomor produk"),
            "zh-CN", List.of("产品编号", "零件号"), "zh-TW", List.of("產品編號", "料號", "部件號"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "id-ID", "zh-CN", "zh-TW"})
    void oneWordForPartNumberEverywhere(String lang) {
        String term = TERM.get(lang);
        Map<String, String> uses = Map.of("help", "license", "findings", "license.unknown.fix.1", "wizard", "q.license.self", "ui", "licenses.part");
        for (Map.Entry<String, String> use : uses.entrySet()) {
            Properties p = Messages.load(use.getKey(), lang);
            assertThat(p.getProperty(use.getValue()).toLowerCase(java.util.Locale.ROOT)).as(use.getKey() + "." + lang + " " + use.getValue())
                    .contains(term);
        }
        for (String bundle : List.of("help", "findings", "wizard", "ui", "terms")) {
            for (Object value : Messages.load(bundle, lang).values()) {
                for (String other : OTHER_WORDS.get(lang)) {
                    assertThat(value.toString().toLowerCase(java.util.Locale.ROOT)).as(bundle + "." + lang).doesNotContain(other);
                }
            }
        }
    }
}
