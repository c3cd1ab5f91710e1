package sspr.doctor.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;

/**
 * Runs representative commands in one JVM so that the build can record the classes they load into
 * a class-data archive (AppCDS on JDK 17, the AOT cache on JDK 25). Not a user command.
 */
public final class Training {
    private Training() {}

    public static void main(String[] args) {
        String[][] commands = {
                {"--version"},
                {"diagnose", "--role", "user-admin", "--hybrid", "--format", "json"},
                {"diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin", "--lang", "zh-TW"},
                {"diagnose", "--scenario", "self-service", "--license", "o365-e3", "--format", "yaml"},
                {"diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin", "--hybrid", "--no-writeback", "--what-if", "--format", "json"},
                {"faq", "list", "--lang", "zh-TW"},
                {"faq", "show", "reset-button-greyed-out", "--format", "json"},
                {"faq", "search", "重置密码", "--lang", "zh-CN"},
                {"articles", "show", "user-reset-password-setup"},
                {"articles", "list", "--format", "json"},
                {"explain", "6329"},
                {"roles", "list"},
                {"licenses", "list", "--search", "E3"},
                {"rules", "check"},
                {"diagnse"},
        };
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        for (String[] c : commands) {
            Pager.wanted(c, Map.of(), Pager.stdoutIsTerminal()); // what Main.main asks first
            Main.commandLine(sink, sink, Map.of(), false, c).execute(c);
            Main.orderlyExit(c); // and last
        }
    }
}
