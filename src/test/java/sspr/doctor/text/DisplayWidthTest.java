package sspr.doctor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {
    @Test
    void cjkIsTwoColumnsLatinOne() {
        assertThat(DisplayWidth.of("abc")).isEqualTo(3);
        assertThat(DisplayWidth.of("密碼重設")).isEqualTo(8);
        assertThat(DisplayWidth.of("重置，密码")).isEqualTo(10);
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
    }

    @Test
    void paddedCjkRowsLineUp() {
        List<String> cells = List.of("User Administrator", "使用者管理員", "用户管理员", "Administrator Pengguna");
        for (String c : cells) {
            String row = DisplayWidth.padRight(c, 24) + "|";
            assertThat(DisplayWidth.of(row)).isEqualTo(25);
        }
        assertThat(DisplayWidth.of(DisplayWidth.padRight("密碼重設按鈕會灰顯而且很長", 10))).isEqualTo(10);
    }

    @Test
    void wrapsChineseWithoutSpacesWithinWidth() {
        String text = "我從 Office 365 系統管理員入口網站或 Office 365 行動應用程式重設內部部署使用者的密碼，但使用者仍無法登入";
        List<String> lines = TextWrapper.wrap(text, 20);
        assertThat(lines).hasSizeGreaterThan(3);
        for (String l : lines) assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(20);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        assertThat(lines).noneMatch(l -> l.startsWith("，"));
    }

    @Test
    void didYouMean() {
        assertThat(Suggestions.closest("user-admn", List.of("user-admin", "global-admin", "helpdesk-admin"), 3)).first().isEqualTo("user-admin");
        assertThat(Suggestions.closest("zzzzzz", List.of("user-admin"), 3)).isEmpty();
    }
}
