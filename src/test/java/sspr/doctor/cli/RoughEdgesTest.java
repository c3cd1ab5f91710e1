package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sspr.doctor.text.DisplayWidth;

/** The first trial's rough edges: width, grouped help, --brief, explain --list/--search, the pager. */
class RoughEdgesTest {
    @TempDir Path tmp;

    private static CliRunner.Result at(int columns, String... args) {
        return new CliRunner().env("COLUMNS", String.valueOf(columns)).run(args);
    }

    /** No line wider than the terminal (URLs excepted: they cannot be broken and stay clickable), no word split. */
    private static void fits(String out, int columns, String what) {
        for (String line : out.split("\n")) {
            if (line.contains("https://")) continue;
            // one word longer than the line (an article/entry ID in an example) cannot be broken
            if (!line.strip().replaceFirst(" \\\\$", "").contains(" ")) continue;
            assertThat(DisplayWidth.of(line)).as(what + " at " + columns + ": " + line).isLessThanOrEqualTo(columns);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 200})
    void everyHelpFitsTheWidthInEveryLanguage(int columns) {
        for (String lang : new String[] {"en", "id-ID", "zh-CN", "zh-TW"}) {
            fits(at(columns, "--help", "--lang", lang).out(), columns, "root help " + lang);
            for (String command : CommandLines.SUBCOMMANDS.keySet()) {
                CliRunner.Result r = at(columns, command, "--help", "--lang", lang);
                assertThat(r.exit()).as(command).isZero();
                fits(r.out(), columns, command + " --help " + lang);
                // picocli split names such as COD|E at narrow widths: every option name is whole on its line
                assertThat(r.out()).as(command).doesNotContainPattern("(?m)^\\s+[A-Z]{1,3}$");
            }
        }
    }

    @Test
    void exampleLinesContinueTheShellWayWhenWrapped() {
        String out = at(40, "diagnose", "--help").out();
        String examples = out.substring(out.indexOf("Examples:"));
        assertThat(examples).contains("sspr-doctor diagnose --role \\\n      user-admin --hybrid");
        for (String line : examples.split("\n")) {
            if (line.startsWith("  sspr-doctor")) assertThat(line.endsWith("\\") || !line.contains("--")).isTrue();
        }
    }

