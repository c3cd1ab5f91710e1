package sspr.doctor.cli;

import org.jline.terminal.Terminal;

/** Asks the terminal for its width; only used when stdout is a terminal. */
final class TerminalSize {
    private TerminalSize() {}

    static int columns() {
        try (Terminal t = SystemTerminal.open()) {
            return t.getWidth();
        } catch (Exception | LinkageError e) {
            return 0;
        }
    }
}
