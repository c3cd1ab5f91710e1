package sspr.doctor.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Entry point: builds the command line with the project's error handling and exit codes. */
public final class Main {
    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 70;

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new PrintStream(System.out, false, StandardCharsets.UTF_8), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = commandLine(out, err, System.getenv(), System.console() != null).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The configured command line; tests call {@code execute} on it with captured writers. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env, boolean interactive) {
        return commandLine(out, err, env, interactive, System.in);
    }

    /** As above, with the standard input the {@code wizard} reads when it is not on a terminal. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env, boolean interactive, InputStream in) {
        SsprDoctor root = new SsprDoctor(out, err, env, interactive);
        root.in = in;
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedOptionsAllowed(false);
        cl.setParameterExceptionHandler(Main::onParameterError);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> onExecutionError(ex, root, err));
        cl.setExitCodeExceptionMapper(t -> t instanceof UserError || t instanceof sspr.doctor.diagnosis.InvalidInput ? USAGE : INTERNAL);
        return cl;
    }

    private static int onParameterError(ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException u) {
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                message = message.split("\n")[0] + " (did you mean " + String.join(", ", suggestions.subList(0, Math.min(3, suggestions.size()))) + "?)";
            }
        }
        err.println("sspr-doctor: " + message.split("\n")[0]);
        err.flush();
        return USAGE;
    }

    private static int onExecutionError(Exception ex, SsprDoctor root, PrintWriter err) {
        Throwable cause = ex;
        if (cause instanceof UserError || cause instanceof sspr.doctor.diagnosis.InvalidInput) {
            err.println("sspr-doctor: " + cause.getMessage());
            err.flush();
            return USAGE;
        }
        err.println("sspr-doctor: internal error: " + cause + " — this is a bug; please report it with the command you ran"
                + (root.verbose ? "" : " (add -v for details)"));
        if (root.verbose) {
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t != cause) err.println("caused by: " + t);
                for (StackTraceElement frame : t.getStackTrace()) err.println("\tat " + frame);
            }
        }
        err.flush();
        return INTERNAL;
    }
}
