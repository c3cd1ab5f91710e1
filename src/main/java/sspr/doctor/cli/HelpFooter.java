package sspr.doctor.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import sspr.doctor.text.DisplayWidth;
import sspr.doctor.text.TextWrapper;

/**
 * Footers (examples, exit codes) wrapped to the help width by display width. picocli wraps a long
 * footer line back to column 0, so a wrapped example lost its place under "Examples:"; here an
 * indented line continues further indented, and CJK text breaks where it may.
 */
final class HelpFooter {
    /** Extra indent of a wrapped line's continuation, under the start of its own text. */
    static final int HANGING = 4;

    private HelpFooter() {}

    /** Installs the footer renderer on {@code cl} and every subcommand it holds now. */
    static void install(CommandLine cl) {
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, HelpFooter::render);
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandSpec().parent() == cl.getCommandSpec()) install(sub);
        }
    }

    static String render(Help help) {
        String[] footer = help.commandSpec().usageMessage().footer();
        if (footer.length == 0) return "";
        int width = HelpLayout.width(help);
        StringBuilder out = new StringBuilder();
        for (String entry : footer) {
            for (String line : String.format(entry).split("\\R", -1)) wrap(line, width, out);
        }
        return out.toString();
    }

    private static void wrap(String line, int width, StringBuilder out) {
        if (DisplayWidth.of(line) <= width) {
            out.append(line).append(System.lineSeparator());
            return;
        }
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') indent++;
        int continuation = indent == 0 ? 0 : indent + HANGING;
        String text = line.substring(indent);
        // an example command is continued the shell's way, so a copied line still runs
        boolean command = indent > 0 && (text.startsWith("sspr-doctor ") || text.startsWith("printf "));
        List<String> parts = TextWrapper.wrap(text, width - continuation - (command ? 2 : 0));
        for (int i = 0; i < parts.size(); i++) {
            out.append(" ".repeat(i == 0 ? indent : continuation)).append(parts.get(i).stripTrailing());
            if (command && i < parts.size() - 1) out.append(" \\");
            out.append(System.lineSeparator());
        }
    }
}
