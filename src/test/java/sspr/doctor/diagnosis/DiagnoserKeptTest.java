package sspr.doctor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import sspr.doctor.rules.Condition;
import sspr.doctor.rules.Rule;
import sspr.doctor.rules.RuleEngine;
import sspr.doctor.rules.Severity;

/**
 * The batch's shortcuts inside a diagnosis, against the plain way: the engine's compiled evaluation (facts in
 * an array, set facts as bits, findings collected without a map) against each rule's conditions tested one by
 * one; a diagnoser that keeps placeholder values and worded findings across thousands of different inputs
 * against a new diagnoser for each input.
 */
class DiagnoserKeptTest {
    static List<DiagnosisInput> inputs(int n, long seed) {
        Random rnd = new Random(seed);
        List<String> roles = List.of("user-admin", "helpdesk-admin", "password-admin", "global-admin", "authentication-admin",
                "privileged-authentication-admin", "security-admin", "reports-reader", "groups-admin", "exchange-admin",
                "partner-tier1-support", "partner-tier2-support");
        List<String> licences = List.of("AAD_PREMIUM", "AAD_PREMIUM_P2", "SPE_E3", "SPE_E5", "ENTERPRISEPACK", "EMS");
        List<String> errors = new ArrayList<>(Catalogs.errors("en").codes());
        List<DiagnosisInput> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            DiagnosisInput in = new DiagnosisInput();
            if (rnd.nextInt(3) == 0) {
                in.scenario = "self-service";
                in.ssprScope = pick(rnd, InputResolver.SSPR_SCOPES, true);
                in.inSsprGroup = rnd.nextBoolean() ? null : rnd.nextBoolean();
                in.registered = rnd.nextBoolean() ? null : rnd.nextBoolean();
            } else {
                in.roles = rnd.nextInt(8) == 0 ? null : some(rnd, roles, 3);
                in.roleScope = rnd.nextInt(5) == 0 ? "au" : "tenant";
                in.targetInActorUnit = rnd.nextBoolean() ? null : rnd.nextBoolean();
            }
            in.roleNotActivated = rnd.nextInt(6) == 0;
            in.targetRoles = rnd.nextInt(3) == 0 ? new ArrayList<>() : some(rnd, roles, 2);
            in.targetInRoleAssignableGroup = rnd.nextInt(6) == 0;
            in.targetInRestrictedAu = rnd.nextInt(8) == 0;
            in.targetMemberOfRestrictedAu = rnd.nextInt(10) == 0;
            in.licenses = rnd.nextInt(5) == 0 ? null : some(rnd, licences, 2);
            in.federated = rnd.nextInt(6) == 0;
            in.hybrid = in.federated || rnd.nextBoolean();
            in.writeback = rnd.nextBoolean() ? null : rnd.nextBoolean();
            in.onpremProtected = rnd.nextInt(8) == 0;
            in.syncEngine = pick(rnd, InputResolver.SYNC_ENGINES, true);
            in.portal = pick(rnd, InputResolver.PORTALS, true);
            in.symptoms = rnd.nextBoolean() ? new ArrayList<>() : some(rnd, InputResolver.SYMPTOMS, 3);
            in.lockedOut = rnd.nextInt(5) == 0;
            in.signInBlocked = rnd.nextInt(9) == 0;
            in.throttled = rnd.nextInt(9) == 0;
            in.adminSsprDisabled = rnd.nextInt(9) == 0;
            in.guest = rnd.nextInt(7) == 0;
            in.error = rnd.nextInt(3) == 0 ? errors.get(rnd.nextInt(errors.size())) : null;
            out.add(in);
        }
        return out;
    }

    private static String pick(Random rnd, List<String> from, boolean orNull) {
        return orNull && rnd.nextBoolean() ? null : from.get(rnd.nextInt(from.size()));
    }

    private static List<String> some(Random rnd, List<String> from, int max) {
        List<String> pool = new ArrayList<>(from);
        Collections.shuffle(pool, rnd);
        return new ArrayList<>(pool.subList(0, 1 + rnd.nextInt(max)));
    }

    @Test
    void theCompiledEngineFiresWhatEachRulesConditionsSay() {
        for (DiagnosisInput in : inputs(3000, 18)) {
            Map<String, Object> facts = DerivedFacts.facts(in, Catalogs.roles(), Catalogs::skus, Catalogs.matrix(), Catalogs.errorFindings());
            List<Rule> matching = new ArrayList<>();
            for (Rule r : Diagnose.TABLE.rules()) {
                boolean all = true;
                for (Condition c : r.when()) all &= RuleEngine.holds(Diagnose.TABLE, c, facts);
                if (all) matching.add(r);
            }
            // collect: by severity, then table order, one rule per code
            Map<String, Rule> byCode = new LinkedHashMap<>();
            for (Severity s : Severity.values()) for (Rule r : matching) if (r.then().severity() == s) byCode.putIfAbsent(r.then().code(), r);
            RuleEngine.Evaluation e = RuleEngine.evaluate(Diagnose.TABLE, facts);
            assertThat(e.fired()).as(in.toMap().toString()).containsExactlyElementsOf(byCode.values());
            for (int i = 0; i < Diagnose.TABLE.rules().size(); i++) {
                assertThat(e.trace().get(i).matched()).isEqualTo(matching.contains(Diagnose.TABLE.rules().get(i)));
            }
        }
    }

    @Test
    void whatADiagnoserKeepsChangesNoFinding() {
        for (String lang : List.of("en", "zh-TW")) {
            Diagnoser kept = new Diagnoser(Diagnose.TABLE, lang, (a, id) -> null);
            for (DiagnosisInput in : inputs(1500, 7)) {
                Diagnosis once = new Diagnoser(Diagnose.TABLE, lang, (a, id) -> null).diagnose(in.copy());
                Diagnosis batch = kept.diagnose(in.copy());
                assertThat(batch.findings()).as(lang + " " + in.toMap()).isEqualTo(once.findings());
                assertThat(batch.verdict()).isEqualTo(once.verdict());
            }
        }
    }
}
