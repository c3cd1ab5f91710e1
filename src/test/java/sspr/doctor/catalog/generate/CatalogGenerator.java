package sspr.doctor.catalog.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sspr.doctor.io.CsvReader;

/**
 * Writes content/catalog/roles.csv, reset-permissions.csv, skus.csv and provenance.csv from
 * Microsoft's own source pages, so that refreshing the tool's knowledge is: drop newer copies of
 * the pages into the reference folder, run this, review the diff.
 *
 * <p>Inputs (nothing else is read, and nothing is typed by hand except the project's own words in
 * {@code src/test/resources/catalog/roles-overlay.csv}: the kebab-case aliases scripts already use,
 * names from older documentation, and notes):
 * <ul>
 *   <li>{@code entra-docs/SOURCES.md}: repository commit and ms.date of every page;</li>
 *   <li>{@code permissions-reference.md} ("All roles": name, template ID, privileged label) and its
 *       {@code includes/<role>.md} (the actions each role holds; template IDs of the roles not shown
 *       in the portal; roles documented only by an include);</li>
 *   <li>{@code privileged-roles-permissions.md} "Who can reset passwords" (the matrix);</li>
 *   <li>{@code manage-roles-portal.md} and {@code admin-units-assign-roles.md} "Roles that can be
 *       assigned with administrative unit scope";</li>
 *   <li>{@code concept-sspr-policy.md}: the roles the administrator (two-gate) policy applies to;</li>
 *   <li>{@code microsoft-licensing-service-plans.csv}: every SKU and its service plans.</li>
 * </ul>
 * Whether a role may reset passwords is derived from the actions it holds: any action that grants
 * {@code microsoft.directory/users/password/update} (the action itself, or a wildcard that includes
 * it such as {@code users/allProperties/allTasks}).
 *
 * <p>Run: {@code mvn -q test -Dtest=CatalogRegenerationTest -Dcatalog.update=true} (add
 * {@code -Dcatalog.checked=YYYY-MM-DD} when the pages were checked on another day), or this class's
 * {@code main} with the reference folder, the overlay folder, the output folder and the checked date.
 * Any source fact the generator cannot place (a name that matches no role, a role row of the
 * matrix that matches no role) fails it, unless the overlay or this class says why it is expected.
 */
public final class CatalogGenerator {
    static final String ENTRA = "MicrosoftDocs/entra-docs/";
    static final String RBAC = "docs/identity/role-based-access-control/";
    static final String PERMISSIONS_REFERENCE = RBAC + "permissions-reference.md";
    static final String PRIVILEGED_ROLES = RBAC + "privileged-roles-permissions.md";
    static final String MANAGE_ROLES = RBAC + "manage-roles-portal.md";
    static final String AU_ASSIGN = RBAC + "admin-units-assign-roles.md";
    static final String SSPR_POLICY = "docs/identity/authentication/concept-sspr-policy.md";
    static final String SERVICE_PLANS = "microsoft-licensing-service-plans.csv";
    /** The page the service-plan file is linked from, and the "last updated" it states (reference SOURCES.md). */
    static final String SERVICE_PLANS_PAGE = "docs/identity/users/licensing-service-plan-reference.md (download: " + SERVICE_PLANS + ")";
    static final String SERVICE_PLANS_DATE = "2025-10-29";

    static final String PASSWORD_UPDATE = "microsoft.directory/users/password/update";

    /**
     * Names on the SSPR administrator-policy list that are no role of permissions-reference (neither
     * in "All roles" nor in "Deprecated roles"). Any other unmatched name fails the generator.
     */
    static final Map<String, String> SSPR_LIST_NOT_A_ROLE = Map.of(
            "Application Proxy Service Administrator", "not a role of permissions-reference");

    private final Path reference;
    private final Path overlayDir;
    private final String checked;
    private final Map<String, String[]> sources = new HashMap<>();
    private final List<String[]> provenance = new ArrayList<>();

