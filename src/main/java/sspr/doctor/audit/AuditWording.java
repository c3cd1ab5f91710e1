package sspr.doctor.audit;

/**
 * The message keys an audit words a finding code with, where the export cannot support the wording
 * {@code diagnose} uses for the same code.
 *
 * <p>{@code sspr.admin-disabled}: diagnose states it from the fact {@code --admin-sspr-disabled} (the tenant
 * set allowedToUseSSPR false). An export only says isAdmin and isSsprEnabled for the user, and Graph's
 * isAdmin is true for reader roles too (Global Reader, Security Reader, Reports Reader…), which the
 * administrator SSPR policy does not cover (concept-sspr-policy.md, commit 06324054, ms.date 05/15/2025:
 * the two-gate policy's role list). So audit names the tenant-wide policy as a possible cause only, and not
 * at all when another administrator in the export has isSsprEnabled true: the policy is then evidently on.
 * The finding code stays the same (contract); only its texts differ.
 */
public final class AuditWording {
    static final String ADMIN_DISABLED = "sspr.admin-disabled";

    private AuditWording() {}

    /** The key prefix of {@code code}'s title (the same in either case). */
    public static String title(String code) {
        return ADMIN_DISABLED.equals(code) ? ADMIN_DISABLED + ".audit" : code;
    }

    /**
     * The key prefix of {@code code}'s detail and fixes.
     *
     * @param adminPolicyOn whether an administrator in the export has isSsprEnabled true
     */
    public static String texts(String code, boolean adminPolicyOn) {
        if (!ADMIN_DISABLED.equals(code)) return code;
        return ADMIN_DISABLED + (adminPolicyOn ? ".audit-policy-on" : ".audit");
    }
}
