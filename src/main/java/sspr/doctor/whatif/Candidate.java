package sspr.doctor.whatif;

import java.util.ArrayList;
import java.util.List;
import sspr.doctor.diagnosis.DiagnosisInput;

/**
 * A change the administrator can make to one controllable fact, with its reach: how much it grants
 * or alters beyond this reset (0 = nothing: use another portal; higher = a tenant setting, a licence,
 * a more privileged role, another user's role taken away). Proposals of the same size are ranked by
 * the sum.
 */
record Candidate(String fact, Object to, int cost) {
    @SuppressWarnings("unchecked")
    void applyTo(DiagnosisInput in) {
        switch (fact) {
            case "roles" -> in.roles = new ArrayList<>((List<String>) to);
            case "roleScope" -> in.roleScope = (String) to;
            case "roleNotActivated" -> in.roleNotActivated = (Boolean) to;
            case "targetRoles" -> in.targetRoles = new ArrayList<>((List<String>) to);
            case "licenses" -> in.licenses = new ArrayList<>((List<String>) to);
            case "writeback" -> in.writeback = (Boolean) to;
            case "portal" -> in.portal = (String) to;
            case "ssprScope" -> in.ssprScope = (String) to;
            case "inSsprGroup" -> in.inSsprGroup = (Boolean) to;
            case "registered" -> in.registered = (Boolean) to;
            case "adminSsprDisabled" -> in.adminSsprDisabled = (Boolean) to;
            case "signInBlocked" -> in.signInBlocked = (Boolean) to;
            default -> throw new IllegalStateException("not a controllable fact: " + fact);
        }
    }
}
