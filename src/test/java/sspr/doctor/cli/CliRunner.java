package sspr.doctor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** Runs the real command line through {@code CommandLine.execute} with captured streams. */
public final class CliRunner {
    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";

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
        int exit = CommandLines.commandLine(o, e, new HashMap<>(env), false,
                new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)), args).execute(args);
        o.flush();
        e.flush();
        return new Result(exit, out.toString(), err.toString());
    }

    public static Result exec(String... args) {
        return new CliRunner().run(args);
    }
}
