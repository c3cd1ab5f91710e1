package sspr.doctor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Long output on a terminal goes through a pager, as git and man do: {@code SSPR_DOCTOR_PAGER}, else
 * {@code PAGER}, else {@code less -FRX} (which quits at once when the text fits the screen, keeps
 * colours and leaves the text on screen). Never when standard output is not a terminal, never for the
 * interactive wizard or for streamed output, and an empty value or {@code cat} turns it off.
 */
final class Pager {
    private Pager() {}

    static final String DEFAULT = "less -FRX";

    /** Commands whose output can be long enough to page. */
    private static final Set<String> PAGED = Set.of("diagnose", "articles", "faq", "explain", "rules", "roles", "licenses", "help");

    /** Arguments whose output streams (or goes elsewhere), so it is never held back for a pager. */
    private static final Set<String> STREAMING = Set.of("--batch", "--output", "-V", "--version");

    /** Whether output of these arguments is paged when standard output is a terminal. */
    static boolean wanted(String[] args, Map<String, String> env, boolean stdoutIsTerminal) {
        if (!stdoutIsTerminal || command(env) == null) return false;
        for (String a : args) {
            if (STREAMING.contains(a) || a.startsWith("--batch=") || a.startsWith("--output=")) return false;
        }
        String invoked = CommandLines.invokedSubcommand(args);
        if (invoked == null) {
            for (String a : args) if (a.equals("help") || a.equals("--help") || a.equals("-h")) return true;
            return false;
        }
        return PAGED.contains(invoked);
    }

    /** The pager command line, or null when paging is turned off. */
    static String command(Map<String, String> env) {
        String p = env.get("SSPR_DOCTOR_PAGER");
        if (p == null) p = env.get("PAGER");
        if (p == null) p = DEFAULT;
        p = p.strip();
        return p.isEmpty() || p.equals("cat") ? null : p;
    }

    /**
     * Shows {@code text} through the pager (run by {@code sh -c}, with the terminal as its output);
     * if the pager cannot be started, the text is printed directly.
     */
    static void show(String text, Map<String, String> env, PrintWriter direct) {
        String command = command(env);
        if (command == null || text.isEmpty()) {
            direct.print(text);
            direct.flush();
            return;
        }
        try {
            ProcessBuilder pb = new ProcessBuilder(List.of("sh", "-c", command));
            pb.redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
            if (!pb.environment().containsKey("LESS")) pb.environment().put("LESSCHARSET", "utf-8");
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException quitEarly) {
                // the user quit the pager before reading everything: not an error
            }
            p.waitFor();
        } catch (IOException e) {
            direct.print(text);
            direct.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether standard output is a terminal (JDK 22+ says so exactly; before, a console means one). */
    static boolean stdoutIsTerminal() {
        // a console is a terminal on standard input and output; without one, no pager (as below)
        if (ConsolePresence.told()) return ConsolePresence.present();
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }
}
