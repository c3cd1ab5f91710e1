package sspr.doctor.cli;

import java.io.PrintWriter;
import sspr.doctor.i18n.LocalizedError;

/**
 * What a command's failure prints and exits with: one line and exit 2 for errors the user can fix, an
 * internal-error line and exit 70 otherwise. Shared by picocli's run and {@link DirectLine}'s; names no picocli type.
 */
final class Failures {
    private Failures() {}

    /** Errors the user can fix (exit 2, one line): bad options, facts, files. */
    static boolean isUserError(Throwable t) {
        return t instanceof sspr.doctor.i18n.FixableError || t instanceof UserError || t instanceof sspr.doctor.diagnosis.InvalidInput
                || t instanceof sspr.doctor.audit.AuditInputException
                || t instanceof sspr.doctor.tenant.SnapshotException
                || t instanceof sspr.doctor.report.ReportInputError
                || t instanceof sspr.doctor.graph.GraphException;
    }

    /** Prints the failure of a command's run; returns its exit code. */
    static int report(Exception ex, SsprDoctor root, PrintWriter err) {
        Throwable cause = ex;
        if (!isUserError(cause)) {
            // an I/O failure on a file the user named (unreadable, vanished, not UTF-8) is theirs to fix
            Throwable mapped = sspr.doctor.io.IoErrors.userError(cause);
            if (mapped != null) cause = mapped;
        }
        if (isUserError(cause)) {
            String line = cause instanceof LocalizedError l ? l.line(root.errorLanguage()) : cause.getMessage();
            err.println("sspr-doctor: " + ErrorLines.safe(line));
            err.flush();
            return Main.USAGE;
        }
        err.println("sspr-doctor: internal error: " + ErrorLines.safe(String.valueOf(cause)) + " — this is a bug; please report it with the command you ran"
                + (root.verbose ? "" : " (add -v for details)"));
        if (root.verbose) {
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t != cause) err.println("caused by: " + t);
                for (StackTraceElement frame : t.getStackTrace()) err.println("\tat " + frame);
            }
        }
        err.flush();
        return Main.INTERNAL;
    }
}
