package sspr.doctor.cli;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The JLine system terminal, built the same way everywhere. From JDK 22 on, JLine's native providers
 * (JNI, FFM) make the JVM print a restricted-method warning unless --enable-native-access is given,
 * and that flag invalidates the AOT cache the launcher uses on JDK 25; so there JLine asks stty instead.
 */
final class SystemTerminal {
    private SystemTerminal() {}

    static Terminal open() throws IOException {
        Main.terminalOpened = true; // JLine registers shutdown work: the process then exits the orderly way
        boolean nativeAccessWarns = Runtime.version().feature() >= 22;
        return TerminalBuilder.builder().system(true).dumb(true)
                .jna(false).jansi(false).jni(!nativeAccessWarns).ffm(false)
                .build();
    }
}
