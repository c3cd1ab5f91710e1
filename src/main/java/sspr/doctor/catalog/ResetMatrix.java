package sspr.doctor.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sspr.doctor.io.CsvReader;

/**
 * Microsoft's "who can reset passwords" table: for each kind of target (a role, or one of the
 * special rows none / role-assignable-group / restricted-management-au / other), which of the six
 * resetting roles may reset it.
 */
public final class ResetMatrix {
    public static final String NO_ROLE = "none";
    public static final String ROLE_ASSIGNABLE_GROUP = "role-assignable-group";
    public static final String RESTRICTED_AU = "restricted-management-au";
    public static final String OTHER = "other";

    private final List<String> resetters;
    private final Map<String, Set<String>> allowed = new LinkedHashMap<>();

    private ResetMatrix(List<String> resetters) {
        this.resetters = resetters;
    }

    public static ResetMatrix parse(String csv) {
        return fromRows(CsvReader.readAll(csv));
    }

    /** The matrix from reset-permissions.csv's records, header first (parsed, or as the build compiled them). */
    public static ResetMatrix fromRows(List<List<String>> rows) {
        List<String> header = rows.get(0);
        int first = header.indexOf("targetRoleTemplateId") + 1;
        int last = header.indexOf("note");
        ResetMatrix m = new ResetMatrix(List.copyOf(header.subList(first, last)));
        for (List<String> row : rows.subList(1, rows.size())) {
            Set<String> yes = new java.util.LinkedHashSet<>();
            for (int i = first; i < last; i++) if (row.get(i).equals("yes")) yes.add(header.get(i));
            m.allowed.put(row.get(0), yes);
        }
        return m;
    }

    /** The six roles the table has columns for. */
    public List<String> resetters() { return resetters; }

    /** Target kinds (rows) of the table. */
    public Set<String> targetKinds() { return allowed.keySet(); }

    /** The row a target role falls into: its own row if listed, else "other". */
    public String rowFor(String roleAlias) {
        return allowed.containsKey(roleAlias) ? roleAlias : OTHER;
    }

    public boolean allows(String resetterAlias, String targetKind) {
        Set<String> yes = allowed.get(targetKind);
        return yes != null && yes.contains(resetterAlias);
    }

    /** Rows that apply to a target: one per role it holds, plus group / AU conditions; "none" if nothing. */
    public List<String> targetRows(List<String> targetRoles, boolean inRoleAssignableGroup, boolean holdsRestrictedAuRole) {
        List<String> rows = new ArrayList<>();
        for (String r : targetRoles) {
            String row = rowFor(r);
            if (!rows.contains(row)) rows.add(row);
        }
        if (inRoleAssignableGroup) rows.add(ROLE_ASSIGNABLE_GROUP);
        if (holdsRestrictedAuRole) rows.add(RESTRICTED_AU);
        if (rows.isEmpty()) rows.add(NO_ROLE);
        return rows;
    }

    /** Rows the actor's roles cannot cover: each row needs one actor role with "yes". */
    public List<String> uncovered(List<String> actorRoles, List<String> targetRows) {
        List<String> out = new ArrayList<>();
        for (String row : targetRows) {
            boolean covered = false;
            for (String a : actorRoles) if (allows(a, row)) covered = true;
            if (!covered) out.add(row);
        }
        return out;
    }

    /** The resetting roles that alone could reset a target with these rows. */
    public List<String> resettersFor(List<String> targetRows) {
        List<String> out = new ArrayList<>();
        for (String r : resetters) {
            boolean all = true;
            for (String row : targetRows) if (!allows(r, row)) all = false;
            if (all) out.add(r);
        }
        return out;
    }
}
