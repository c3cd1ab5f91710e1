package sspr.doctor.cli;

import sspr.doctor.rules.Severity;

/** audit --fail-on: the severities of diagnose, and {@code new} (with --baseline: only findings new since the baseline). */
enum AuditFailOn {
    blocker(Severity.blocker), warning(Severity.warning), never(null), NEW(Severity.blocker);
    final Severity threshold;
    AuditFailOn(Severity s) { this.threshold = s; }
}
