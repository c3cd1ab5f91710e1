package sspr.doctor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The three layouts of a table, by display width (CJK counts two columns). */
class TextTableTest {
    private static TextTable roles() {
        return new TextTable("別名", "顯示名稱", "可重設密碼")
                .row("global-admin", "全域管理員", "是（18 種對象中的 18 種）")
                .row("helpdesk-admin", "技術支援管理員", "是（18 種對象中的 9 種）");
    }

    @Test
    void aTableThatFitsIsAlignedByDisplayWidth() {
        List<String> lines = roles().render(80).lines().toList();
        assertThat(lines).containsExactly(
                "別名            顯示名稱        可重設密碼",
                "global-admin    全域管理員      是（18 種對象中的 18 種）",
                "helpdesk-admin  技術支援管理員  是（18 種對象中的 9 種）");
    }

    @Test
    void theLastColumnWrapsAtItsOwnColumnWhenTheTableIsTooWide() {
        List<String> lines = roles().render(54).lines().toList();
        assertThat(lines).hasSizeGreaterThan(3).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(54));
        assertThat(lines.get(1)).startsWith("global-admin    全域管理員      是（18");
        assertThat(lines.get(2)).startsWith(" ".repeat(32)).doesNotStartWith(" ".repeat(33));
        assertThat(String.join("", lines).replace(" ", "")).contains("是（18種對象中的18種）");
    }

    @Test
    void aNarrowTerminalGetsOneRecordPerRowWithLabels() {
        String out = roles().render(30);
        assertThat(out).isEqualTo("""
                global-admin
                  顯示名稱: 全域管理員
                  可重設密碼: 是（18 種對象
                    中的 18 種）
                helpdesk-admin
                  顯示名稱: 技術支援管理員
                  可重設密碼: 是（18 種對象
                    中的 9 種）
                """);
        for (String line : out.split("\n")) assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(30);
    }

    @Test
    void shortFieldsShareARecordLineAndAWordLongerThanTheLineStaysWhole() {
        String out = new TextTable("ID", "P1", "P2", "NAME").row("A-VERY-LONG-PART-NUMBER-THAT-CANNOT-BREAK", "yes", "no", "Office 365 E3")
                .render(24);
        assertThat(out).isEqualTo("""
                A-VERY-LONG-PART-NUMBER-THAT-CANNOT-BREAK
                  P1: yes  P2: no
                  NAME: Office 365 E3
                """);
    }

    @Test
    void aFirstCellWiderThanItsMaximumGoesAboveItsRow() {
        String out = new TextTable("PART", "P1", "PRODUCT").firstColumnMax(6).row("SHORT", "yes", "A").row("MUCH_LONGER", "no", "B").render(80);
        assertThat(out).isEqualTo("""
                PART   P1   PRODUCT
                SHORT  yes  A
                MUCH_LONGER
                       no   B
                """);
    }

    @Test
    void withoutAHeaderRecordsShowBareFields() {
        String out = new TextTable((String[]) null).row("rule-id", "blocker", "code.x", "a = b, c = d").render(20);
        assertThat(out).isEqualTo("""
                rule-id
                  blocker  code.x
                  a = b, c = d
                """);
    }

    @Test
    void countsLineUpOnTheRightAndMinimumWidthsHold() {
        TextTable t = new TextTable("name", "n", "what").rightAligned(1).minimumWidths(6).row("a", "5", "x").row("bb", "1,234", "y");
        assertThat(t.render(80).lines().toList()).containsExactly("name        n  what", "a           5  x", "bb      1,234  y");
    }

    @Test
    void aNoteGoesUnderItsRowInEveryLayout() {
        TextTable t = new TextTable((String[]) null).row("users.json", "there").note("cannot read: permission denied").row("groups.json", "there");
        assertThat(t.render(80)).isEqualTo("users.json   there\n    cannot read: permission denied\ngroups.json  there\n");
        assertThat(t.aligned(80)).isTrue();
        assertThat(t.render(16)).contains("users.json\n  there\n    cannot read:\n");
        assertThat(t.aligned(16)).isFalse();
    }

    @Test
    void theLastColumnWrapsBesideTheOthersOnlyWhereItsLongestWordFits() {
        TextTable t = new TextTable((String[]) null).row("ops@contoso.example", "sspr.not-registered, license.self-service-not-licensed");
        // 21 columns would be left for the codes, but one code is 33 wide: one record per row instead
        assertThat(t.aligned(42)).isFalse();
        assertThat(t.render(42).lines().toList()).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(42));
        assertThat(t.aligned(60)).isTrue();
        assertThat(t.render(60).lines().toList()).containsExactly("ops@contoso.example  sspr.not-registered,", "                     license.self-service-not-licensed");
    }
}
