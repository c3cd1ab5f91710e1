package sspr.doctor.diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of one diagnosis, normalised (canonical role aliases, SKU part numbers). Facts that may
 * be unknown are null when not stated.
 */
public final class DiagnosisInput {
    public String scenario = "admin-reset";
    public List<String> roles;
    public String roleScope = "tenant";
    public boolean roleNotActivated;
    public List<String> targetRoles = new ArrayList<>();
    public boolean targetInRoleAssignableGroup;
    public boolean targetInRestrictedAu;
    public boolean targetMemberOfRestrictedAu;
    public List<String> licenses;
    public boolean hybrid;
    public Boolean writeback;
    public boolean federated;
    public boolean onpremProtected;
    /** connect (Microsoft Entra Connect Sync) or cloud-sync (Entra Connect cloud sync); null = unknown. */
    public String syncEngine;
    public String portal;
    public List<String> symptoms = new ArrayList<>();
    public boolean lockedOut;
    public boolean signInBlocked;
    public boolean throttled;
    public boolean adminSsprDisabled;
    public String ssprScope;
    public Boolean inSsprGroup;
    public Boolean registered;
    public boolean guest;
    public String error;
    /** At unit scope: whether the target is in one of the actor's units (a snapshot's membership lists); null = unknown. */
    public Boolean targetInActorUnit;

    public boolean selfService() {
        return "self-service".equals(scenario);
    }

    /** The portal, with the scenario's default when not given. */
    public String effectivePortal() {
        if (portal != null) return portal;
        return selfService() ? "sspr-portal" : "entra";
    }

    public DiagnosisInput copy() {
        DiagnosisInput c = new DiagnosisInput();
        c.scenario = scenario;
        c.roles = roles == null ? null : new ArrayList<>(roles);
        c.roleScope = roleScope;
        c.roleNotActivated = roleNotActivated;
        c.targetRoles = new ArrayList<>(targetRoles);
        c.targetInRoleAssignableGroup = targetInRoleAssignableGroup;
        c.targetInRestrictedAu = targetInRestrictedAu;
        c.targetMemberOfRestrictedAu = targetMemberOfRestrictedAu;
        c.licenses = licenses == null ? null : new ArrayList<>(licenses);
        c.hybrid = hybrid;
        c.writeback = writeback;
        c.federated = federated;
        c.onpremProtected = onpremProtected;
        c.syncEngine = syncEngine;
        c.portal = portal;
        c.symptoms = new ArrayList<>(symptoms);
        c.lockedOut = lockedOut;
        c.signInBlocked = signInBlocked;
        c.throttled = throttled;
        c.adminSsprDisabled = adminSsprDisabled;
        c.ssprScope = ssprScope;
        c.inSsprGroup = inSsprGroup;
        c.registered = registered;
        c.guest = guest;
        c.error = error;
        c.targetInActorUnit = targetInActorUnit;
        return c;
    }

    /** The {@code input} object of the JSON output: one key per fact, camelCase. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("roles", roles);
        m.put("roleScope", roleScope);
        m.put("roleNotActivated", roleNotActivated);
        m.put("targetRoles", targetRoles);
        m.put("targetInRoleAssignableGroup", targetInRoleAssignableGroup);
        m.put("targetInRestrictedAu", targetInRestrictedAu);
        m.put("targetMemberOfRestrictedAu", targetMemberOfRestrictedAu);
        m.put("licenses", licenses);
        m.put("hybrid", hybrid);
        m.put("writeback", writeback);
        m.put("federated", federated);
        m.put("onpremProtected", onpremProtected);
        m.put("syncEngine", syncEngine);
        m.put("portal", effectivePortal());
        m.put("symptoms", symptoms);
        m.put("lockedOut", lockedOut);
        m.put("signInBlocked", signInBlocked);
        m.put("throttled", throttled);
        m.put("adminSsprDisabled", adminSsprDisabled);
        m.put("ssprScope", ssprScope);
        m.put("inSsprGroup", inSsprGroup);
        m.put("registered", registered);
        m.put("guest", guest);
        m.put("error", error);
        m.put("targetInActorUnit", targetInActorUnit);
        return m;
    }
}
