package sspr.doctor.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The configured picocli command line: subcommands built on demand, error handling and exit codes.
 * Kept out of {@link Main}, whose declared methods name no picocli type: the JVM's launcher resolves
 * the types of every method of the main class, which made a lone {@code --version} load picocli.
 */
public final class CommandLines {
    private CommandLines() {}

    static {
        // picocli's default factory looks for Groovy's Closure class on start; the miss made the class loader open
        // and index the whole shaded jar (~3,600 entries), which nothing else on the usual paths needs any more
        if (System.getProperty("picocli.disable.closures") == null) System.setProperty("picocli.disable.closures", "true");
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
        cl.setParameterExceptionHandler(CommandLines::onParameterError);
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
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> Failures.report(ex, root, err));
        cl.setExitCodeExceptionMapper(t -> Failures.isUserError(t) ? Main.USAGE : Main.INTERNAL);
        return cl;
    }

    private static int onParameterError(ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        Object root = ex.getCommandLine().getCommandSpec().root().userObject();
        Map<String, String> env = root instanceof SsprDoctor d ? d.env : System.getenv();
        err.println("sspr-doctor: " + ErrorLines.safe(ParseErrorText.line(ex, HelpLanguage.requested(args, env))));
        err.flush();
        return Main.USAGE;
    }
}
