package sspr.doctor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sspr.doctor.cli.CliRunner;
import sspr.doctor.diagnosis.Catalogs;

/** explain's "where to look" line and the code's kind, in every language; the catalogue's source column stays English. */
class WhereToLookTest {
    /** English words of the catalogue's source column and kinds that a translated explain must not print. */
    private static final List<String> ENGLISH = List.of("Application event log", "SSPR portal", "Writeback result", "hash sync) event",
            "Security log", "internal name", "note: three digits", "docs table", "no LDAP password policy control",
            "writeback-event", "sspr-portal-error", "  other");

    @Test
    void englishIsPutBackTogetherExactlyAsTheCatalogueHasIt() {
        ErrorCatalog en = Catalogs.errors("en");
        for (String code : en.codes()) {
            for (ErrorCode e : en.find(code)) assertThat(WhereToLook.text(e.source(), "en")).as(code).isEqualTo(e.source());
        }
        assertThat(WhereToLook.kind("writeback-event", "en")).isEqualTo("writeback-event");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id-ID", "zh-CN", "zh-TW"})
    void everySourceHasATranslatedPlace(String lang) {
        ErrorCatalog en = Catalogs.errors("en");
        for (String code : en.codes()) {
            for (ErrorCode e : en.find(code)) {
                String text = WhereToLook.text(e.source(), lang);
                assertThat(text).as(code + " " + lang).isNotEqualTo(e.source());
                for (String word : ENGLISH) assertThat(text).as(code + " " + lang).doesNotContain(word);
            }
        }
    }

    @Test
    void logTextIsKeptAsTheLogShowsItAndProseDetailsAreTranslated() {
        assertThat(WhereToLook.text("Application event log on the Entra Connect server, source ADSync (BAIL: MMS(4924) 0x80230619)", "zh-TW"))
                .isEqualTo("Entra Connect 伺服器上的應用程式事件記錄檔，來源 ADSync（BAIL: MMS(4924) 0x80230619）");
        assertThat(WhereToLook.text("SSPR portal (passwordreset.microsoftonline.com); internal name TenantSSPRFlagDisabled = 9", "id-ID"))
                .isEqualTo("Portal SSPR (passwordreset.microsoftonline.com); nama internal TenantSSPRFlagDisabled = 9");
        assertThat(WhereToLook.text("SSPR portal (passwordreset.microsoftonline.com) (note: three digits, not SSPR_0009)", "zh-CN"))
                .isEqualTo("SSPR 门户 (passwordreset.microsoftonline.com)（注意：是三位数，不是 SSPR_0009）");
        assertThat(WhereToLook.text("somewhere nobody listed", "zh-TW")).isEqualTo("somewhere nobody listed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id-ID", "zh-CN", "zh-TW"})
    void explainPrintsNoEnglishWhereToLookForAnyCode(String lang) {
        for (String code : Catalogs.errors("en").codes()) {
            CliRunner.Result r = new CliRunner().env("COLUMNS", "80").run("explain", code, "--lang", lang);
            assertThat(r.exit()).isZero();
            String joined = r.out().replaceAll("\\s*\\n\\s*", " ");
            for (String word : ENGLISH) assertThat(joined).as(code + " " + lang).doesNotContain(word);
        }
        String json = CliRunner.exec("explain", "6329", "--lang", lang, "-o", "json").out();
        assertThat(json).contains("\"source\": \"Application event log on the Entra Connect server, source ADSync (BAIL: MMS(4924) 0x80230619)\"")
                .contains("\"kind\": \"writeback-event\"");
    }
}