    @Test
    void diagnoseHelpIsGroupedByTopicAndGlobalOptionsAreShownOnce() {
        String out = at(100, "diagnose", "--help").out();
        assertThat(out).containsSubsequence("Who resets:", "--role=", "The user:", "--target-role", "Hybrid (synced from on-premises):",
                "--no-writeback", "Self-service:", "--not-in-sspr-group", "Input:", "--profile", "Output:", "--format", "--brief");
        assertThat(out).doesNotContain("--content-dir=").doesNotContain("--lang=TAG").contains("Global options (--lang");
        assertThat(at(100, "--help").out()).contains("--lang=TAG").contains("--content-dir=DIR");
        assertThat(at(100, "diagnose", "--help", "--lang", "zh-TW").out()).contains("由誰重設：").contains("混合式（從內部部署同步）：");
        // every option of diagnose is listed exactly once
        String plain = out.substring(0, out.indexOf("Examples:"));
        for (picocli.CommandLine.Model.OptionSpec o : new picocli.CommandLine(new DiagnoseCommand()).getCommandSpec().options()) {
            String name = o.longestName();
            if (o.usageHelp() || o.versionHelp()) continue;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^ +(-\\w, )?" + java.util.regex.Pattern.quote(name) + "(?=[=\\s,\\[]|$)").matcher(plain);
            int n = 0;
            while (m.find()) n++;
            assertThat(n).as(name).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 80, 200})
    void explainRolesAndDiagnoseFitTheWidth(int columns) {
        for (String lang : new String[] {"en", "zh-TW"}) {
            fits(at(columns, "explain", "6329", "--lang", lang).out(), columns, "explain 6329 " + lang);
            fits(at(columns, "explain", "--list", "--lang", lang).out(), columns, "explain --list " + lang);
            fits(at(columns, "diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin", "--hybrid", "--lang", lang).out(),
                    columns, "diagnose " + lang);
            fits(at(columns, "diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin", "--brief", "--lang", lang).out(),
                    columns, "diagnose --brief " + lang);
        }
    }

    @Test
    void briefIsOneLinePerFinding() {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin", "--hybrid", "--brief");
        assertThat(r.exit()).isEqualTo(1);
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).startsWith("✗ Blocked");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).contains("blocker").contains("role.cannot-reset-target");
        assertThat(lines[2]).contains("writeback.unknown");
    }

    @Test
    void aGuestTargetIsNotCalledResettableByTheRoleThatCoversIt() {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "user-admin", "--guest");
        assertThat(r.exit()).isEqualTo(1);
        String text = r.out().replaceAll("\\s+", " ");
        assertThat(text).contains("account.guest").doesNotContain("may reset this user's password")
                .contains("Your role would cover this user, but not a guest's password");
    }

    @Test
    void anOnPremisesErrorOnADefaultCloudOnlyUserSaysSoAndHowToStateHybrid() {
        CliRunner.Result r = CliRunner.exec("diagnose", "--role", "user-admin", "--error", "SSPR_0029");
        String text = r.out().replaceAll("\\s+", " ");
        assertThat(text).contains("input.contradiction").contains("the user is taken as cloud-only").contains("add --hybrid");
        assertThat(CliRunner.exec("diagnose", "--role", "user-admin", "--error", "SSPR_0029", "--hybrid").out()).doesNotContain("input.contradiction");
    }

    @Test
    void briefAtFortyColumnsKeepsEveryTitleWithinTheWidth() {
        for (String lang : List.of("en", "zh-TW", "id-ID")) {
            CliRunner.Result r = new CliRunner().env("COLUMNS", "40").run("diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin",
                    "--hybrid", "--brief", "--lang", lang);
            String[] lines = r.out().split("\n");
            for (int i = 0; i < lines.length; i++) {
                // each finding's title follows its code line (it used to be dropped at this width)
                if (lines[i].contains("writeback.unknown") || lines[i].contains("license.unknown")) assertThat(lines[i + 1].strip()).as(lang).hasSizeGreaterThan(3);
            }
            for (String line : lines) {
                if (!line.contains("role.cannot-reset-target")) assertThat(DisplayWidth.of(line)).as(lang + ": " + line).isLessThanOrEqualTo(40);
                assertThat(line).doesNotEndWith(" ");
            }
        }
    }

    @Test
    void aTargetRoleOutsideTheTableIsNamedInTheFinding() {
        CliRunner.Result en = CliRunner.exec("diagnose", "--role", "helpdesk-admin", "--target-role", "exchange-admin");
        assertThat(en.exit()).isEqualTo(1);
        assertThat(en.out().replaceAll("\\s+", " ")).contains("cannot reset a user with Exchange Administrator, outside Microsoft's table");
        CliRunner.Result zh = CliRunner.exec("diagnose", "--role", "helpdesk-admin", "--target-role", "exchange-admin", "--lang", "zh-TW",
                "--format", "json");
        assertThat(zh.out()).contains("Exchange 管理員（不在 Microsoft 表格中");
    }

    @Test
    void explainListsAndSearchesCodesInTheUsersLanguageAndEnglish() {
        CliRunner.Result list = CliRunner.exec("explain", "--list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("SSPR_0009").contains("6329").contains("31001");
        CliRunner.Result search = CliRunner.exec("explain", "--search", "not enabled");
        assertThat(search.out()).contains("SSPR_0010").contains("656");
        assertThat(search.out()).doesNotContain("SSPR_0029");
        // a zh-TW listing found by an English phrase and by a Chinese one
        assertThat(CliRunner.exec("explain", "--search", "not enabled", "--lang", "zh-TW").out()).contains("SSPR_0010");
        assertThat(CliRunner.exec("explain", "--search", "回寫", "--lang", "zh-TW").out()).contains("SSPR_0010");
        CliRunner.Result none = CliRunner.exec("explain", "--search", "zzzqqq");
        assertThat(none.exit()).isZero();
        assertThat(none.err()).contains("No error code");
        assertThat(CliRunner.exec("explain", "--search", "writeback", "-o", "json").out()).startsWith("[").contains("\"code\"");
        CliRunner.Result neither = CliRunner.exec("explain");
        assertThat(neither.exit()).isEqualTo(2);
        assertThat(neither.err()).contains("--list");
    }

    /** The project's own English articles are its source text, not "the project's translation". */
    @Test
    void englishArticlesAreNotLabelledATranslation() {
        String list = CliRunner.exec("articles", "list", "--lang", "zh-TW").out();
        for (String line : list.split("\n")) {
            if (line.matches("^\\S+\\s+en\\s.*")) assertThat(line).contains("sspr-doctor 英文原文").doesNotContain("翻譯");
        }
        assertThat(list).contains("sspr-doctor 英文原文");
        String en = CliRunner.exec("articles", "show", "issues-with-credentials", "--lang", "en").out();
        assertThat(en).contains("sspr-doctor English text").doesNotContain("sspr-doctor translation");
    }

    /** --trace says why in the user's language (the condition keeps the table's notation); JSON stays English for scripts. */
    @Test
    void traceIsLocalized() {
        String zh = CliRunner.exec("diagnose", "--role", "user-admin", "--trace", "--lang", "zh-TW").out();
        assertThat(zh).contains("不成立（").doesNotContain("does not hold").doesNotContain(" is unknown");
        String en = CliRunner.exec("diagnose", "--role", "user-admin", "--trace").out();
        assertThat(en).contains("does not hold (");
        assertThat(CliRunner.exec("diagnose", "--role", "user-admin", "--trace", "--lang", "zh-TW", "-o", "json").out()).contains("does not hold");
        fits(CliRunner.exec("diagnose", "--role", "user-admin", "--trace", "--lang", "zh-TW").out(), 80, "trace");
    }

    /** A sentence about "a user with {targetRoles}" is worded on its own when the user holds no admin role. */
    @Test
    void filledInTextReadsNaturallyWithoutTargetRoles() {
        String zh = CliRunner.exec("diagnose", "--symptom", "greyed-out-button", "--lang", "zh-TW").out();
        assertThat(zh).doesNotContain("擁有 無系統管理員角色 的").contains("沒有系統管理員角色的使用者");
        String en = CliRunner.exec("diagnose", "--symptom", "greyed-out-button").out();
        assertThat(en).doesNotContain("with no admin role.");
    }

    /** The --tenant facts table names facts and values in the user's language, not JSON's camelCase. */
    @Test
    void tenantFactsTableIsLocalized() {
        CliRunner.Result r = CliRunner.exec("diagnose", "--tenant", "src/test/resources/tenant/flat", "--user", "mei.lin@contoso.example",
                "--actor", "helpdesk@contoso.example", "--lang", "zh-TW");
        assertThat(r.out()).contains("來自快照的事實：").contains("使用者的角色").doesNotContain("targetRoles").doesNotContain("signInBlocked");
    }

    @Test
    void pagerOnlyOnATerminalAndNeverForStreamsOrTheWizard() {
        Map<String, String> env = Map.of();
        assertThat(Pager.wanted(new String[] {"articles", "show", "issues-with-credentials"}, env, true)).isTrue();
        assertThat(Pager.wanted(new String[] {"diagnose", "--role", "user-admin", "--trace"}, env, true)).isTrue();
        assertThat(Pager.wanted(new String[] {"articles", "show", "issues-with-credentials"}, env, false)).isFalse();
        assertThat(Pager.wanted(new String[] {"wizard"}, env, true)).isFalse();
        assertThat(Pager.wanted(new String[] {"diagnose", "--batch", "-"}, env, true)).isFalse();
        assertThat(Pager.wanted(new String[] {"audit", "x.json"}, env, true)).isFalse();
        assertThat(Pager.wanted(new String[] {"--version"}, env, true)).isFalse();
        assertThat(Pager.command(Map.of())).isEqualTo("less -FRX");
        assertThat(Pager.command(Map.of("PAGER", "more"))).isEqualTo("more");
        assertThat(Pager.command(Map.of("PAGER", "more", "SSPR_DOCTOR_PAGER", "less -R"))).isEqualTo("less -R");
        assertThat(Pager.command(Map.of("SSPR_DOCTOR_PAGER", ""))).isNull();
        assertThat(Pager.wanted(new String[] {"faq", "list"}, Map.of("PAGER", "cat"), true)).isFalse();
    }

    @Test
    void thePagerReceivesTheWholeOutput() throws Exception {
        Path file = tmp.resolve("paged.txt");
        StringWriter direct = new StringWriter();
        String text = "第一行 ✗\nsecond line\n";
        Pager.show(text, Map.of("SSPR_DOCTOR_PAGER", "cat > '" + file + "'"), new PrintWriter(direct));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(direct.toString()).isEmpty();
        // a pager that cannot start: the text is printed directly
        Pager.show(text, Map.of("SSPR_DOCTOR_PAGER", "cat"), new PrintWriter(direct));
        assertThat(direct.toString()).isEqualTo(text);
    }
}
