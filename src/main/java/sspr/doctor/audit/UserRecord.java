package sspr.doctor.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * One userRegistrationDetails record, reused from record to record so that streaming a million
 * users allocates almost nothing. Booleans are null when the export does not carry them.
 */
public final class UserRecord {
    public String id;
    public String userPrincipalName;
    public String userType;
    public Boolean isAdmin;
    public Boolean isSsprRegistered;
    public Boolean isSsprEnabled;
    public Boolean isSsprCapable;
    /** From a tenant snapshot's users (audit --exclude disabled); null when no source says. */
    public Boolean accountEnabled;
    public final List<String> methodsRegistered = new ArrayList<>();

    void clear() {
        id = null;
        userPrincipalName = null;
        userType = null;
        isAdmin = null;
        isSsprRegistered = null;
        isSsprEnabled = null;
        isSsprCapable = null;
        accountEnabled = null;
        methodsRegistered.clear();
    }

    public boolean guest() {
        return "guest".equalsIgnoreCase(userType);
    }

    public boolean admin() {
        return Boolean.TRUE.equals(isAdmin);
    }

    /** Capable as Graph defines it: registered and enabled, unless the export says so itself. */
    public boolean capable() {
        if (isSsprCapable != null) return isSsprCapable;
        return Boolean.TRUE.equals(isSsprRegistered) && Boolean.TRUE.equals(isSsprEnabled);
    }
}
