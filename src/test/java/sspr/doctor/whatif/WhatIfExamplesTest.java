package sspr.doctor.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import sspr.doctor.content.BundledContent;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.DiagnosisInput;
import sspr.doctor.rules.DecisionTable;
import sspr.doctor.rules.DecisionTableParser;

class WhatIfExamplesTest {
    static final DecisionTable TABLE = DecisionTableParser.parse(BundledContent.readText("rules/sspr-reset.yaml"), "bundled").table();
    static final WhatIf WHAT_IF = new WhatIf(TABLE, Catalogs.roles(), Catalogs.matrix(), Catalogs::skus, Catalogs.errorFindings());

    static DiagnosisInput admin(String... roles) {
        DiagnosisInput in = new DiagnosisInput();
        in.roles = List.of(roles);
        return in;
    }

    @Test
    void helpdeskResettingAGlobalAdminNeedsPrivilegedAuthenticationAdminNotGlobalAdmin() {
        DiagnosisInput in = admin("helpdesk-admin");
        in.targetRoles = List.of("global-admin");
        WhatIf.Result r = WHAT_IF.search(in);
        assertThat(r.proposals().get(0).changes()).containsExactly(
                new Change("roles", List.of("helpdesk-admin"), List.of("helpdesk-admin", "privileged-authentication-admin")));
        assertThat(r.proposals()).noneMatch(p -> p.changes().toString().contains("global-admin]") && p.changes().get(0).fact().equals("roles"));
    }

    @Test
    void hybridWithoutWritebackNeedsWritebackOn() {
        DiagnosisInput in = admin("user-admin");
        in.hybrid = true;
        in.writeback = false;
        WhatIf.Result r = WHAT_IF.search(in);
        assertThat(r.proposals().get(0).changes()).containsExactly(new Change("writeback", false, true));
    }
}
