package sspr.doctor.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Entry point. Its methods name no picocli type (the launcher resolves them all before {@code main}), so a
 * lone {@code --version} is answered without loading picocli; {@link CommandLines} builds the command line.
 */
public final class Main {
    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 70;

    private Main() {}

    /** The process's stdout beneath the writer commands get; it keeps write errors to itself, so it is asked (batch: reader gone). */
    private static PrintStream stdout;

    /** Whether writing to the real stdout failed (a closed pipe: {@code | head -1}); false in tests and before main. */
    static boolean stdoutBroken() {
        return stdout != null && stdout.checkError();
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // a lone --version is answered before any picocli class loads: the same lines picocli prints
            StringBuilder text = new StringBuilder();
            for (String line : versionLines()) text.append(line).append(System.lineSeparator());
            System.out.print(text);
            exit(OK);
        }
        int code = run(args, System.getenv());
        exit(code, orderlyExit(args));
    }

    /** One run on the process's standard streams, up to its exit code (also the build's training runs: the same path). */
    static int run(String[] args, Map<String, String> env) {
        stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        boolean paged = Pager.wanted(args, env, Pager.stdoutIsTerminal());
        java.io.StringWriter held = paged ? new java.io.StringWriter() : null;
        PrintWriter direct = out;
        if (paged) out = new PrintWriter(held);
        // --batch writes answers it keeps as UTF-8 bytes straight beneath this writer (not through a pager)
        else Cli.registerStdout(out, stdout);
        try {
            code = dispatch(args, out, err, env, ConsolePresence.present(), System.in);
        } catch (OutOfMemoryError e) {
            // the stack has unwound, so what filled the heap is garbage again and this line can be printed
            err.println("sspr-doctor: out of memory (heap limit " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); give the JVM more, e.g. SSPR_DOCTOR_JAVA_OPTS=-Xmx1g");
            code = INTERNAL;
        } catch (StackOverflowError e) {
            err.println("sspr-doctor: internal error: stack overflow — this is a bug; please report it with the command you ran");
            code = INTERNAL;
        }
        out.flush();
        err.flush();
        if (paged) Pager.show(held.toString(), env, direct);
        return code;
    }

    /**
     * Runs the arguments: their everyday forms without picocli ({@link DirectLine}: start-up), help, errors and
     * everything else through it. Tests run commands this way too ({@code CliRunner}).
     */
    public static int dispatch(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, boolean interactive, java.io.InputStream in) {
        Integer ran = DirectLine.run(args, out, err, env, interactive, in);
        return ran != null ? ran : CommandLines.commandLine(out, err, env, interactive, in, args).execute(args);
    }

    /** Set when a terminal was opened (JLine registers shutdown work). */
    static volatile boolean terminalOpened;

    /** The version lines of {@code --version} (also {@link Version}'s, for picocli). */
    static String[] versionLines() {
        // String.concat, not +: a concatenation with a variable part is linked at run time (invokedynamic)
        return new String[] {"sspr-doctor " + Version.VERSION, "Java ".concat(System.getProperty("java.version"))};
    }

    /**
     * Whether this run must end through {@link System#exit}, which runs shutdown hooks: a temporary
     * file's clean-up (registered on first use), a terminal that was opened, the network paths.
     */
    static boolean orderlyExit(String[] args) {
        if (terminalOpened || sspr.doctor.io.TempFiles.hookInstalled()) return true;
        String invoked = CommandLines.invokedSubcommand(args);
        if ("wizard".equals(invoked) || "tenant".equals(invoked)) return true;
        for (String a : args) if (a.equals("--graph")) return true;
        return false;
    }

    private static void exit(int code) {
        exit(code, false);
    }

    /**
     * Ends the process once everything is flushed. {@link System#exit} on JDK 21+ sets up the platform
     * logger (it logs exits at debug level), a large share of a short run; where no shutdown hook has
     * work to do the process is halted instead, with the same exit code.
     */
    private static void exit(int code, boolean orderly) {
        System.out.flush();
        System.err.flush();
        if (orderly) System.exit(code);
        Runtime.getRuntime().halt(code);
    }
}
