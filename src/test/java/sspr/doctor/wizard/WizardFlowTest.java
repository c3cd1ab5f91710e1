package sspr.doctor.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.i18n.Messages;

class WizardFlowTest {

    /** Scripted answers; records the questions asked and what was told. */
    static final class Script implements WizardFlow.Io {
        final Deque<String> answers;
        final List<String> asked = new ArrayList<>();
        final List<String> told = new ArrayList<>();
        final List<List<String>> completions = new ArrayList<>();

        Script(String... answers) { this.answers = new ArrayDeque<>(List.of(answers)); }

        @Override
        public String ask(Question q, String prompt, List<String> c) {
            asked.add(q.key());
            completions.add(c);
            if (answers.isEmpty()) throw new WizardFlow.EndOfInput();
            return answers.pop();
        }

        @Override
        public void tell(String line) { told.add(line); }
    }

    private static WizardFlow flow() {
        return new WizardFlow(Catalogs.roles(), Catalogs.skus(), Messages.of("wizard", "en"));
    }

    @Test
    void cloudOnlyAdminResetAsksFiveQuestions() {
        Script s = new Script("", "user-admin", "", "", "");
        WizardFlow.Result r = flow().run(s);
        assertThat(s.asked).containsExactly("scenario", "role", "target-role", "hybrid", "symptom");
        assertThat(r.arguments()).containsExactly("--role", "user-admin");
        assertThat(r.facts()).containsOnlyKeys("scenario", "role", "hybrid");
    }

    @Test
    void unknownRoleIsOmittedAndRoleNoneIsKept() {
        assertThat(flow().run(new Script("", "?", "", "", "")).arguments()).isEmpty();
        assertThat(flow().run(new Script("", "none", "", "", "")).arguments()).containsExactly("--role", "none");
    }

    @Test
    void plainQuestionsRefuseUnknown() {
        Script s = new Script("", "user-admin", "", "?", "no", "");
        flow().run(s);
        assertThat(s.told).contains("This question needs an answer; press Enter for [no].");
    }

    @Test
    void licenceCommaListsSplit() {
        Script s = new Script("self-service", "", "", "", "", "", "entra-id-p1,m365-e3", "");
        WizardFlow.Result r = flow().run(s);
        assertThat(r.arguments()).containsSequence("--license", "AAD_PREMIUM", "--license", "SPE_E3");
    }

    @Test
    void completionsOfferRoleAliasesDisplayNamesAndLicenceNames() {
        Script s = new Script("", "", "", "yes", "", "", "", "");
        flow().run(s);
        assertThat(s.completions.get(1)).contains("user-admin", "User Administrator", "none", "unknown");
        int license = s.asked.indexOf("license");
        assertThat(s.completions.get(license)).contains("entra-id-p1", "SPE_E3", "Microsoft Entra ID P1");
        int portal = s.asked.indexOf("portal");
        assertThat(s.completions.get(portal)).contains("m365-admin").doesNotContain("sspr-portal");
    }

    @Test
    void endOfInputPropagates() {
        assertThatThrownBy(() -> flow().run(new Script("admin-reset"))).isInstanceOf(WizardFlow.EndOfInput.class);
    }

    @Test
    void shellQuoting() {
        assertThat(WizardFlow.shellQuote("user-admin")).isEqualTo("user-admin");
        assertThat(WizardFlow.shellQuote("User Administrator")).isEqualTo("'User Administrator'");
        assertThat(WizardFlow.shellQuote("it's")).isEqualTo("'it'\\''s'");
        assertThat(WizardFlow.shellQuote("")).isEqualTo("''");
        assertThat(WizardFlow.commandLine(List.of("a", "$x", "b;c"))).isEqualTo("a '$x' 'b;c'");
    }
}
