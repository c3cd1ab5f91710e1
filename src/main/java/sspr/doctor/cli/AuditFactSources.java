package sspr.doctor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sspr.doctor.diagnosis.RawFact;
import sspr.doctor.report.AuditModel;
import sspr.doctor.tenant.SnapshotCheck;
import sspr.doctor.tenant.SnapshotFacts;
import sspr.doctor.tenant.TenantSnapshot;

/**
 * The audit report's "facts and their sources": the tenant-wide facts given by an option or the
 * profile (with where), and for the facts read per user, the files they come from — the export
 * files and --users/--skus, or the snapshot's collections (a missing one leaves its facts unknown).
 */
final class AuditFactSources {
    private AuditFactSources() {}

    /** The tenant-wide facts an audit uses; the ones not given are shown as unknown (the registration export cannot carry them). */
    private static final List<String> TENANT_FACTS = List.of("writeback", "ssprScope", "licenses");

    static List<AuditModel.Fact> of(Map<String, RawFact> given, List<Path> files, Path users, Path skus, SnapshotCheck snapshot) {
        Map<String, AuditModel.Fact> out = new LinkedHashMap<>();
        for (Map.Entry<String, RawFact> e : given.entrySet()) {
            if (e.getKey().equals("scenario") || e.getKey().equals("role")) continue;
            String key = SnapshotFacts.inputKey(e.getKey());
            out.put(key, new AuditModel.Fact(key, e.getValue().value(), false, e.getValue().origin()));
        }
        if (snapshot != null) {
            // fact → the collections that give it, present ones first; a fact no present collection gives stays unknown
            Map<String, Set<String>> present = new LinkedHashMap<>();
            Map<String, Set<String>> absent = new LinkedHashMap<>();
            for (SnapshotCheck.Line line : snapshot.lines()) {
                for (String fact : TenantSnapshot.factsFrom(line.collection())) {
                    // the files actually read when present (either layout), else the flat file that would give the fact
                    if (line.there()) present.computeIfAbsent(fact, k -> new LinkedHashSet<>())
                            .addAll(line.files().isEmpty() ? List.of(line.collection().flatFile) : line.files());
                    else absent.computeIfAbsent(fact, k -> new LinkedHashSet<>()).add(line.collection().flatFile);
                }
            }
            for (Map.Entry<String, Set<String>> e : present.entrySet()) {
                out.putIfAbsent(e.getKey(), new AuditModel.Fact(e.getKey(), null, true, String.join(", ", e.getValue())));
            }
            for (Map.Entry<String, Set<String>> e : absent.entrySet()) {
                out.putIfAbsent(e.getKey(), new AuditModel.Fact(e.getKey(), null, false, String.join(", ", e.getValue())));
            }
            return new ArrayList<>(out.values());
        }
        String exports = String.join(", ", files.stream().map(Path::toString).toList());
        for (String f : List.of("isSsprRegistered", "isSsprEnabled", "isSsprCapable", "isAdmin", "methodsRegistered")) {
            out.put(f, new AuditModel.Fact(f, null, true, exports));
        }
        if (users != null) {
            for (String f : List.of("hybrid", "guest", "signInBlocked")) out.put(f, new AuditModel.Fact(f, null, true, users.toString()));
            out.putIfAbsent("licenses", new AuditModel.Fact("licenses", null, true, users + (skus == null ? "" : ", " + skus)));
        }
        for (String f : TENANT_FACTS) out.putIfAbsent(f, new AuditModel.Fact(f, null, false, null));
        return new ArrayList<>(out.values());
    }
}
