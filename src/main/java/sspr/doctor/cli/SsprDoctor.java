package sspr.doctor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: global options. Subcommands are registered by {@link Main}, lazily. */
@Command(name = "sspr-doctor",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Explains why a Microsoft 365 / Entra ID password cannot be reset, and what to do, offline.",
                "Run 'sspr-doctor COMMAND --help' for a command's options."},
        commandListHeading = "%nCommands:%n",
        abbreviateSynopsis = true)
public final class SsprDoctor implements Callable<Integer> {

    @Option(names = "--lang", paramLabel = "TAG", scope = ScopeType.INHERIT,
            description = "Language of the output, a BCP 47 tag: en, id-ID, zh-CN, zh-TW (default: $SSPR_DOCTOR_LANG, else the locale).")
    String lang;

    @Option(names = "--content-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Extra articles (DIR/<slug>/<lang>.md or DIR/<slug>.md); they replace bundled copies of the same article and language.")
    Path contentDir;

    @Option(names = "--color", paramLabel = "WHEN", scope = ScopeType.INHERIT, defaultValue = "auto",
            description = "Colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; never with NO_COLOR or TERM=dumb).")
    ColorMode color;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Show details of internal errors.")
    boolean verbose;

    @Spec CommandSpec spec;

    PrintWriter out;
    PrintWriter err;
    Map<String, String> env;
    boolean interactive;
    /** Standard input, for the wizard's answers when not on a terminal (tests inject their own). */
    java.io.InputStream in = System.in;
    private Cli cli;

    /** For tools that instantiate the command class reflectively (the build's man-page generator). */
    SsprDoctor() {
        this(new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(), false);
    }

    SsprDoctor(PrintWriter out, PrintWriter err, Map<String, String> env, boolean interactive) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.interactive = interactive;
    }

    /** The invocation context, built once the global options are parsed. */
    Cli cli() {
        if (cli == null) cli = new Cli(out, err, env, lang, contentDir, color, interactive);
        return cli;
    }

    private int helpWidth;

    /** The width help is laid out for: COLUMNS (20 to 1000), else the terminal's, else 80. */
    int helpWidth() {
        if (helpWidth == 0) {
            String columns = env.get("COLUMNS");
            try {
                int w = columns == null ? 0 : Integer.parseInt(columns.strip());
                if (w >= 20 && w <= 1000) helpWidth = w;
            } catch (NumberFormatException ignored) {
                // not a number: as if unset
            }
            if (helpWidth == 0 && interactive) {
                int w = TerminalSize.columns();
                if (w >= 20) helpWidth = w;
            }
            if (helpWidth == 0) helpWidth = 80;
        }
        return helpWidth;
    }

    /** The language of error lines: the user's, or English when the options that choose it are themselves wrong. */
    String errorLanguage() {
        try {
            return cli().messagesLanguage();
        } catch (RuntimeException e) {
            return "en";
        }
    }

    /** The context for a subcommand. */
    static Cli cli(CommandSpec spec) {
        return ((SsprDoctor) spec.root().userObject()).cli();
    }

    /** The root of a subcommand's run: through picocli ({@code spec}) or not ({@code direct}, then set). */
    static SsprDoctor root(CommandSpec spec, DirectInvocation direct) {
        return direct != null ? direct.root() : (SsprDoctor) spec.root().userObject();
    }

    /** The context for a subcommand run through picocli or not. */
    static Cli cli(CommandSpec spec, DirectInvocation direct) {
        return root(spec, direct).cli();
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(out);
        return 0;
    }
}
