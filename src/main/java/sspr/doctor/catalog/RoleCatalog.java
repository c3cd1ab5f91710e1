package sspr.doctor.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import sspr.doctor.io.CsvReader;
import sspr.doctor.text.Suggestions;

/**
 * The role catalog. A role may be written as its kebab-case alias, display name, template GUID or
 * a legacy name; current names win over legacy ones ("Password Administrator" is password-admin,
 * though the 2017 portal used that name for today's Helpdesk Administrator). Role names in the other
 * languages the tool prints (content/messages/roles.<lang>.properties) are current names too; they are
 * read only when a name is not an alias or English name, or when a name is printed in that language.
 */
public final class RoleCatalog {
    public static final String NONE = "none";

    private final List<Role> roles;
    private final Map<String, Role> byAlias = new LinkedHashMap<>();
    private final Map<String, Role> current = new HashMap<>();
    private final Map<String, List<Role>> legacy = new HashMap<>();
    private List<String> languages = List.of();
    private Function<String, Map<String, String>> namesIn = lang -> Map.of();
    private Map<String, List<Role>> localized;
    private List<String> localizedNames;

    public RoleCatalog(List<Role> roles) {
        this(roles, keys(roles));
    }

    /**
     * With the lookup keys of each role worked out already ({@link #keys}; the compiled catalogue
     * stores them, so start-up runs no per-character keying over every name).
     */
    RoleCatalog(List<Role> roles, String[][] keys) {
        this.roles = List.copyOf(roles);
        for (int i = 0; i < roles.size(); i++) {
            Role r = roles.get(i);
            byAlias.put(r.alias(), r);
            current.put(keys[i][0], r);
            current.put(keys[i][1], r);
            if (keys[i][2] != null) current.put(keys[i][2], r);
        }
        for (int i = 0; i < roles.size(); i++) {
            for (int j = 3; j < keys[i].length; j++) {
                legacy.computeIfAbsent(keys[i][j], k -> new ArrayList<>()).add(roles.get(i));
            }
        }
    }

    /** Per role: the key of its alias, of its display name, its template id in lower case (null if none), the keys of its legacy names. */
    static String[][] keys(List<Role> roles) {
        String[][] keys = new String[roles.size()][];
        for (int i = 0; i < roles.size(); i++) {
            Role r = roles.get(i);
            String[] k = new String[3 + r.legacyNames().size()];
            k[0] = Names.key(r.alias());
            k[1] = Names.key(r.displayName());
            k[2] = r.roleTemplateId().isEmpty() ? null : r.roleTemplateId().toLowerCase(Locale.ROOT);
            for (int j = 0; j < r.legacyNames().size(); j++) k[3 + j] = Names.key(r.legacyNames().get(j));
            keys[i] = k;
        }
        return keys;
    }

    public static RoleCatalog parse(String csv) {
        return fromRows(CsvReader.readAll(csv));
    }

    /** The catalogue from roles.csv's records, header first (parsed, or as the build compiled them). */
    public static RoleCatalog fromRows(List<List<String>> rows) {
        List<String> header = rows.get(0);
        int alias = header.indexOf("alias"), name = header.indexOf("displayName"), id = header.indexOf("roleTemplateId"),
                privileged = header.indexOf("isPrivileged"), resets = header.indexOf("canResetPasswords"),
                matrix = header.indexOf("inResetMatrix"), admin = header.indexOf("inSsprAdminPolicyList"),
                aliases = header.indexOf("aliases"), note = header.indexOf("note"), permissions = header.indexOf("permissions"),
                au = header.indexOf("auScopable"), page = header.indexOf("sourcePage"), commit = header.indexOf("sourceCommit"),
                date = header.indexOf("sourceDate"), checked = header.indexOf("checked");
        List<Role> roles = new ArrayList<>(rows.size());
        for (List<String> row : rows.subList(1, rows.size())) {
            roles.add(new Role(cell(row, alias), cell(row, name), cell(row, id),
                    Boolean.parseBoolean(cell(row, privileged)), Boolean.parseBoolean(cell(row, resets)),
                    Boolean.parseBoolean(cell(row, matrix)), Boolean.parseBoolean(cell(row, admin)),
                    list(cell(row, aliases)), cell(row, note), list(cell(row, permissions)), Boolean.parseBoolean(cell(row, au)), true,
                    new Provenance(cell(row, page), cell(row, commit), cell(row, date), cell(row, checked))));
        }
        return new RoleCatalog(roles);
    }

