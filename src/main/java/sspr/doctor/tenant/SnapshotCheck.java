package sspr.doctor.tenant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a snapshot holds for an audit, collection by collection: there (with how many records), missing,
 * or withheld by its manifest (refused, unavailable, partial: with Graph's error); which facts each gap
 * leaves unknown; and which gaps the requested audit cannot do without. {@code tenant check} prints it;
 * {@code audit --tenant} refuses (exit 2) to pass a snapshot whose required collections are not there.
 */
public final class SnapshotCheck {
    /** One collection's line. {@code status}: present, missing, or the manifest's refused / unavailable / partial. */
    public record Line(Collection collection, String status, List<String> files, long records, Long manifestCount,
                       String error, boolean required, List<String> unknownFacts) {
        public boolean there() { return status.equals("present"); }
    }

    private final SnapshotManifest manifest;
    private final List<Line> lines;

    private SnapshotCheck(SnapshotManifest manifest, List<Line> lines) {
        this.manifest = manifest;
        this.lines = lines;
    }

    /**
     * The collections an audit needs: users always; with an administrator (--actor-role, --actor) their
     * role assignments (whose roles the targets hold), else the registration details (who may reset their own).
     */
    public static Set<Collection> required(boolean withActor) {
        Set<Collection> out = new LinkedHashSet<>();
        out.add(Collection.USERS);
        out.add(withActor ? Collection.ROLE_ASSIGNMENTS : Collection.REGISTRATION);
        return out;
    }

    /** Statuses, in the order they are described. */
    public static final List<String> STATUSES = List.of("present", "missing", "empty", "refused", "unavailable", "partial");

    /** Checks {@code dir}; {@code countRecords} reads every file through (a streaming pass, no trees). */
    public static SnapshotCheck of(Path dir, boolean withActor, boolean countRecords) {
        TenantSnapshot snapshot = TenantSnapshot.open(dir);
        return of(snapshot, withActor, countRecords);
    }

    static SnapshotCheck of(TenantSnapshot snapshot, boolean withActor, boolean countRecords) {
        SnapshotFiles files = snapshot.files();
        Set<Collection> required = required(withActor);
        List<Collection> missing = snapshot.missing();
        List<Line> lines = new ArrayList<>();
        for (Collection c : Collection.ALL) {
            if (c == Collection.DIRECTORY_ROLES || c == Collection.ROLE_ASSIGNMENT_SCHEDULES) continue; // read as roleAssignments
            Map.Entry<String, SnapshotManifest.Entry> withheld = files.withheld(c);
            SnapshotManifest.Entry listed = files.manifest() == null ? null : files.manifest().entry(c);
            List<String> names = new ArrayList<>();
            long records = 0;
            String status;
            if (missing.contains(c)) {
                status = withheld != null ? withheld.getValue().status() : "missing";
            } else {
                status = "present";
                for (SnapshotFiles.SnapshotFile f : roleFiles(files, c)) {
                    names.add(f.name());
                    if (countRecords) records += count(f);
                }
                // a users file with no user in it is no list of users
                if (c == Collection.USERS && countRecords && records == 0) status = "empty";
            }
            boolean there = status.equals("present");
            lines.add(new Line(c, status, names, records, listed == null ? null : listed.count(),
                    withheld != null ? withheld.getValue().error() : null, required.contains(c),
                    there ? List.of() : TenantSnapshot.factsFrom(c)));
        }
        return new SnapshotCheck(files.manifest(), lines);
    }

    /** roleAssignments, or what stands for it (EntraExporter 3's schedule instances, the legacy directoryRoles). */
    private static List<SnapshotFiles.SnapshotFile> roleFiles(SnapshotFiles files, Collection c) {
        List<SnapshotFiles.SnapshotFile> list = files.files(c);
        if (list == null && c == Collection.ROLE_ASSIGNMENTS) list = files.files(Collection.ROLE_ASSIGNMENT_SCHEDULES);
        if (list == null && c == Collection.ROLE_ASSIGNMENTS) list = files.files(Collection.DIRECTORY_ROLES);
        return list == null ? List.of() : list;
    }

    private static long count(SnapshotFiles.SnapshotFile f) {
        long[] n = {0};
        GraphRecords.read(f.path(), f.name(), (node, s) -> { n[0]++; return true; }, (p, file, path, i, doc) -> {
            p.skipChildren();
            n[0]++;
            return true;
        });
        return n[0];
    }

    public List<Line> lines() { return lines; }

    public SnapshotManifest manifest() { return manifest; }

    /** The required collections that are not there. */
    public List<Line> missingRequired() {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) if (l.required() && !l.there()) out.add(l);
        return out;
    }

    /** Every fact left unknown by a gap, once, in collection order. */
    public List<String> unknownFacts() {
        Set<String> out = new LinkedHashSet<>();
        for (Line l : lines) out.addAll(l.unknownFacts());
        return new ArrayList<>(out);
    }

    /** Whether anything is not there (the snapshot.incomplete warning). */
    public boolean incomplete() {
        for (Line l : lines) if (!l.there()) return true;
        return false;
    }
}
