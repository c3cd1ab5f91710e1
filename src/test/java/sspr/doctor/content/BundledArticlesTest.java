package sspr.doctor.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled articles: seeds parse exactly, every article exists in four languages, IDs align. */
class BundledArticlesTest {
    static final ContentLibrary LIB = ContentLibrary.load(List.of(new DirectoryContent(Path.of("content"))));
    static final List<String> LANGS = List.of("en", "id-ID", "zh-CN", "zh-TW");

    @Test
    void bundledContentHasNoProblems() {
        assertThat(LIB.problems()).isEmpty();
    }

    @Test
    void everyArticleInFourLanguagesWithTheIndexIds() {
        assertThat(LIB.slugs()).containsExactlyInAnyOrder("issues-with-credentials", "user-reset-password-setup",
                "having-self-service-password-reset-problems");
        for (String slug : LIB.slugs()) {
            assertThat(LIB.languagesOf(slug)).as(slug).containsExactlyInAnyOrderElementsOf(LANGS);
            List<String> ids = LIB.indexes().get(slug).ids();
            for (String lang : LANGS) {
                Article a = LIB.exact(slug, lang).orElseThrow();
                assertThat(a.entries()).extracting(FaqEntry::id).as(slug + " " + lang).containsExactlyElementsOf(ids);
            }
        }
    }

    @Test
    void contractIds() {
        assertThat(LIB.indexes().get("issues-with-credentials").ids()).containsExactly("app-credentials", "users-reset-own-password",
                "users-change-password", "errors-changing-password", "trouble-resetting-user-password", "reset-button-greyed-out",
                "no-reset-blade", "no-onprem-integration-blade", "how-to-reset-user-password", "onprem-user-cannot-sign-in-after-reset");
        assertThat(LIB.indexes().get("user-reset-password-setup").ids()).containsExactly("users-reset-own-password",
                "users-change-password", "errors-changing-password", "register-for-sspr", "combined-registration", "require-registration");
        assertThat(LIB.indexes().get("having-self-service-password-reset-problems").ids()).containsExactly("common-problems", "more-information");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "issues-with-credentials|zh-CN|app-credentials|如何管理应用程序的密码或证书凭据？",
            "issues-with-credentials|zh-CN|reset-button-greyed-out|密码重置按钮灰出",
            "issues-with-credentials|zh-TW|reset-button-greyed-out|[密碼重設] 按鈕會灰顯",
            "issues-with-credentials|zh-TW|onprem-user-cannot-sign-in-after-reset|我從 Office 365 系統管理員入口網站或 Office 365 行動應用程式重設內部部署使用者的密碼，但使用者仍無法登入",
            "issues-with-credentials|id-ID|app-credentials|Bagaimana cara mengelola kata sandi atau kredensial sertifikat aplikasi?",
            "issues-with-credentials|id-ID|errors-changing-password|Pengguna saya mendapatkan kesalahan ketika mengubah atau mengatur ulang kata sandi mereka",
            "user-reset-password-setup|id-ID|users-reset-own-password|Bagaimana cara pengguna mereset kata sandi mereka?",
            "user-reset-password-setup|id-ID|users-change-password|Bagaimana cara pengguna mengubah kata sandi mereka?",
            "having-self-service-password-reset-problems|id-ID|common-problems|Masalah reset kata sandi layanan mandiri (SSPR) umum di lingkungan hibrid awan dan di tempat adalah",
            "having-self-service-password-reset-problems|id-ID|more-information|Untuk informasi selengkapnya, lihat"})
    void seedQuestionsExactly(String slug, String lang, String id, String question) {
        FaqEntry e = LIB.exact(slug, lang).orElseThrow().entries().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        assertThat(e.questionText()).isEqualTo(question);
    }

    @Test
    void sideBySideSpansGiveDisplayAndEnglishSource() {
        Article a = LIB.exact("having-self-service-password-reset-problems", "id-ID").orElseThrow();
        assertThat(a.title().plain()).isEqualTo("Memiliki masalah reset kata sandi layanan mandiri (SSPR)?");
        assertThat(a.title().sourcePlain()).isEqualTo("Having self-service password reset (SSPR) problems?");
        FaqEntry common = a.entries().get(0);
        assertThat(common.question().sourcePlain()).isEqualTo("Common self-service password reset (SSPR) problems in hybrid cloud and on-premise environments are:");
        assertThat(common.links()).extracting(Segment::text).contains("Tulis balik kata sandi SSPR tidak diaktifkan");
        assertThat(common.links()).extracting(Segment::url).doesNotHaveDuplicates()
                .contains("https://docs.microsoft.com/azure/active-directory/authentication/tutorial-enable-sspr-writeback");
        assertThat(a.anchor()).isEqualTo("having-self-service-password-reset-sspr-problems");
    }

    @Test
    void translationKinds() {
        assertThat(LIB.exact("issues-with-credentials", "zh-TW").orElseThrow().translation()).isEqualTo("MT");
        assertThat(LIB.exact("user-reset-password-setup", "zh-TW").orElseThrow().translation()).isEqualTo("project");
        assertThat(LIB.exact("issues-with-credentials", "en").orElseThrow().translation()).isEqualTo("project");
    }

    @Test
    void seedsAreImportedByteForByte() throws IOException {
        Path seeds = Path.of("../shared/seeds");
        if (!Files.isDirectory(seeds)) return; // the reference folder is beside the repository in CI and development
        String[][] map = {
                {"000", "issues-with-credentials/id-ID.md"}, {"001", "user-reset-password-setup/id-ID.md"},
                {"002", "issues-with-credentials/zh-CN.md"}, {"003", "having-self-service-password-reset-problems/id-ID.md"},
                {"004", "issues-with-credentials/zh-TW.md"}};
        try (Stream<Path> files = Files.list(seeds)) {
            List<Path> all = files.sorted().toList();
            for (String[] m : map) {
                Path seed = all.stream().filter(p -> p.getFileName().toString().startsWith(m[0] + "_")).findFirst().orElseThrow();
                assertThat(Files.readAllBytes(Path.of("content/articles", m[1]))).as(m[1]).isEqualTo(Files.readAllBytes(seed));
            }
        }
    }
}
