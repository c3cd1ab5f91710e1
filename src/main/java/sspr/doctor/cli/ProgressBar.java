package sspr.doctor.cli;

import java.io.PrintWriter;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import sspr.doctor.text.DisplayWidth;

/**
 * One line on stderr that follows a long read: a bar by bytes consumed (the record count of a streamed
 * export is unknown until its end, its size is not), the percentage and a label. Redrawn at most ten
 * times a second so that a million records do not turn into a million writes to the terminal.
 */
final class ProgressBar {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int CHECK_EVERY = 1024;

    private final PrintWriter err;
    private final long totalBytes;
    private final int columns;
    private final LongFunction<String> label;
    private final LongSupplier nanoClock;
    private long bytes;
    private long items;
    private long lastDraw;
    private boolean drawn;
    private AutoCloseable interrupted;

    ProgressBar(PrintWriter err, long totalBytes, int columns, LongFunction<String> label, LongSupplier nanoClock) {
        this.err = err;
        this.totalBytes = Math.max(1, totalBytes);
        this.columns = Math.max(20, columns);
        this.label = label;
        this.nanoClock = nanoClock;
    }

    void bytesRead(long n) {
        bytes += n;
    }

    /** Counts one record and redraws when enough time has passed. */
    void item() {
        items++;
        if (items % CHECK_EVERY != 0) return;
        long now = nanoClock.getAsLong();
        if (drawn && now - lastDraw < REDRAW_NANOS) return;
        lastDraw = now;
        if (!drawn) interrupted = sspr.doctor.io.TempFiles.onInterrupt(this::clear);
        drawn = true;
        err.print('\r' + line());
        err.flush();
    }

    /** Removes the bar, so that what follows starts on a clean line. */
    void finish() {
        if (!drawn) return;
        clear();
        try {
            interrupted.close();
        } catch (Exception ignored) {
            // only removes a list entry
        }
    }

    /** Also run by the shutdown hook on Ctrl-C / SIGTERM, so the shell's prompt starts on a clean line. */
    private void clear() {
        err.print('\r' + " ".repeat(columns - 1) + '\r');
        err.flush();
    }

    String line() {
        int percent = (int) Math.min(100, bytes * 100 / totalBytes);
        String text = String.format("%3d%%  %s", percent, label.apply(items));
        int barWidth = Math.max(10, Math.min(40, columns - 3 - DisplayWidth.of(text)));
        int filled = (int) Math.min(barWidth, bytes * barWidth / totalBytes);
        String line = "█".repeat(filled) + "░".repeat(barWidth - filled) + "  " + text;
        return DisplayWidth.padRight(DisplayWidth.truncate(line, columns - 1), columns - 1);
    }
}
