package sspr.doctor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.catalog.Role;
import sspr.doctor.catalog.RoleDefinitionException;
import sspr.doctor.catalog.RoleDefinitionReader;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.ProfileReader;
import sspr.doctor.diagnosis.RawFact;

/**
 * {@code diagnose --role-definition FILE} and a profile's {@code role-definition} key: custom roles
 * read from Graph unifiedRoleDefinition files (the file reading; the parsing is the catalogue's
 * {@link RoleDefinitionReader}), made known to this run's role catalogue.
 */
final class RoleDefinitions {
    static final String KEY = "role-definition";

    private RoleDefinitions() {}

    /**
     * The profile's role-definition files (relative to the profile's folder) added to {@code into},
     * and the cases without that key, which is not a fact.
     */
    static List<ProfileReader.Case> fromProfile(List<ProfileReader.Case> cases, Path profile, List<Path> into) {
        List<ProfileReader.Case> out = new ArrayList<>();
        for (ProfileReader.Case c : cases) {
            RawFact f = c.facts().get(KEY);
            if (f == null) { out.add(c); continue; }
            if (f.value() != null) {
                Path base = profile == null || profile.toAbsolutePath().getParent() == null ? Path.of("") : profile.toAbsolutePath().getParent();
                for (String file : f.strings()) {
                    Path p = base.resolve(file);
                    if (!into.contains(p)) into.add(p);
                }
            }
            Map<String, RawFact> facts = new LinkedHashMap<>(c.facts());
            facts.remove(KEY);
            out.add(new ProfileReader.Case(c.name(), facts));
        }
        return out;
    }

    /** Reads every file and makes its custom roles known; none given: the built-in roles only. */
    static void load(List<Path> files) {
        List<Role> custom = new ArrayList<>();
        try {
            for (Path file : files) custom.addAll(RoleDefinitionReader.parse(Tables.readFile(file, "--role-definition"), file.toString()));
            Catalogs.useCustomRoles(custom);
        } catch (RoleDefinitionException e) {
            throw e.text() == null ? new UserError(e.getMessage()) : new UserError(e.origin(), e.text());
        }
    }
}
