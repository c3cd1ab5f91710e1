package sspr.doctor.faq;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {
    @Test
    void latinFoldedForCaseAndAccents() {
        assertThat(Tokenizer.tokens("Réinitialiser le MOT-de-passe")).containsExactly("reinitialiser", "le", "mot", "de", "passe");
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
