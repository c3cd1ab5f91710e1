package sspr.doctor.cli;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Asks the terminal for its width; only used when stdout is a terminal. */
final class TerminalSize {
    private TerminalSize() {}

    static int columns() {
        try (Terminal t = TerminalBuilder.builder().system(true).dumb(true).jna(false).jansi(false).build()) {
            return t.getWidth();
        } catch (Exception | LinkageError e) {
            return 0;
        }
    }
}
