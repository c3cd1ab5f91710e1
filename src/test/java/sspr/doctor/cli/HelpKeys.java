package sspr.doctor.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Lists the resource-bundle keys of every help text with its English text (translation source):
 * {qualified key, text, key without the command prefix}. picocli tries the qualified key, then the short one.
 */
public final class HelpKeys {
    private HelpKeys() {}

    public static List<String[]> all() {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        CommandLine cl = CommandLines.commandLine(sink, sink, Map.of(), false);
        List<String[]> out = new ArrayList<>();
        walk(cl.getCommandSpec(), out);
        return out;
    }

    private static void walk(CommandSpec spec, List<String[]> out) {
        String prefix = spec.qualifiedName(".");
        String[] description = spec.usageMessage().description();
        if (description.length > 0) out.add(new String[] {prefix + ".usage.description", String.join(" ", description), "usage.description"});
        // the command list shows a command's header when it has one (picocli's built-in help does)
        String[] header = spec.usageMessage().header();
        if (header.length > 0) out.add(new String[] {prefix + ".usage.header", String.join(" ", header), "usage.description"});
        for (OptionSpec o : spec.options()) {
            if (o.description().length == 0) continue;
            String key = o.descriptionKey().isEmpty() ? o.longestName().replaceFirst("^-+", "") : o.descriptionKey();
            out.add(new String[] {prefix + "." + key, String.join(" ", o.description()), key});
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.description().length == 0) continue;
            String key = p.descriptionKey().isEmpty() ? p.paramLabel() + "[" + p.index() + "]" : p.descriptionKey();
            out.add(new String[] {prefix + "." + key, String.join(" ", p.description()), key});
        }
        for (CommandLine sub : spec.subcommands().values()) {
            if (sub.getCommandSpec().parent() == spec) walk(sub.getCommandSpec(), out);
        }
    }

    /** Writes every key and its English text, one {@code key=text} line each, to the file named by the argument. */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: HelpKeys OUT_FILE");
        StringBuilder lines = new StringBuilder();
        for (String[] kv : all()) lines.append(kv[0]).append('=').append(kv[1]).append('\n');
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), lines, java.nio.charset.StandardCharsets.UTF_8);
    }
}
