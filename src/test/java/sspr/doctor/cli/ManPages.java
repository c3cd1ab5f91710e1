package sspr.doctor.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step (Maven, package phase): one AsciiDoc man page per command, from the same command
 * model users get. Subcommands are registered by {@link Main}, so the generator is given that model
 * rather than the root class.
 */
public final class ManPages {
    private ManPages() {}

    public static void main(String[] args) throws IOException {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        var cl = CommandLines.commandLine(sink, sink, Map.of(), false);
        int rc = ManPageGenerator.generateManPage(new File(args[0]), null, new boolean[0], true, cl.getCommandSpec());
        if (rc != 0) throw new IllegalStateException("man page generation failed: " + rc);
    }
}
