package sspr.doctor.report;

import sspr.doctor.i18n.FixableError;
import sspr.doctor.i18n.LocalizedText;

/** A waivers or baseline file the user can fix: one line naming the file:line and what is wrong, exit 2. */
public final class ReportInputError extends FixableError {
    public ReportInputError(String origin, LocalizedText text) {
        super(origin, text);
    }
}
