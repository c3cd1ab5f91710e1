package sspr.doctor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the real command line with captured streams, as {@code Main} does: its everyday forms without picocli
 * ({@link DirectLine}), the rest through {@code CommandLine.execute}; {@link #picocliOnly()} always through picocli.
 */
public final class CliRunner {
    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";
    private boolean picocliOnly;

    /** Parses every command line with picocli, as before the direct parser (to compare the two). */
    public CliRunner picocliOnly() {
        this.picocliOnly = true;
        return this;
    }

    public record Result(int exit, String out, String err) {}

    public CliRunner env(String key, String value) {
        env.put(key, value);
        return this;
    }

    /** Text the command reads from standard input (the wizard's answers, one a line). */
    public CliRunner stdin(String text) {
        this.stdin = text;
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        java.io.InputStream in = new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int exit = picocliOnly ? CommandLines.commandLine(o, e, new HashMap<>(env), false, in, args).execute(args)
                : Main.dispatch(args, o, e, new HashMap<>(env), false, in);
        o.flush();
        e.flush();
        return new Result(exit, out.toString(), err.toString());
    }

    public static Result exec(String... args) {
        return new CliRunner().run(args);
    }
}
