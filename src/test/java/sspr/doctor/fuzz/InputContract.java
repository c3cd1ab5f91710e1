package sspr.doctor.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import sspr.doctor.cli.Main;

/**
 * The contract every reader keeps with bad input, checked on the real command line: exit 0, 1 or 2
 * (never 70), no stack trace, no control character on stdout or stderr, no parser wording on
 * stderr, one short line per error, bounded time and allocation, and no temporary file left behind.
 */
public final class InputContract {
    /** Words that only a parser or the JVM would say; none may reach a user. */
    public static final List<String> FORBIDDEN = List.of("Source:", "REDACTED", "StreamReadConstraints",
            "StreamReadFeature", "JsonReadFeature", "maxNestingDepth", "com.fasterxml", "org.yaml", "snakeyaml",
            "Exception", "java.", "jackson", "Jackson", "`", "(code ", "marker", "while parsing", "while scanning",
            "<stream end>", "<block end>", "<scalar>", "in 'reader'", "JSON String, Number", "token 'null'",
            "enable  ", "\tat ", "internal error", "::", "JSON spec", "VALUE_", "START_", "END_", "FIELD_NAME");

    /** How long one run may take on a loaded machine before it counts as a hang. */
    static final long MAX_MILLIS = Long.getLong("sspr.fuzz.maxMillis", 15_000);

    /**
     * Memory: what one run may allocate (fuzz inputs are kilobytes; the input limits bound memory by
     * megabytes, so hundreds of megabytes means something grows with the input's shape, not its size).
     */
    static final long MAX_ALLOCATED_MB = Long.getLong("sspr.fuzz.maxAllocatedMb", 512);
    private static final com.sun.management.ThreadMXBean ALLOCATION =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    public record Run(int exit, String out, String err) {}

    private static final java.util.regex.Pattern DOUBLE_DOT = java.util.regex.Pattern.compile("(?<!\\.)\\.\\.(?!\\.)");
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'[^'\n]*'");

    private InputContract() {}

    /** A fresh, empty scratch folder; the previous one is removed. */
    public static Path scratch() {
        try {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "sspr-fuzz-" + ProcessHandle.current().pid());
            if (Files.exists(dir)) delete(dir);
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            Path f = dir.resolve(name);
            Files.createDirectories(f.getParent());
            return Files.write(f, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the command and checks the contract; returns the run for further checks. */
    public static Run check(byte[] stdin, Path dir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = new HashMap<>();
        env.put("NO_COLOR", "1");
        long start = System.nanoTime();
        long allocatedBefore = ALLOCATION.getCurrentThreadAllocatedBytes();
        int exit = Main.dispatch(args, new PrintWriter(out, true), new PrintWriter(err, true), env, false, new ByteArrayInputStream(stdin));
        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocatedMb = (ALLOCATION.getCurrentThreadAllocatedBytes() - allocatedBefore) >> 20;
        Run r = new Run(exit, out.toString(), err.toString());
        String what = String.join(" ", args) + " → exit " + exit + "\n" + r.err;
        if (exit != 0 && exit != 1 && exit != 2) throw new AssertionError("not a user error: " + what);
        if (millis > MAX_MILLIS) throw new AssertionError("took " + millis + " ms: " + what);
        if (allocatedMb > MAX_ALLOCATED_MB) throw new AssertionError("allocated " + allocatedMb + " MB for one small input: " + what);
        unsafe("stdout", r.out, what);
        unsafe("stderr", r.err, what);
        for (String line : r.err.split("\n")) {
            if (line.length() > 1200) throw new AssertionError("error line too long (" + line.length() + "): " + what);
            // what the user wrote is quoted back ('…') and may hold any word; the rest is the tool's own wording
            String own = QUOTED.matcher(line).replaceAll("''");
            for (String word : FORBIDDEN) {
                if (own.contains(word)) throw new AssertionError("parser wording '" + word + "' on stderr: " + what);
            }
            // two dots are a doubled full stop; three are an ellipsis in an example ({"value": [...]})
            if (own.contains("::") || DOUBLE_DOT.matcher(own).find() || own.matches(".*[.:;,] ?[.:;,]$")) {
                throw new AssertionError("doubled punctuation: " + what);
            }
        }
        if (dir != null) leftovers(dir, what);
        return r;
    }

    private static void unsafe(String stream, String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            boolean bad = (c < 0x20 && c != '\n' && c != '\t' && !crlf) || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            if (bad) {
                throw new AssertionError(String.format(Locale.ROOT, "U+%04X on %s: %s", (int) c, stream, what));
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                if (!(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                    throw new AssertionError("lone surrogate on " + stream + ": " + what);
                }
            }
        }
    }

    private static void leftovers(Path dir, String what) {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> tmp = s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            if (!tmp.isEmpty()) throw new AssertionError("temporary file left: " + tmp + " after " + what);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