    /** A column's value, "" when the column (optional ones) or the cell is missing. */
    private static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column) : "";
    }

    private static List<String> list(String pipeSeparated) {
        return pipeSeparated.isEmpty() ? List.of() : Arrays.asList(pipeSeparated.split("\\|"));
    }

    /**
     * Role names in other languages: {@code namesIn} gives, for one of {@code languages}, alias → name.
     * It is called lazily, per language, only when such a name is needed.
     */
    public RoleCatalog localizedNames(List<String> languages, Function<String, Map<String, String>> namesIn) {
        this.languages = List.copyOf(languages);
        this.namesIn = namesIn;
        this.localized = null;
        return this;
    }

    /** This catalogue with more roles (custom ones, say), keeping the translated names of the built-in ones. */
    public RoleCatalog plus(List<Role> more) {
        List<Role> all = new ArrayList<>(roles);
        all.addAll(more);
        return new RoleCatalog(all).localizedNames(languages, namesIn);
    }

    /** The name of a role as printed in {@code lang}: its translation, else its English display name. */
    public String displayName(String alias, String lang) {
        Role r = byAlias.get(alias);
        if (r == null) return alias;
        if (!r.builtIn() || !languages.contains(lang)) return r.displayName();
        String name = namesIn.apply(lang).get(alias);
        return name == null || name.isBlank() ? r.displayName() : name;
    }

    /** Translated name (by key) → the roles it names, in every language; read on first use. */
    private synchronized Map<String, List<Role>> localized() {
        if (localized == null) {
            Map<String, List<Role>> byKey = new HashMap<>();
            List<String> names = new ArrayList<>();
            for (String lang : languages) {
                for (Map.Entry<String, String> e : namesIn.apply(lang).entrySet()) {
                    Role r = byAlias.get(e.getKey());
                    if (r == null) continue;
                    List<Role> same = byKey.computeIfAbsent(Names.key(e.getValue()), k -> new ArrayList<>());
                    if (!same.contains(r)) same.add(r);
                    if (!names.contains(e.getValue())) names.add(e.getValue());
                }
            }
            localizedNames = names;
            localized = byKey;
        }
        return localized;
    }

    public List<Role> all() { return roles; }

    /**
     * This catalogue with custom roles added (from --role-definition files or a snapshot). A custom
     * role whose name or id is a built-in role's is refused: it could not be told apart when typed.
     * The same definition given twice (same id) is kept once.
     */
    public RoleCatalog withCustom(List<Role> custom) {
        if (custom.isEmpty()) return this;
        List<Role> all = new ArrayList<>(roles);
        for (Role c : custom) {
            Role known = current.get(Names.key(c.displayName()));
            if (known == null) known = current.get(c.roleTemplateId().toLowerCase(Locale.ROOT));
            boolean same = false;
            for (Role x : all) if (!x.builtIn() && x.roleTemplateId().equalsIgnoreCase(c.roleTemplateId())) same = true;
            if (same) continue;
            if (known != null) {
                throw new RoleDefinitionException(c.source().page(), sspr.doctor.i18n.LocalizedText.of("role-definition-name-taken",
                        "name", c.displayName(), "builtin", known.displayName()));
            }
            for (Role x : all) {
                if (!x.builtIn() && Names.key(x.displayName()).equals(Names.key(c.displayName()))) {
                    throw new RoleDefinitionException(c.source().page(), sspr.doctor.i18n.LocalizedText.of("role-definition-name-twice",
                            "name", c.displayName()));
                }
            }
            all.add(c);
        }
        RoleCatalog out = new RoleCatalog(all);
        if (namesIn != null) out.localizedNames(languages, namesIn);
        return out;
    }

    /** The custom roles of this catalogue, in the order added. */
    public List<Role> custom() {
        List<Role> out = new ArrayList<>();
        for (Role r : roles) if (!r.builtIn()) out.add(r);
        return out;
    }

    /**
     * Whether the catalogue says which roles may be assigned at administrative-unit scope: a
     * catalogue without that column (every role false) cannot refuse --role-scope au.
     */
    public boolean knowsAuScope() {
        for (Role r : roles) if (r.builtIn() && r.auScopable()) return true;
        return false;
    }

    public Role byAlias(String alias) { return byAlias.get(alias); }

    public Resolution<Role> resolve(String typed) {
        Resolution<Role> matched = match(typed);
        if (matched != null) return matched;
        List<String> names = new ArrayList<>();
        names.add(NONE);
        for (Role role : roles) { names.add(role.alias()); names.add(role.displayName()); }
        names.addAll(localizedNames);
        // one suggestion per role: a role's alias and display name are both close to what was typed ("helpdesk")
        List<String> suggestions = new ArrayList<>();
        java.util.Set<String> roles = new java.util.HashSet<>();
        for (String name : Suggestions.closest(typed, names, 9)) {
            Resolution<Role> r = match(name);
            String role = r != null && r.found() ? r.value().alias() : name;
            if (roles.add(role)) suggestions.add(name);
            if (suggestions.size() == 3) break;
        }
        return Resolution.none(suggestions);
    }

    /** Whether {@code typed} resolves to one role, as {@link #resolve} decides, without working out suggestions for a miss (they cost an edit distance to every name). */
    public boolean resolves(String typed) {
        Resolution<Role> matched = match(typed);
        return matched != null && matched.found();
    }

    /** The role or the ambiguous candidates {@code typed} names, or null when it names none. */
    private Resolution<Role> match(String typed) {
        String key = Names.key(typed);
        Role r = current.get(key);
        if (r == null) r = current.get(typed.strip().toLowerCase(Locale.ROOT));
        if (r != null) return Resolution.of(r);
        List<Role> translated = localized().getOrDefault(key, List.of());
        if (translated.size() == 1) return Resolution.of(translated.get(0));
        if (translated.size() > 1) return Resolution.ambiguous(translated);
        List<Role> old = legacy.getOrDefault(key, List.of());
        if (old.size() == 1) return Resolution.of(old.get(0));
        if (old.size() > 1) return Resolution.ambiguous(old);
        return null;
    }
}
