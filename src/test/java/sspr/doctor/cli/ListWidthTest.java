package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sspr.doctor.catalog.Role;
import sspr.doctor.catalog.Sku;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.text.DisplayWidth;

/** Every list command fits the terminal at 40, 80 and 200 columns, in English and Traditional Chinese, and loses nothing. */
class ListWidthTest {
    private static CliRunner.Result at(int columns, String... args) {
        CliRunner.Result r = new CliRunner().env("COLUMNS", String.valueOf(columns)).run(args);
        assertThat(r.exit()).as(String.join(" ", args)).isZero();
        return r;
    }

    /** No line wider than the terminal, except one word that is (an ID), which is never broken. */
    private static void fits(String out, int columns, String what) {
        for (String line : out.split("\n")) {
            if (!line.strip().contains(" ")) continue;
            assertThat(DisplayWidth.of(line)).as(what + " at " + columns + ": " + line).isLessThanOrEqualTo(columns);
        }
    }

    @ParameterizedTest(name = "{0} columns, {1}")
    @CsvSource({"40,en", "80,en", "200,en", "40,zh-TW", "80,zh-TW", "200,zh-TW"})
    void rolesListFitsAndNamesEveryRole(int columns, String lang) {
        CliRunner.Result r = at(columns, "--lang", lang, "roles", "list");
        fits(r.out(), columns, "roles list " + lang);
        for (Role role : Catalogs.roles().all()) {
            assertThat(r.out()).as(role.alias()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(role.alias()) + "( |$)");
        }
        String name = lang.equals("en") ? "Global Administrator" : "全域管理員";
        assertThat(r.out()).contains(name).contains("62e90394-69f5-4237-9190-012177145e10");
        if (columns == 200) assertThat(r.out().lines().findFirst().orElseThrow()).startsWith(lang.equals("en") ? "ALIAS " : "別名 ");
        else assertThat(r.out().replaceAll("\n +", " ")).as("records: every field labelled").contains(lang.equals("en") ? "TEMPLATE ID: 62e90394" : "範本識別碼: 62e90394");
    }

    @ParameterizedTest(name = "{0} columns, {1}")
    @CsvSource({"40,en", "80,en", "200,en", "40,zh-TW", "80,zh-TW", "200,zh-TW"})
    void licensesListFitsAndNamesEverySku(int columns, String lang) {
        CliRunner.Result r = at(columns, "--lang", lang, "licenses", "list");
        fits(r.out(), columns, "licenses list " + lang);
        fits(r.err(), columns, "licenses legend " + lang);
        String flat = r.out().replaceAll("\n +", " ");
        for (Sku s : Catalogs.skus().all()) {
            if (!s.skuPartNumber().contains(" ")) assertThat(r.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(s.skuPartNumber()) + "( |$)");
            assertThat(flat).as(s.skuPartNumber()).contains(s.productName());
        }
    }

    @ParameterizedTest(name = "{0} columns, {1}")
    @CsvSource({"40,en", "80,en", "200,en", "40,zh-TW", "80,zh-TW", "200,zh-TW"})
    void rulesListFitsAndNamesEveryRule(int columns, String lang) {
        CliRunner.Result r = at(columns, "--lang", lang, "rules", "list");
        fits(r.out(), columns, "rules list " + lang);
        String flat = r.out().replaceAll("\n +", " ");
        for (sspr.doctor.rules.Rule rule : Tables.load(null).rules()) {
            assertThat(r.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(rule.id()) + "( |$)");
            assertThat(flat).contains(rule.then().code());
        }
    }

    @ParameterizedTest(name = "{0} columns, {1}")
    @CsvSource({"40,en", "80,en", "200,en", "40,zh-TW", "80,zh-TW", "200,zh-TW"})
    void explainListAndFaqListFit(int columns, String lang) {
        fits(at(columns, "--lang", lang, "explain", "--list").out(), columns, "explain --list " + lang);
        CliRunner.Result faq = at(columns, "--lang", lang, "faq", "list");
        fits(faq.out(), columns, "faq list " + lang);
        assertThat(faq.out()).contains("reset-button-greyed-out");
    }

    @ParameterizedTest(name = "{0} columns, {1}")
    @CsvSource({"40,en", "80,en", "200,en", "40,zh-TW", "80,zh-TW", "200,zh-TW"})
    void articlesListFitsAndNamesEveryArticle(int columns, String lang) {
        CliRunner.Result r = at(columns, "--lang", lang, "articles", "list");
        fits(r.out(), columns, "articles list " + lang);
        assertThat(r.out()).contains("having-self-service-password-reset-problems").contains("zh-TW");
    }
}
