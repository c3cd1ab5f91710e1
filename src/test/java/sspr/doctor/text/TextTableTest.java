package sspr.doctor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import sspr.doctor.text.DisplayWidth;

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
}
