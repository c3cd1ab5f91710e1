package sspr.doctor.faq;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {
    @Test
    void latinLowerCasedAndIndexedFoldedToo() {
        assertThat(Tokenizer.tokens("Réinitialiser le MOT-de-passe")).containsExactly("réinitialiser", "le", "mot", "de", "passe");
        assertThat(Tokenizer.documentTerms("Réinitialiser")).containsExactly("~reinitialiser", "réinitialiser");
        assertThat(Tokenizer.queryTerms("reinitialiser")).containsExactly("~reinitialiser");
        assertThat(Tokenizer.queryTerms("réinitialiser")).containsExactly("réinitialiser");
    }

    @Test
    void vietnameseWordsThatDifferOnlyInTonesStayDistinct() {
        // ma (ghost), mà (but), má (mother), mả (grave), mã (code), mạ (rice seedling)
        java.util.List<String> words = java.util.List.of("ma", "mà", "má", "mả", "mã", "mạ");
        for (String w : words) {
            java.util.Set<String> q = Tokenizer.queryTerms(w);
            for (String other : words) {
                boolean hit = Tokenizer.documentTerms(other).stream().anyMatch(q::contains);
                // an accented query only finds itself; the bare "ma" (typed without accents) finds all
                assertThat(hit).as(w + " finds " + other).isEqualTo(w.equals(other) || w.equals("ma"));
            }
        }
        assertThat(Tokenizer.queryTerms("Mật khẩu")).containsExactly("mật", "khẩu");
        assertThat(Tokenizer.documentTerms("đặt")).contains("~dat", "đặt");
    }

    @Test
    void thaiSplitByTheDictionaryWithMarksKept() {
        assertThat(Tokenizer.tokens("ปุ่มรีเซ็ตรหัสผ่านเป็นสีเทา")).contains("ปุ่ม", "ผ่าน", "สี", "เทา")
                .allMatch(t -> !t.isBlank()).hasSizeGreaterThan(4);
        assertThat(String.join("", Tokenizer.tokens("ปุ่มรีเซ็ตรหัสผ่านเป็นสีเทา"))).isEqualTo("ปุ่มรีเซ็ตรหัสผ่านเป็นสีเทา");
        assertThat(Tokenizer.fold("ปุ่ม")).isEqualTo("ปุ่ม");
    }

    @Test
    void japaneseAndKoreanMatchHoweverSpaced() {
        assertThat(Tokenizer.tokens("パスワードのリセット ボタン")).contains("パス", "ード", "ボタ", "タン");
        assertThat(Tokenizer.tokens("재설정단추")).contains("재설", "설정", "단추");
        assertThat(Tokenizer.tokens("재설정 단추가")).contains("재설", "설정", "단추");
    }

    @Test
    void cyrillicKeepsShortIAndGreekFoldsTonos() {
        assertThat(Tokenizer.fold("самостоятельный")).isEqualTo("самостоятельный");
        assertThat(Tokenizer.fold("всё")).isEqualTo("все");
        assertThat(Tokenizer.fold("επαναφοράς")).isEqualTo("επαναφορας");
    }

    @Test
    void arabicAndHebrewPointsAreOptional() {
        assertThat(Tokenizer.tokens("يغيّر")).containsExactly("يغير");
        assertThat(Tokenizer.tokens("שָׁלוֹם")).containsExactly("שלום");
        assertThat(Tokenizer.tokens("كلمة المرور؟")).containsExactly("كلمة", "المرور");
    }

    @Test
    void chineseUnigramsAndBigrams() {
        assertThat(Tokenizer.tokens("重置密码")).containsExactly("重", "置", "重置", "密", "置密", "码", "密码");
        assertThat(Tokenizer.tokens("灰")).containsExactly("灰");
    }

    @Test
    void mixedScripts() {
        assertThat(Tokenizer.tokens("Office 365 管理")).containsExactly("office", "365", "管", "理", "管理");
    }
}
