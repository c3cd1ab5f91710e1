package sspr.doctor.whatif;

import java.util.ArrayList;
import java.util.List;
import sspr.doctor.catalog.RoleCatalog;
import sspr.doctor.diagnosis.DiagnosisInput;
import sspr.doctor.text.ShellQuoting;

/**
 * The {@code sspr-doctor diagnose} command line that states exactly these facts: every fact is
 * written out, so the command gives the same result without the profile or tenant snapshot the
 * facts came from. Facts at their default are left out.
 */
public final class EquivalentCommand {
    private EquivalentCommand() {}

    /** The words after {@code sspr-doctor diagnose}; {@code leading} (e.g. {@code --rules FILE}) first. */
    public static List<String> arguments(DiagnosisInput in, List<String> leading) {
        List<String> a = new ArrayList<>(leading);
        if (in.selfService()) add(a, "--scenario", in.scenario);
        if (in.roles != null) add(a, "--role", in.roles.isEmpty() ? RoleCatalog.NONE : String.join(",", in.roles));
        if (!"tenant".equals(in.roleScope)) add(a, "--role-scope", in.roleScope);
        flag(a, in.roleNotActivated, "--role-not-activated");
        if (!in.targetRoles.isEmpty()) add(a, "--target-role", String.join(",", in.targetRoles));
        flag(a, in.targetInRoleAssignableGroup, "--target-in-role-assignable-group");
        flag(a, in.targetInRestrictedAu, "--target-in-restricted-au");
        flag(a, in.targetMemberOfRestrictedAu, "--target-member-of-restricted-au");
        // one option per licence: --license is split on commas only when the whole value does not resolve.
        // "no licences" (an empty list from a snapshot) cannot be typed; it decides nothing a proposal leaves in place
        if (in.licenses != null) for (String part : in.licenses) add(a, "--license", part);
        if (in.federated) a.add("--federated");
        else flag(a, in.hybrid, "--hybrid");
        if (in.writeback != null) a.add(in.writeback ? "--writeback" : "--no-writeback");
        flag(a, in.onpremProtected, "--onprem-protected");
        if (in.syncEngine != null) add(a, "--sync-engine", in.syncEngine);
        if (in.portal != null) add(a, "--portal", in.portal);
        if (!in.symptoms.isEmpty()) add(a, "--symptom", String.join(",", in.symptoms));
        flag(a, in.lockedOut, "--locked-out");
        flag(a, in.signInBlocked, "--sign-in-blocked");
        flag(a, in.throttled, "--throttled");
        flag(a, in.adminSsprDisabled, "--admin-sspr-disabled");
        if (in.ssprScope != null) add(a, "--sspr-scope", in.ssprScope);
        if (in.inSsprGroup != null) a.add(in.inSsprGroup ? "--in-sspr-group" : "--not-in-sspr-group");
        if (in.registered != null) a.add(in.registered ? "--registered" : "--not-registered");
        flag(a, in.guest, "--guest");
        if (in.error != null) add(a, "--error", in.error);
        if (in.targetInActorUnit != null) a.add(in.targetInActorUnit ? "--target-in-actor-unit" : "--target-outside-actor-unit");
        return a;
    }

    /** The whole command line, quoted for a POSIX shell. */
    public static String of(DiagnosisInput in, List<String> leading) {
        StringBuilder out = new StringBuilder("sspr-doctor diagnose");
        for (String word : arguments(in, leading)) out.append(' ').append(ShellQuoting.asNeeded(word));
        return out.toString();
    }

    private static void add(List<String> a, String option, String value) {
        a.add(option);
        a.add(value);
    }

    private static void flag(List<String> a, boolean value, String option) {
        if (value) a.add(option);
    }
}
