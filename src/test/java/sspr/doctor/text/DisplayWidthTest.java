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
    void hangulConjoiningJamoMakeOneWideCell() {
        assertThat(DisplayWidth.of("\u1100")).isEqualTo(2);                  // leading ᄀ
        assertThat(DisplayWidth.of("\u115F")).isEqualTo(2);
        assertThat(DisplayWidth.of("\u1161")).isZero();                      // vowel ᅡ
        assertThat(DisplayWidth.of("\u11A8")).isZero();                      // final ᆨ
        assertThat(DisplayWidth.of("\u1160")).isZero();
        assertThat(DisplayWidth.of("\u11FF")).isZero();
        assertThat(DisplayWidth.of("\u1100\u1161\u11A8")).isEqualTo(DisplayWidth.of("각")).isEqualTo(2);
        String decomposed = java.text.Normalizer.normalize("암호 재설정", java.text.Normalizer.Form.NFD);
        assertThat(decomposed).hasSizeGreaterThan(6);
        assertThat(DisplayWidth.of(decomposed)).isEqualTo(DisplayWidth.of("암호 재설정")).isEqualTo(11);
    }

    @Test
    void combiningMarksTakeNoColumn() {
        assertThat(DisplayWidth.of("Vie\u0323\u0302t")).isEqualTo(DisplayWidth.of("Việt")).isEqualTo(4);
        assertThat(DisplayWidth.of("ที่")).isEqualTo(1);                              // Thai consonant, vowel, tone mark
        assertThat(DisplayWidth.of("ปุ่มรีเซ็ต")).isEqualTo(6);
        assertThat(DisplayWidth.of("שָׁלוֹם")).isEqualTo(4);                            // Hebrew with points
        assertThat(DisplayWidth.of("مَرْحَبًا")).isEqualTo(5);                          // Arabic with harakat
        assertThat(DisplayWidth.of("й")).isEqualTo(DisplayWidth.of("и\u0306")).isEqualTo(1);
        assertThat(DisplayWidth.of("ά")).isEqualTo(DisplayWidth.of("α\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.of("が")).isEqualTo(DisplayWidth.of("か\u3099")).isEqualTo(2);
    }

    @Test
    void zeroWidthCharactersTakeNoColumn() {
        for (int cp : new int[] {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, 0xFE0F}) {
            assertThat(DisplayWidth.of(cp)).as("U+%04X", cp).isZero();
        }
        assertThat(DisplayWidth.of("a\u200Bb\u2060c\uFEFF")).isEqualTo(3);
    }

    @Test
    void emojiAndCjkAreTwoColumns() {
        for (String wide : new String[] {"😀", "🚀", "🤔", "🥲", "✅", "⭐", "❌", "⌚", "中", "あ", "ア", "한", "ｗ", "　", "𠀋"}) {
            assertThat(DisplayWidth.of(wide)).as(wide).isEqualTo(2);
        }
        assertThat(DisplayWidth.of("✔")).isEqualTo(1);   // text-style symbol
        assertThat(DisplayWidth.of("👍🏽")).isEqualTo(4);  // the skin tone stays a cell of its own here
    }

    @Test
    void paddedRowsLineUpInEveryScript() {
        List<String> cells = List.of("パスワード リセット", "암호 재설정 단추", "ปุ่มรีเซ็ตรหัสผ่าน", "زر إعادة تعيين كلمة المرور",
                "הלחצן לאיפוס סיסמה", "Кнопка сброса", "Κουμπί επαναφοράς", "Nút đặt lại mật khẩu", "Nu\u0301t đă\u0323t");
        for (String c : cells) {
            assertThat(DisplayWidth.of(DisplayWidth.padRight(c, 30) + "|")).as(c).isEqualTo(31);
            assertThat(DisplayWidth.of(DisplayWidth.truncate(c, 6))).as(c).isEqualTo(6);
        }
    }

    @Test
    void wrapsThaiBetweenWordsAndKeepsMarksWithTheirLetter() {
        String text = "ฉันจะเปิดใช้งานการลงทะเบียนข้อมูลความปลอดภัยแบบรวมสำหรับการรีเซ็ตรหัสผ่านด้วยตนเองได้อย่างไร";
        List<String> lines = TextWrapper.wrap(text, 20);
        assertThat(lines).hasSizeGreaterThan(2);
        for (String l : lines) {
            assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(20);
            assertThat(DisplayWidth.isZeroWidth(l.codePointAt(0))).as("a line starting with a mark: " + l).isFalse();
        }
        assertThat(String.join("", lines)).isEqualTo(text);
        String korean = java.text.Normalizer.normalize("암호재설정단추가회색으로표시됩니다", java.text.Normalizer.Form.NFD);
        for (String l : TextWrapper.wrap(korean, 10)) {
            assertThat(DisplayWidth.isZeroWidth(l.codePointAt(0))).isFalse();
            assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(10);
        }
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
