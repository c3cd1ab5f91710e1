package sspr.doctor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The wrapper's quick answer for the scripts written without spaces agrees with Unicode's scripts for every code point. */
class UnspacedScriptTest {
    @Test
    void everyCodePointGetsUnicodeScriptsAnswer() {
        Set<Character.UnicodeScript> unspaced = EnumSet.of(Character.UnicodeScript.THAI, Character.UnicodeScript.LAO,
                Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR);
        int mismatches = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (TextWrapper.isUnspacedScript(cp) != unspaced.contains(Character.UnicodeScript.of(cp))) mismatches++;
        }
        assertThat(mismatches).isZero();
        assertThat(TextWrapper.isUnspacedScript('ก')).isTrue();
        assertThat(TextWrapper.isUnspacedScript('中')).isFalse();
    }
}
