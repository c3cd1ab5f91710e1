package sspr.doctor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal: progress goes there even when the report is redirected.
 * Linux tells through /proc without native code (JLine's native isatty would need
 * --enable-native-access on JDK 25, which invalidates the AOT cache); elsewhere the console check
 * covers the common case of an interactive session.
 */
final class StderrTerminal {
    private StderrTerminal() {}

    static boolean isTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
