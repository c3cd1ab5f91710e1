package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sspr.doctor.i18n.Messages;

/** Error lines are worded in the user's language; where they happened (option, file:line) is not translated. */
class LocalizedErrorsTest {

    @ParameterizedTest
    @CsvSource({"en,unknown role 'foo'", "id-ID,peran 'foo' tidak dikenal", "zh-CN,未知角色 'foo'", "zh-TW,未知的角色 'foo'"})
    void unknownRoleInEachLanguage(String lang, String expected) {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "foo", "--lang", lang);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("sspr-doctor: --role: " + expected).hasLineCount(1);
    }

    @Test
    void didYouMeanIsWordedInTheSameLanguage() {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "helpdsk-admin", "--lang", "zh-TW");
        assertThat(r.err().strip()).isEqualTo("sspr-doctor: --role: 未知的角色 'helpdsk-admin'（您是否是指 helpdesk-admin？）");
    }

    @Test
    void profileErrorsKeepTheirPositionAndTranslateTheRest(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path profile = Files.writeString(dir.resolve("p.yaml"), "role: [user-admin]\nrol: [x]\n");
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", profile.toString(), "--lang", "id-ID");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(profile + ":2:").contains("kunci 'rol' tidak dikenal").contains("maksud Anda role");
    }

    @Test
    void snapshotErrorsToo() {
        CliRunner.Result r = CliRunner.exec("diagnose", "--tenant", "src/test/resources/tenant/flat", "--user", "sam@contoso.exampl", "--lang", "zh-CN");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("sspr-doctor: --user: 快照中没有用户 'sam@contoso.exampl'（您是否指 sam@contoso.example");
    }

    @Test
    void aBadLanguageTagIsReportedInEnglish() {
        CliRunner.Result r = CliRunner.exec("--lang", "x_!", "faq", "list");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("sspr-doctor: --lang: 'x_!' is not a valid language tag (examples: en, id-ID, zh-CN, zh-TW)\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "diagnose,--rol,x|en|sspr-doctor: unknown option '--rol' (did you mean --role",
            "diagnose,--rol,x|zh-TW|sspr-doctor: 未知的選項 '--rol'（您是否是指 --role",
            "diagnose,--role|id-ID|sspr-doctor: --role: memerlukan nilai",
            "diagnose,--format,xml|zh-CN|sspr-doctor: --format: 未知的值 'xml'；允许的值：text, json, yaml, junit",
            "diagnose,--hybrid=maybe|en|sspr-doctor: --hybrid: expected true or false, got 'maybe'",
            "diagnoze|zh-CN|sspr-doctor: 意外的参数 'diagnoze'（您是否指 diagnose"})
    void parseErrorsInTheLanguageTheArgumentsAskFor(String args, String lang, String expected) {
        java.util.List<String> argv = new java.util.ArrayList<>(java.util.List.of("--lang", lang));
        argv.addAll(java.util.List.of(args.split(",")));
        CliRunner.Result r = CliRunner.exec(argv.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith(expected).hasLineCount(1);
    }

    /** Every key the code raises exists in the errors bundle (the bundle test then checks all four languages). */
    @Test
    void everyRaisedKeyIsInTheBundle() throws IOException {
        Pattern raised = Pattern.compile("LocalizedText\\.of\\(\"([a-z0-9.-]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = raised.matcher(Files.readString(f));
                while (m.find()) keys.add(m.group(1));
            }
        }
        assertThat(keys).hasSizeGreaterThan(30);
        Messages en = Messages.of("errors", "en");
        assertThat(keys.stream().filter(k -> !en.has(k))).isEmpty();
    }
}
