package sspr.doctor.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import sspr.doctor.i18n.LocalizedError;
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
        stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        Map<String, String> env = System.getenv();
        boolean paged = Pager.wanted(args, env, Pager.stdoutIsTerminal());
        java.io.StringWriter held = paged ? new java.io.StringWriter() : null;
        PrintWriter direct = out;
        if (paged) out = new PrintWriter(held);
        // --batch writes answers it keeps as UTF-8 bytes straight beneath this writer (not through a pager)
        else Cli.registerStdout(out, stdout);
        try {
            code = commandLine(out, err, env, System.console() != null, args).execute(args);
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
        exit(code, orderlyExit(args));
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
        String invoked = invokedSubcommand(args);
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

    /**
     * Subcommands by name. Only the one the arguments name is built (and of its own subcommands, only
     * the one named, where that can be told): building every model costs start-up time on every call.
     * The models are built by code generated from the annotations at build time ({@link ModelGenerator}).
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        for (String name : new String[] {"diagnose", "faq", "articles", "rules", "explain", "roles", "licenses", "content", "audit",
                "wizard", "completion", "tenant"}) {
            m.put(name, new Factory(name));
        }
        return m;
    }

    /**
     * Makes a subcommand's object. One plain class rather than a method reference per command: loading
     * Main (also for a lone --version) then loads no command class and spins no lambda.
     */
    private static final class Factory implements Supplier<Object> {
        private final String name;

        Factory(String name) {
            this.name = name;
        }

        @Override
        public Object get() {
            switch (name) {
                case "diagnose": return new DiagnoseCommand();
                case "faq": return new FaqCommand();
                case "articles": return new ArticlesCommand();
                case "rules": return new RulesCommand();
                case "explain": return new ExplainCommand();
                case "roles": return new RolesCommand();
                case "licenses": return new LicensesCommand();
                case "content": return new ContentCommand();
                case "audit": return new AuditCommand();
                case "wizard": return new WizardCommand();
                case "completion": return new CompletionCommand();
                case "tenant": return new TenantCommand();
                default: throw new IllegalArgumentException(name);
            }
        }
    }

    private static final java.util.Set<String> GLOBAL_OPTIONS_WITH_VALUE = java.util.Set.of("--lang", "--content-dir", "--color");

    /** The subcommand the arguments name, or null (then every subcommand is registered, for help and suggestions). */
    static String invokedSubcommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (GLOBAL_OPTIONS_WITH_VALUE.contains(a)) { i++; continue; }
            if (a.startsWith("-")) continue;
            return SUBCOMMANDS.containsKey(a) ? a : null;
        }
        return null;
    }

    /** The subcommand of {@code invoked} that the arguments name, when it can be built alone; else null (all are built). */
    static String invokedNested(String invoked, String[] args) {
        String[] nested = GeneratedModels.nested(invoked);
        if (nested == null) return null;
        boolean seen = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (GLOBAL_OPTIONS_WITH_VALUE.contains(a)) { i++; continue; }
            if (a.startsWith("-")) continue;
            if (!seen) { seen = true; continue; } // the top-level command itself
            for (String n : nested) if (n.equals(a)) return a;
            return null;
        }
        return null;
    }

    /**
     * Whether this run may print help text (usage, or option descriptions in a completion script), so
     * needs the help bundle of the user's language; loading it for every run cost start-up time.
     */
    static boolean helpTextMayShow(String[] args, String invoked, String nested) {
        if (invoked == null || invoked.equals("completion")) return true;
        if (nested == null && GeneratedModels.nested(invoked) != null) return true; // a command with subcommands prints its usage
        for (String a : args) {
            if (a.equals("help") || a.equals("--help") || a.equals("-h")) return true;
            if (a.length() > 2 && a.charAt(0) == '-' && a.charAt(1) != '-' && a.indexOf('h') > 0) return true; // clustered: -vh
        }
        return false;
    }

    /** The configured command line for these arguments; tests call {@code execute} on it with captured writers. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env, boolean interactive, String... args) {
        return commandLine(out, err, env, interactive, System.in, args);
    }

    /** As above, with the standard input the {@code wizard} reads when it is not on a terminal. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env, boolean interactive,
                                          InputStream in, String... args) {
        SsprDoctor root = new SsprDoctor(out, err, env, interactive);
        root.in = in;
        CommandLine cl = new CommandLine(GeneratedModels.root(root));
        // before any subcommand inherits the root's help width: picocli would measure the terminal for it,
        // forking 'stty' on every run on a terminal; HelpLayout lays help out at its own width
        cl.setUsageHelpAutoWidth(false);
        String invoked = invokedSubcommand(args);
        boolean versionOnly = invoked == null && args.length > 0 && java.util.Arrays.stream(args).allMatch(a -> a.equals("-V") || a.equals("--version"));
        String nested = invoked == null ? null : invokedNested(invoked, args);
        for (Map.Entry<String, Supplier<Object>> e : SUBCOMMANDS.entrySet()) {
            if (!versionOnly && (invoked == null || invoked.equals(e.getKey()))) {
                cl.addSubcommand(e.getKey(), new CommandLine(GeneratedModels.of(e.getValue().get(), nested)));
            }
        }
        if (invoked == null && !versionOnly) cl.addSubcommand("help", new CommandLine.HelpCommand());
        if (helpTextMayShow(args, invoked, nested)) HelpLanguage.apply(cl, args, env);
        HelpFooter.install(cl);
        HelpLayout.install(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedOptionsAllowed(false);
        cl.setParameterExceptionHandler(Main::onParameterError);
        cl.setExecutionStrategy(parsed -> {
            EmptyArguments.check(parsed, root);
            // custom roles (--role-definition, a snapshot's definitions) belong to one run; tests run many in one JVM
            sspr.doctor.diagnosis.Catalogs.useCustomRoles(java.util.List.of());
            try {
                return new CommandLine.RunLast().execute(parsed);
            } finally {
                sspr.doctor.diagnosis.Catalogs.useCustomRoles(java.util.List.of());
            }
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> onExecutionError(ex, root, err));
        cl.setExitCodeExceptionMapper(t -> isUserError(t) ? USAGE : INTERNAL);
        return cl;
    }

    /** Errors the user can fix (exit 2, one line): bad options, facts, files. */
    static boolean isUserError(Throwable t) {
        return t instanceof sspr.doctor.i18n.FixableError || t instanceof UserError || t instanceof sspr.doctor.diagnosis.InvalidInput
                || t instanceof sspr.doctor.audit.AuditInputException
                || t instanceof sspr.doctor.tenant.SnapshotException
                || t instanceof sspr.doctor.report.ReportInputError
                || t instanceof sspr.doctor.graph.GraphException;
    }

    private static int onParameterError(ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        Object root = ex.getCommandLine().getCommandSpec().root().userObject();
        Map<String, String> env = root instanceof SsprDoctor d ? d.env : System.getenv();
        err.println("sspr-doctor: " + ErrorLines.safe(ParseErrorText.line(ex, HelpLanguage.requested(args, env))));
        err.flush();
        return USAGE;
    }

    private static int onExecutionError(Exception ex, SsprDoctor root, PrintWriter err) {
        Throwable cause = ex;
        if (!isUserError(cause)) {
            // an I/O failure on a file the user named (unreadable, vanished, not UTF-8) is theirs to fix
            Throwable mapped = sspr.doctor.io.IoErrors.userError(cause);
            if (mapped != null) cause = mapped;
        }
        if (isUserError(cause)) {
            String line = cause instanceof LocalizedError l ? l.line(root.errorLanguage()) : cause.getMessage();
            err.println("sspr-doctor: " + ErrorLines.safe(line));
            err.flush();
            return USAGE;
        }
        err.println("sspr-doctor: internal error: " + ErrorLines.safe(String.valueOf(cause)) + " — this is a bug; please report it with the command you ran"
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
