package sspr.doctor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.report.check.SnapshotCheckView;
import sspr.doctor.tenant.SnapshotCheck;
import sspr.doctor.tenant.SnapshotException;

/** The refusal of {@code audit --tenant} when the snapshot lacks what it needs; the views are {@link SnapshotCheckView}. */
final class TenantCheckView {
    static final String INCOMPLETE = SnapshotCheckView.INCOMPLETE;

    private TenantCheckView() {}

    /** Exit 2 for audit --tenant: what the audit needs and the snapshot lacks. */
    static SnapshotException incomplete(SnapshotCheck check) {
        List<String> files = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        for (SnapshotCheck.Line l : check.missingRequired()) {
            files.add(l.collection().describe() + (l.status().equals("missing") ? "" : " (" + l.status() + ")"));
            for (String f : l.unknownFacts()) if (!facts.contains(f)) facts.add(f);
        }
        return new SnapshotException("--tenant", LocalizedText.of("snapshot-incomplete-audit", "files", String.join(", ", files),
                "facts", String.join(", ", facts)));
    }

    static Map<String, Object> incompleteFinding(SnapshotCheck check) {
        return SnapshotCheckView.incompleteFinding(check);
    }

    static String incompleteLine(Cli cli, SnapshotCheck check) {
        return SnapshotCheckView.incompleteLine(cli.report(), check);
    }
}