    public CatalogGenerator(Path reference, Path overlayDir, String checked) {
        this.reference = reference;
        this.overlayDir = overlayDir;
        this.checked = checked;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) throw new IllegalArgumentException("usage: CatalogGenerator REFERENCE_DIR OVERLAY_DIR OUT_DIR CHECKED_DATE");
        Map<String, String> files = new CatalogGenerator(Path.of(args[0]), Path.of(args[1]), args[3]).generate();
        for (Map.Entry<String, String> e : files.entrySet()) {
            Files.writeString(Path.of(args[2]).resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** File path (relative to content/) → its whole text. */
    public Map<String, String> generate() {
        readSources();
        Map<String, String> out = new LinkedHashMap<>();
        List<RoleRow> roles = roles();
        out.put("catalog/roles.csv", rolesCsv(roles));
        out.put("catalog/reset-permissions.csv", matrixCsv);
        out.put("catalog/skus.csv", skus());
        out.put("catalog/provenance.csv", provenanceCsv());
        out.put("messages/roles.en.properties", englishNames(roles));
        return out;
    }

    /**
     * The English role names, keyed by alias: the source bundle the id-ID, zh-CN and zh-TW role names
     * translate (MessageBundlesTest then fails until a new role is translated).
     */
    private static String englishNames(List<RoleRow> roles) {
        StringBuilder out = new StringBuilder();
        out.append("# Entra role names in English, keyed by alias: written by CatalogGenerator from permissions-reference.md.\n");
        out.append("# Translations: roles.<lang>.properties (same keys).\n");
        for (RoleRow r : roles) out.append(r.alias).append('=').append(r.displayName).append('\n');
        return out.toString();
    }

    // ---------------------------------------------------------------- sources

    /** SOURCES.md rows: | # | repo | path | commit | ms.date | ... */
    private void readSources() {
        Pattern row = Pattern.compile("^\\| \\d+ \\| ([^|]+) \\| ([^|]+) \\| ([0-9a-f]{40}) \\| ([^|]+) \\|");
        for (String line : read("entra-docs/SOURCES.md").split("\n")) {
            Matcher m = row.matcher(line);
            if (m.find()) sources.put(m.group(1).strip() + "/" + m.group(2).strip(), new String[] {m.group(3), isoDate(m.group(4).strip())});
        }
    }

    private static String isoDate(String usDate) {
        Matcher m = Pattern.compile("(\\d\\d)/(\\d\\d)/(\\d{4})").matcher(usDate);
        return m.matches() ? m.group(3) + "-" + m.group(1) + "-" + m.group(2) : "";
    }

    /** commit and ISO date of an entra-docs page, from SOURCES.md; fails when it is not listed. */
    private String[] source(String page) {
        String[] s = sources.get(ENTRA + page);
        if (s == null) throw new IllegalStateException("SOURCES.md does not list " + page);
        return s;
    }

    private String entra(String page) {
        source(page);
        return read("entra-docs/" + ENTRA + page);
    }

    private String read(String relative) {
        try {
            String text = Files.readString(reference.resolve(relative), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return text.replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cite(String catalogue, String column, String page, String note) {
        String[] s = page.startsWith("docs/") && sources.containsKey(ENTRA + page) ? source(page) : new String[] {"", ""};
        provenance.add(new String[] {catalogue, column, page, s[0], s[1], checked, note});
    }

    // ---------------------------------------------------------------- roles

    /** One built-in role and everything the pages say about it. */
    static final class RoleRow {
        String alias;
        String displayName;
        String templateId;
        boolean privileged;
        List<String> permissions = List.of();
        boolean inMatrix;
        boolean ssprAdminPolicy;
        boolean auScopable;
        String legacyNames = "";
        String note = "";
        String page;
        String commit;
        String date;

        boolean canReset() { return !permissions.isEmpty(); }
    }

    private String matrixCsv;

    private List<RoleRow> roles() {
        String reference = entra(PERMISSIONS_REFERENCE);
        Map<String, RoleRow> bySlug = new LinkedHashMap<>();
        // "All roles": | [Name](#slug) | description (privileged label) | template ID |
        Pattern all = Pattern.compile("^> \\| \\[([^\\]]+)\\]\\(#([a-z0-9-]+)\\) \\| (.*) \\| ([0-9a-f-]{36}) \\|$");
        for (String line : reference.split("\n")) {
            Matcher m = all.matcher(line);
            if (!m.matches()) continue;
            RoleRow r = new RoleRow();
            r.displayName = m.group(1).strip();
            r.templateId = m.group(4);
            r.privileged = m.group(3).contains("privileged-label.png");
            bySlug.put(m.group(2), r);
        }
        if (bySlug.size() < 100) throw new IllegalStateException("permissions-reference.md: only " + bySlug.size() + " roles read from \"All roles\"");
        cite("roles.csv", "displayName roleTemplateId isPrivileged", PERMISSIONS_REFERENCE,
                bySlug.size() + " roles of the \"All roles\" table (privileged = the privileged label)");

        // includes: every role section, plus roles shown only below the table, plus includes no section uses
        Pattern include = Pattern.compile("\\[!INCLUDE \\[[^\\]]*\\]\\(includes/([a-z0-9-]+)\\.md\\)\\]");
        Set<String> included = new LinkedHashSet<>();
        Matcher im = include.matcher(reference);
        while (im.find()) included.add(im.group(1));
        List<String> notShown = new ArrayList<>();
        for (String slug : included) {
            if (bySlug.containsKey(slug)) continue;
            RoleRow r = fromInclude(slug);
            r.note = "not shown in the portal: " + notShownReason(reference, r.displayName);
            bySlug.put(slug, r);
            notShown.add(r.displayName);
        }
        List<String> onlyInclude = new ArrayList<>();
        for (String slug : includeFiles()) {
            if (included.contains(slug) || !isRoleInclude(slug)) continue;
            RoleRow r = fromInclude(slug);
            r.note = "not yet in permissions-reference.md; name and actions from its include"
                    + (r.templateId.isEmpty() ? ", which gives no template ID" : "");
            bySlug.put(slug, r);
            onlyInclude.add(r.displayName);
        }
        // "Deprecated roles": names only (no template ID, no actions); kept so that they are known as input
        List<String> deprecated = new ArrayList<>();
        String deprecatedSection = reference.split("## Deprecated roles", 2)[1].split("\n## ", 2)[0];
        Matcher dm = Pattern.compile("(?m)^[*-] (.+)$").matcher(deprecatedSection);
        while (dm.find()) {
            RoleRow r = new RoleRow();
            r.displayName = dm.group(1).strip();
            r.templateId = "";
            // not "deprecated…": Role.deprecated() means the partner roles that still reset (role.deprecated finding)
            r.note = "retired: permissions-reference lists it under \"Deprecated roles\", without template ID or permissions";
            r.page = PERMISSIONS_REFERENCE;
            bySlug.put("deprecated:" + alias(r.displayName), r);
            deprecated.add(r.displayName);
        }
        if (!deprecated.isEmpty()) cite("roles.csv", "displayName note", PERMISSIONS_REFERENCE,
                "\"Deprecated roles\" (names only, no template ID): " + String.join("; ", deprecated));
        if (!notShown.isEmpty()) cite("roles.csv", "roleTemplateId", PERMISSIONS_REFERENCE,
                "roles not shown in the portal, template ID from their include: " + String.join("; ", notShown));
        if (!onlyInclude.isEmpty()) cite("roles.csv", "displayName isPrivileged permissions", RBAC + "includes/",
                "roles documented only by an include that permissions-reference.md does not reference: " + String.join("; ", onlyInclude));

        List<String> stubs = new ArrayList<>();
        for (Map.Entry<String, RoleRow> e : bySlug.entrySet()) {
            if (e.getKey().startsWith("deprecated:")) {
                e.getValue().commit = source(PERMISSIONS_REFERENCE)[0];
                e.getValue().date = source(PERMISSIONS_REFERENCE)[1];
                continue;
            }
            String page = RBAC + "includes/" + e.getKey() + ".md";
            String text = entra(page);
            RoleRow r = e.getValue();
            r.page = page;
            r.commit = source(page)[0];
            r.date = source(page)[1];
            List<String> actions = actions(text);
            if (actions.isEmpty()) stubs.add(r.displayName);
            List<String> password = new ArrayList<>();
            for (String a : actions) if (grants(a, PASSWORD_UPDATE)) password.add(a);
            r.permissions = password;
        }
        cite("roles.csv", "permissions canResetPasswords", RBAC + "includes/<role>.md",
                "actions granting " + PASSWORD_UPDATE + " (itself or a wildcard: allEntities/allProperties/allTasks); per row: sourcePage"
                        + (stubs.isEmpty() ? "" : "; includes with no actions table (permissions unknown, taken as none): " + String.join("; ", stubs)));

        applyOverlay(bySlug);
        matrix(bySlug);
        auScope(bySlug);
        ssprPolicy(bySlug);

        // order: the overlay's order (the catalogue as scripts knew it), then new roles in the page's order
        List<RoleRow> out = new ArrayList<>(bySlug.values());
        out.sort(Comparator.comparingInt(r -> overlayOrder.getOrDefault(r.alias, Integer.MAX_VALUE)));
        checkUnique(out);
        return out;
    }

    private RoleRow fromInclude(String slug) {
        String text = entra(RBAC + "includes/" + slug + ".md");
        RoleRow r = new RoleRow();
        Matcher title = Pattern.compile("(?m)^title: (.+)$").matcher(text);
        if (!title.find()) throw new IllegalStateException("includes/" + slug + ".md has no title");
        r.displayName = title.group(1).strip();
        Matcher id = Pattern.compile("(?m)^Template ID: ([0-9a-f-]{36})\\s*$").matcher(text);
        r.templateId = id.find() ? id.group(1) : "";
        String head = text.split("<!-- autogenerated content starts here -->", 2)[0];
        r.privileged = head.contains("privileged-label.png") || head.contains("This is a [privileged role]");
        return r;
    }

    private static String notShownReason(String reference, String name) {
        for (String line : reference.split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length >= 3 && cells[1].strip().equals(name)) return cells[2].strip();
        }
        return "listed under \"Roles not shown in the portal\"";
    }

    private List<String> includeFiles() {
        try (var s = Files.list(reference.resolve("entra-docs/" + ENTRA + RBAC + "includes"))) {
            List<String> out = new ArrayList<>();
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted()
                    .forEach(n -> out.add(n.substring(0, n.length() - 3)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An include describes a role when it has an actions table (others are shared fragments). */
    private boolean isRoleInclude(String slug) {
        return Pattern.compile("(?m)^> \\| Actions").matcher(entra(RBAC + "includes/" + slug + ".md")).find();
    }

    /** The resource actions of a role include's autogenerated table. */
    static List<String> actions(String include) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^> \\| (microsoft\\.[A-Za-z0-9./_-]+) \\|").matcher(include);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /**
     * Whether {@code action} includes {@code target}: same namespace, and each later segment equal or
     * the wildcard for its place (allEntities for the entity, allProperties for the property set,
     * allTasks for the task; a three-segment action has no property set).
     */
    static boolean grants(String action, String target) {
        String[] a = action.split("/");
        String[] t = target.split("/");
        if (!a[0].equals(t[0]) || a.length < 3) return false;
        if (!(a[1].equals(t[1]) || a[1].equals("allEntities"))) return false;
        String task = a[a.length - 1];
        if (!(task.equals(t[t.length - 1]) || task.equals("allTasks"))) return false;
        if (a.length == 3) return task.equals("allTasks");
        if (a.length != t.length) return false;
        for (int i = 2; i < a.length - 1; i++) if (!(a[i].equals(t[i]) || a[i].equals("allProperties"))) return false;
        return true;
    }

    private final Map<String, Integer> overlayOrder = new HashMap<>();

    /** The project's own words: aliases scripts use, names from older documentation, notes. */
    private void applyOverlay(Map<String, RoleRow> bySlug) {
        List<List<String>> rows = CsvReader.readAll(readOverlay("roles-overlay.csv"));
        List<String> h = rows.get(0);
        Map<String, List<String>> byKey = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            String id = row.get(h.indexOf("templateId"));
            byKey.put(id.isEmpty() ? "name:" + row.get(h.indexOf("displayName")) : id, row);
            overlayOrder.put(row.get(h.indexOf("alias")), overlayOrder.size());
        }
        Set<String> used = new LinkedHashSet<>();
        for (RoleRow r : bySlug.values()) {
            String key = r.templateId.isEmpty() ? "name:" + r.displayName : r.templateId;
            List<String> o = byKey.get(key);
            if (o == null) {
                r.alias = alias(r.displayName);
                continue;
            }
            used.add(key);
            r.alias = o.get(h.indexOf("alias"));
            r.legacyNames = o.get(h.indexOf("legacyNames"));
            if (!o.get(h.indexOf("note")).isEmpty()) r.note = o.get(h.indexOf("note"));
        }
        for (String key : byKey.keySet()) {
            if (!used.contains(key)) throw new IllegalStateException("roles-overlay.csv: " + key + " is no role of the pages any more; keep its alias as a legacy name of its successor or drop it on purpose");
        }
    }

    private String readOverlay(String name) {
        try {
            return Files.readString(overlayDir.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The alias style of the catalogue: kebab-case, "Administrator" shortened to "admin". */
    static String alias(String displayName) {
        String s = displayName.toLowerCase(Locale.ROOT).replaceAll("\\badministrator\\b", "admin");
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Case-, space- and punctuation-insensitive key, as the catalogue compares names. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static RoleRow byName(Map<String, RoleRow> bySlug, String name) {
        String k = key(name);
        for (RoleRow r : bySlug.values()) if (key(r.displayName).equals(k)) return r;
        for (RoleRow r : bySlug.values()) {
            for (String legacy : r.legacyNames.isEmpty() ? new String[0] : r.legacyNames.split("\\|")) {
                if (key(legacy.replaceAll("\\([^)]*\\)", "")).equals(k)) return r;
            }
        }
        return null;
    }

    private static void checkUnique(List<RoleRow> roles) {
        Map<String, String> seen = new HashMap<>();
        for (RoleRow r : roles) {
            for (String k : List.of("alias:" + r.alias, "name:" + key(r.displayName), "id:" + r.templateId)) {
                if (k.equals("id:")) continue;
                String before = seen.put(k, r.displayName);
                if (before != null) throw new IllegalStateException("two roles share " + k + ": " + before + ", " + r.displayName);
            }
        }
    }

    // ---------------------------------------------------------------- the matrix

    /** "Who can reset passwords": rows are targets, columns the six resetting roles. */
    private void matrix(Map<String, RoleRow> bySlug) {
        String page = entra(PRIVILEGED_ROLES);
        String section = page.split("## Who can reset passwords", 2)[1].split("\n## ", 2)[0];
        List<String[]> table = new ArrayList<>();
        for (String line : section.split("\n")) {
            if (!line.startsWith("|") || line.startsWith("| ---") || line.startsWith("| ------")) continue;
            String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|", -1);
            for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
            table.add(cells);
        }
        String[] header = table.get(0);
        List<String> resetters = new ArrayList<>();
        for (int i = 1; i < header.length; i++) resetters.add(requireRole(bySlug, expand(header[i]), "matrix column").alias);
        Map<String, String[]> rows = new LinkedHashMap<>();
        Map<String, String> notes = new HashMap<>();
        List<String> roleRows = new ArrayList<>();
        String[] special = new String[4];
        for (String[] cells : table.subList(1, table.size())) {
            String name = cells[0];
            String target;
            String kind;
            if (name.startsWith("User<br/>(no admin role, but member or owner")) { target = "role-assignable-group"; special[1] = target; }
            else if (name.startsWith("User<br/>(no admin role)")) { target = "none"; special[0] = target; }
            else if (name.startsWith("User with a role scoped to a [restricted management")) { target = "restricted-management-au"; special[2] = target; }
            else if (name.startsWith("All other built-in and custom roles")) { target = "other"; special[3] = target; }
            else {
                RoleRow r = requireRole(bySlug, expand(name), "matrix row");
                r.inMatrix = true;
                target = r.alias;
                roleRows.add(target);
            }
            String[] yes = new String[resetters.size()];
            for (int i = 0; i < yes.length; i++) {
                String cell = i + 1 < cells.length ? cells[i + 1] : "";
                yes[i] = cell.contains(":white_check_mark:") ? "yes" : "no";
                if (cell.contains("\\*")) notes.put(target, "the docs mark the " + name + "->" + header[i + 1]
                        + " cell with an asterisk but this version carries no footnote text");
            }
            rows.put(target, yes);
        }
        for (String s : special) if (s == null) throw new IllegalStateException("privileged-roles-permissions.md: a special row of the matrix was not found");
        Map<String, String> specialNotes = Map.of(
                "none", "plain user with no admin role",
                "role-assignable-group", "no admin role but member or owner of a role-assignable group",
                "restricted-management-au", "holds a role scoped to a restricted management administrative unit",
                "other", "every built-in role not listed above and every custom role");
        String[] s = source(PRIVILEGED_ROLES);
        StringBuilder csv = new StringBuilder();
        List<String> head = new ArrayList<>(List.of("target", "targetKind", "targetRoleTemplateId"));
        head.addAll(resetters);
        head.addAll(List.of("note", "sourcePage", "sourceCommit", "sourceDate", "checked"));
        csv.append(csvLine(head));
        List<String> order = new ArrayList<>();
        order.add("none");
        order.addAll(roleRows);
        order.addAll(List.of("role-assignable-group", "restricted-management-au", "other"));
        Map<String, String> kinds = Map.of("none", "no-admin-role", "role-assignable-group", "group-membership",
                "restricted-management-au", "admin-unit", "other", "fallback");
        for (String target : order) {
            List<String> line = new ArrayList<>();
            line.add(target);
            line.add(kinds.getOrDefault(target, "role"));
            RoleRow r = null;
            for (RoleRow x : bySlug.values()) if (x.alias.equals(target)) r = x;
            line.add(r == null ? "" : r.templateId);
            line.addAll(List.of(rows.get(target)));
            line.add(notes.getOrDefault(target, specialNotes.getOrDefault(target, "")));
            line.addAll(List.of(PRIVILEGED_ROLES, s[0], s[1], checked));
            csv.append(csvLine(line));
        }
        matrixCsv = csv.toString();
        cite("reset-permissions.csv", "*", PRIVILEGED_ROLES, "section \"Who can reset passwords\" (tenant-scoped roles)");
        cite("roles.csv", "inResetMatrix", PRIVILEGED_ROLES, "the role has its own row in \"Who can reset passwords\"");
    }

    /** The matrix abbreviates names: "Auth Admin", "Privileged Auth Admin". */
    static String expand(String abbreviated) {
        return abbreviated.replaceAll("\\bAuth\\b", "Authentication").replaceAll("\\bAdmin\\b", "Administrator");
    }

    private static RoleRow requireRole(Map<String, RoleRow> bySlug, String name, String where) {
        RoleRow r = byName(bySlug, name);
        if (r == null) throw new IllegalStateException(where + " '" + name + "' matches no role of permissions-reference.md");
        return r;
    }

    // ---------------------------------------------------------------- administrative-unit scope

    /** Both pages list the roles assignable at unit scope; a role on either list is auScopable. */
    private void auScope(Map<String, RoleRow> bySlug) {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (String page : List.of(MANAGE_ROLES, AU_ASSIGN)) {
            String text = entra(page);
            String section = text.split("#+ Roles that can be assigned with administrative unit scope", 2)[1].split("\n#", 2)[0];
            Set<String> slugs = new LinkedHashSet<>();
            Matcher m = Pattern.compile("(?m)^\\| \\[[^\\]]+\\]\\(permissions-reference\\.md#([a-z0-9-]+)\\)").matcher(section);
            while (m.find()) {
                if (!bySlug.containsKey(m.group(1))) throw new IllegalStateException(page + ": unit-scope role #" + m.group(1) + " matches no role");
                slugs.add(m.group(1));
            }
            if (slugs.isEmpty()) throw new IllegalStateException(page + ": no unit-scope roles read");
            lists.put(page, slugs);
        }
        for (Map.Entry<String, Set<String>> e : lists.entrySet()) {
            for (String slug : e.getValue()) bySlug.get(slug).auScopable = true;
        }
        Set<String> a = lists.get(MANAGE_ROLES);
        Set<String> b = lists.get(AU_ASSIGN);
        cite("roles.csv", "auScopable", MANAGE_ROLES, a.size() + " roles in \"Roles that can be assigned with administrative unit scope\"" + difference(bySlug, a, b, AU_ASSIGN));
        cite("roles.csv", "auScopable", AU_ASSIGN, b.size() + " roles in the same list" + difference(bySlug, b, a, MANAGE_ROLES));
    }

    private static String difference(Map<String, RoleRow> bySlug, Set<String> here, Set<String> there, String otherPage) {
        List<String> only = new ArrayList<>();
        for (String slug : here) if (!there.contains(slug)) only.add(bySlug.get(slug).displayName);
        return only.isEmpty() ? "" : "; not in " + otherPage.substring(otherPage.lastIndexOf('/') + 1) + ": " + String.join("; ", only) + " (a role on either list counts)";
    }

    // ---------------------------------------------------------------- SSPR administrator policy

    private void ssprPolicy(Map<String, RoleRow> bySlug) {
        String text = entra(SSPR_POLICY);
        String section = text.split("The following administrator roles are affected:", 2)[1].split("\n\\* ", 2)[0];
        List<String> names = new ArrayList<>();
        for (String line : section.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("|") || l.startsWith("|---") || l.replaceAll("[|\\s]", "").isEmpty()) continue;
            for (String cell : l.substring(1, l.lastIndexOf('|')).split("\\|")) if (!cell.isBlank()) names.add(cell.strip());
        }
        List<String> notRoles = new ArrayList<>();
        List<String> viaOldName = new ArrayList<>();
        for (String name : names) {
            RoleRow r = byName(bySlug, name);
            if (r == null) {
                if (!SSPR_LIST_NOT_A_ROLE.containsKey(name)) throw new IllegalStateException(SSPR_POLICY + ": '" + name + "' matches no role");
                notRoles.add(name + " (" + SSPR_LIST_NOT_A_ROLE.get(name) + ")");
                continue;
            }
            if (!key(r.displayName).equals(key(name))) viaOldName.add(name + " = " + r.displayName);
            r.ssprAdminPolicy = true;
        }
        cite("roles.csv", "inSsprAdminPolicyList", SSPR_POLICY, names.size() + " names in \"Administrator reset policy differences\""
                + (viaOldName.isEmpty() ? "" : "; by an older name: " + String.join("; ", viaOldName))
                + (notRoles.isEmpty() ? "" : "; no role: " + String.join("; ", notRoles)));
    }

    private String rolesCsv(List<RoleRow> roles) {
        StringBuilder out = new StringBuilder();
        out.append(csvLine(List.of("alias", "displayName", "roleTemplateId", "isPrivileged", "canResetPasswords", "inResetMatrix",
                "inSsprAdminPolicyList", "aliases", "note", "permissions", "auScopable", "sourcePage", "sourceCommit", "sourceDate", "checked")));
        for (RoleRow r : roles) {
            out.append(csvLine(List.of(r.alias, r.displayName, r.templateId, bool(r.privileged), bool(r.canReset()), bool(r.inMatrix),
                    bool(r.ssprAdminPolicy), r.legacyNames, r.note, String.join("|", r.permissions), bool(r.auScopable),
                    r.page, r.commit, r.date, checked)));
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- SKUs

    static final String P1 = "41781fb2-bc02-4b7c-bd55-b576c07bb09d";  // service plan AAD_PREMIUM
    static final String P2 = "eec0eb4f-6444-4f95-aba0-50c24d67f998";  // service plan AAD_PREMIUM_P2
    static final Map<String, String> SKU_ALIASES = Map.ofEntries(
            Map.entry("AAD_PREMIUM", "entra-id-p1"), Map.entry("AAD_PREMIUM_P2", "entra-id-p2"), Map.entry("AAD_BASIC", "entra-id-basic"),
            Map.entry("SPB", "m365-business-premium"), Map.entry("O365_BUSINESS_PREMIUM", "m365-business-standard"),
            Map.entry("O365_BUSINESS_ESSENTIALS", "m365-business-basic"), Map.entry("O365_BUSINESS", "m365-apps-for-business"),
            Map.entry("SPE_E3", "m365-e3"), Map.entry("SPE_E5", "m365-e5"), Map.entry("SPE_F1", "m365-f3"), Map.entry("M365_F1", "m365-f1"),
            Map.entry("STANDARDPACK", "o365-e1"), Map.entry("ENTERPRISEPACK", "o365-e3"), Map.entry("ENTERPRISEPREMIUM", "o365-e5"),
            Map.entry("DESKLESSPACK", "o365-f3"), Map.entry("EMS", "ems-e3"), Map.entry("EMSPREMIUM", "ems-e5"));
    /** Words (between underscores, spaces and punctuation) that mark a US government cloud SKU. */
    static final Pattern GOVERNMENT = Pattern.compile("(?i)(?<![a-z0-9])(gcc|gcchigh|gov|usgov|dod|government)(?![a-z0-9])");

    /**
     * One row per SKU (part number, GUID) of Microsoft's SKU x service-plan file. Flags as
     * shared/reference/tools/derive-skus.py and licensing.md define them, except isGovernment, which
     * matches whole words only (the script's substring match took "Governance" for "gov").
     */
    private String skus() {
        List<List<String>> rows = CsvReader.readAll(read(SERVICE_PLANS));
        List<String> h = rows.get(0);
        int name = h.indexOf("Product_Display_Name"), part = h.indexOf("String_Id"), guid = h.indexOf("GUID"), plan = h.indexOf("Service_Plan_Id");
        Map<String, String[]> keyToPartGuid = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Set<String>> plans = new HashMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() <= plan) continue;
            String p = pyStrip(r.get(part));
            String g = pyStrip(r.get(guid)).toLowerCase(Locale.ROOT);
            String k = p + "\u0000" + g;
            keyToPartGuid.putIfAbsent(k, new String[] {p, g});
            names.putIfAbsent(k, pyStrip(r.get(name)));
            plans.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(pyStrip(r.get(plan)).toLowerCase(Locale.ROOT));
        }
        // Python sorts (part.lower(), guid) by code point; TreeMap on the same composite key does too
        TreeMap<String, String> sorted = new TreeMap<>();
        for (String k : keyToPartGuid.keySet()) {
            String[] pg = keyToPartGuid.get(k);
            sorted.put(pg[0].toLowerCase(Locale.ROOT) + "\u0000" + pg[1] + "\u0000" + pg[0], k);
        }
        StringBuilder out = new StringBuilder();
        out.append(csvLine(List.of("skuPartNumber", "skuId", "productName", "alias", "hasEntraP1", "hasEntraP2", "isBusinessStandard",
                "isBusinessPremium", "isFree", "isTrial", "isGovernment", "writebackLicensed", "cloudResetLicensed", "servicePlanCount")));
        List<String> governance = new ArrayList<>();
        Pattern oldGov = Pattern.compile("(?i)gcc|usgov|_gov|\\bgov\\b|government|dod");
        for (String k : sorted.values()) {
            String p = keyToPartGuid.get(k)[0];
            String n = names.get(k);
            Set<String> ps = plans.get(k);
            boolean p2 = ps.contains(P2);
            boolean p1 = ps.contains(P1) || p2;
            boolean std = Pattern.compile("(?i)business standard").matcher(n).find();
            boolean prem = Pattern.compile("(?i)business premium").matcher(n).find() && !n.toLowerCase(Locale.ROOT).contains("small business");
            boolean free = Pattern.compile("(?i)\\bfree\\b").matcher(n).find();
            boolean trial = Pattern.compile("(?i)trial").matcher(n + " " + p).find();
            boolean gov = GOVERNMENT.matcher(n + " " + p).find();
            if (!gov && oldGov.matcher(n + " " + p).find()) governance.add(p);
            String reset = p1 || std || prem ? "yes" : free ? "no" : "unclear";
            out.append(csvLine(List.of(p, keyToPartGuid.get(k)[1], n, SKU_ALIASES.getOrDefault(p, ""), bool(p1), bool(p2), bool(std), bool(prem),
                    bool(free), bool(trial), bool(gov), bool(p1 || prem), reset, Integer.toString(ps.size()))));
        }
        provenance.add(new String[] {"skus.csv", "*", SERVICE_PLANS_PAGE, "", SERVICE_PLANS_DATE, checked,
                sorted.size() + " SKUs; flags as shared/reference/licensing.md defines them"});
        provenance.add(new String[] {"skus.csv", "isGovernment", SERVICE_PLANS_PAGE, "", SERVICE_PLANS_DATE, checked,
                "GCC, GCCHIGH, GOV, USGOV, DOD or Government as a whole word of the part number or product name"
                        + (governance.isEmpty() ? "" : "; not government although the words contain one of them: " + String.join("; ", governance))});
        return out.toString();
    }

    /** Strips what Python's str.strip() strips: Microsoft's file has no-break spaces after some part numbers. */
    static String pyStrip(String s) {
        int a = 0, b = s.length();
        while (a < b && (Character.isWhitespace(s.charAt(a)) || Character.isSpaceChar(s.charAt(a)))) a++;
        while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || Character.isSpaceChar(s.charAt(b - 1)))) b--;
        return s.substring(a, b);
    }

    // ---------------------------------------------------------------- output

    private String provenanceCsv() {
        StringBuilder out = new StringBuilder();
        out.append(csvLine(List.of("catalogue", "columns", "page", "commit", "date", "checked", "note")));
        for (String[] p : provenance) out.append(csvLine(List.of(p)));
        return out.toString();
    }

    private static String bool(boolean b) {
        return b ? "true" : "false";
    }

    /** RFC 4180 with minimal quoting, as Python's csv module writes it. */
    static String csvLine(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(',');
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) b.append('"').append(c.replace("\"", "\"\"")).append('"');
            else b.append(c);
        }
        return b.append('\n').toString();
    }
}
