package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sspr.doctor.faq.ArticleNotes;
import sspr.doctor.i18n.Messages;

/** Superseded article text is marked by notes, never rewritten; fragment questions get a usable title. */
class ArticleNotesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENTRY = "issues-with-credentials/trouble-resetting-user-password";

    @ParameterizedTest
    @ValueSource(strings = {"en", "id-ID", "zh-CN", "zh-TW"})
    void faqShowCarriesTheLocalizedNoteAndKeepsTheArticleText(String lang) throws Exception {
        String note = Messages.load("notes", lang).getProperty("note.who-can-reset");
        JsonNode e = JSON.readTree(CliRunner.exec("faq", "show", ENTRY, "--lang", lang, "-o", "json").out());
        assertThat(e.get("lang").asText()).isEqualTo(lang);
        assertThat(e.get("notes").findValuesAsText("text")).contains(note);
        assertThat(e.get("notes").get(0).get("source").asText()).contains("privileged-roles-permissions.md", "13ac541");
        String text = new CliRunner().env("COLUMNS", "400").run("faq", "show", ENTRY, "--lang", lang).out();
        assertThat(squeeze(text)).contains(squeeze(note), "privileged-roles-permissions.md");
        // the article's own words stay as Microsoft published them
        assertThat(CliRunner.exec("faq", "show", ENTRY, "--lang", "en", "-o", "json").out())
                .contains("Only global, password and user administrators can reset user passwords.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "id-ID", "zh-CN", "zh-TW"})
    void articlesShowListsTheNotes(String lang) throws Exception {
        JsonNode a = JSON.readTree(CliRunner.exec("articles", "show", "issues-with-credentials", "--lang", lang, "-o", "json").out());
        assertThat(a.get("notes").size()).isEqualTo(ArticleNotes.bundled().forArticle("issues-with-credentials").size());
        JsonNode greyed = null;
        for (JsonNode e : a.get("entries")) if (e.get("id").asText().equals("reset-button-greyed-out")) greyed = e;
        assertThat(greyed.get("notes").findValuesAsText("text")).contains(Messages.load("notes", lang).getProperty("note.who-can-reset"));
        String text = CliRunner.exec("articles", "show", "issues-with-credentials", "--lang", lang).out();
        assertThat(squeeze(text)).contains(squeeze(Messages.load("notes", lang).getProperty("note.how-to-reset")));
        assertThat(text).contains(Messages.load("ui", lang).getProperty("articles.notes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "id-ID", "zh-CN", "zh-TW"})
    void aDiagnosisThatLinksTheEntryCarriesItsNote(String lang) throws Exception {
        JsonNode d = JSON.readTree(CliRunner.exec("diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin", "--lang", lang, "-o", "json").out());
        JsonNode ref = null;
        for (JsonNode f : d.get("findings")) for (JsonNode r : f.get("faq")) if (r.get("entry").asText().equals("reset-button-greyed-out")) ref = r;
        assertThat(ref).isNotNull();
        assertThat(ref.get("notes").findValuesAsText("text")).contains(Messages.load("notes", lang).getProperty("note.who-can-reset"));
        String text = new CliRunner().env("COLUMNS", "400").run("diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin", "--lang", lang).out();
        assertThat(squeeze(text)).contains(squeeze(Messages.load("notes", lang).getProperty("note.who-can-reset")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "id-ID", "zh-CN", "zh-TW"})
    void fragmentQuestionsGetAUsableTitle(String lang) throws Exception {
        String title = Messages.load("notes", lang).getProperty("title.common-problems");
        JsonNode e = JSON.readTree(CliRunner.exec("faq", "show", "having-self-service-password-reset-problems/common-problems", "--lang", lang, "-o", "json").out());
        assertThat(e.get("title").asText()).isEqualTo(title).endsWith(lang.startsWith("zh") ? "？" : "?");
        assertThat(e.get("question").asText()).isNotEqualTo(title);
        assertThat(squeeze(CliRunner.exec("faq", "show", "having-self-service-password-reset-problems/more-information", "--lang", lang).out()))
                .contains(squeeze(Messages.load("notes", lang).getProperty("title.more-information")));
    }

    /** Text output wraps at the terminal width (CJK anywhere): compare without whitespace. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void faqListShowsTheTitleAndACopyInAnotherLanguageKeepsItsQuestion(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        JsonNode rows = JSON.readTree(CliRunner.exec("faq", "list", "--lang", "zh-CN", "-o", "json").out());
        String title = null;
        for (JsonNode r : rows) if (r.get("id").asText().equals("common-problems")) title = r.get("title").asText();
        assertThat(title).isEqualTo(Messages.load("notes", "zh-CN").getProperty("title.common-problems"));
        java.nio.file.Path copy = dir.resolve("having-self-service-password-reset-problems");
        java.nio.file.Files.createDirectories(copy);
        String en = new String(ArticleNotesTest.class.getClassLoader()
                .getResourceAsStream("content/articles/having-self-service-password-reset-problems/en.md").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.writeString(copy.resolve("de-DE.md"), en.replace("ms.contentlocale: en-US", "ms.contentlocale: de-DE"));
        JsonNode de = JSON.readTree(new CliRunner().run("--content-dir", dir.toString(), "faq", "show",
                "having-self-service-password-reset-problems/common-problems", "--lang", "de-DE", "-o", "json").out());
        assertThat(de.get("lang").asText()).isEqualTo("de-DE");
        assertThat(de.has("title")).isFalse();
    }

    @Test
    void everyNoteNamesAnEntryOfItsArticleAndHasTextInEveryLanguage() throws Exception {
        ArticleNotes notes = ArticleNotes.parse(new String(ArticleNotesTest.class.getClassLoader()
                .getResourceAsStream("content/" + ArticleNotes.FILE).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(notes).isEqualTo(ArticleNotes.bundled());
        JsonNode ids = JSON.readTree(CliRunner.exec("faq", "list", "-o", "json").out());
        java.util.Set<String> known = new java.util.HashSet<>();
        for (JsonNode e : ids) known.add(e.get("article").asText() + "/" + e.get("id").asText());
        for (ArticleNotes.Note n : notes.notes()) {
            for (String entry : n.entries()) assertThat(known).contains(n.article() + "/" + entry);
            assertThat(n.commit()).matches("[0-9a-f]{40}");
            for (String lang : Messages.LANGUAGES) assertThat(Messages.load("notes", lang)).containsKey(n.key());
        }
        for (String key : notes.titles().keySet()) assertThat(known).contains(key);
    }
}
