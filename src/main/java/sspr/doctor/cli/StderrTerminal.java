package sspr.doctor.cli;

import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.SystemStream;

/** Whether standard error is a terminal: progress goes there even when the report is redirected. */
final class StderrTerminal {
    private StderrTerminal() {}

    static boolean isTerminal() {
        try {
            return new JniTerminalProvider().isSystemStream(SystemStream.Error);
        } catch (RuntimeException | LinkageError e) {
            // no native support on this platform: the console check covers the common case of a terminal session
            return System.console() != null;
        }
    }
}
