package sspr.doctor.catalog;

import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Entra resource actions ({@code microsoft.directory/users/password/update}) and the wildcards that
 * include them ({@code allEntities}, {@code allProperties}, {@code allTasks}), as Microsoft's
 * permissions reference writes them. Whether a role may reset passwords is read from these, never
 * typed by hand: it holds {@link #PASSWORD_UPDATE} (or a wildcard that includes it) and does not
 * exclude it.
 */
public final class ResourceActions {
    /** "Reset passwords for all users" in the permissions reference; the matrix then limits whose. */
    public static final String PASSWORD_UPDATE = "microsoft.directory/users/password/update";

    private ResourceActions() {}

    /** Whether {@code granted} (an action or a wildcard) includes the action {@code wanted}. */
    public static boolean includes(String granted, String wanted) {
        String[] g = granted.strip().toLowerCase(Locale.ROOT).split("/");
        String[] w = wanted.strip().toLowerCase(Locale.ROOT).split("/");
        if (g.length < 2 || w.length < 2 || !g[0].equals(w[0])) return false;
        if (!g[1].equals(w[1]) && !g[1].equals("allentities")) return false;
        // entity matched: the rest is property-set/task or just task
        if (g.length == 3 && w.length == 3) return g[2].equals(w[2]) || g[2].equals("alltasks");
        if (g.length == 4 && w.length == 4) {
            boolean property = g[2].equals(w[2]) || g[2].equals("allproperties");
            boolean task = g[3].equals(w[3]) || g[3].equals("alltasks");
            return property && task;
        }
        // allProperties/allTasks also covers actions without a property set (users/disable)
        return g.length == 4 && w.length == 3 && g[2].equals("allproperties") && g[3].equals("alltasks");
    }

    /** Whether the allowed actions, minus the excluded ones, include {@code wanted}. */
    public static boolean grants(List<String> allowed, List<String> excluded, String wanted) {
        for (String x : excluded) if (includes(x, wanted)) return false;
        for (String a : allowed) if (includes(a, wanted)) return true;
        return false;
    }

    /**
     * Whether a custom role may be assigned at administrative-unit scope: "any custom role can be
     * assigned with administrative unit scope as long as the custom role's permissions include at
     * least one permission relevant to users, groups, or devices" (manage-roles-portal.md).
     */
    public static boolean relevantToAdministrativeUnits(List<String> allowed) {
        for (String a : allowed) {
            String s = a.strip().toLowerCase(Locale.ROOT);
            if (s.startsWith("microsoft.directory/users/") || s.startsWith("microsoft.directory/groups/")
                    || s.startsWith("microsoft.directory/devices/")) return true;
        }
        return false;
    }

    /**
     * Whether a role may reset passwords at all: from its permissions when the catalogue lists them,
     * else the catalogue's derived flag (a catalogue without the permissions column).
     */
    public static boolean resetsPasswords(Role r) {
        if (r.permissions().isEmpty()) return r.canResetPasswords();
        // asked for every role of every diagnosis (a batch: thousands a second); the answer is the role's
        Boolean known = RESETS.get(r);
        if (known == null) {
            known = grants(r.permissions(), List.of(), PASSWORD_UPDATE);
            synchronized (RESETS) {
                if (RESETS.size() >= 4096) RESETS.clear();
                RESETS.put(r, known);
            }
        }
        return known;
    }

    /** {@link #resetsPasswords} by role instance (catalogue roles are made once; a custom role definition is its own). */
    private static final Map<Role, Boolean> RESETS = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
}
