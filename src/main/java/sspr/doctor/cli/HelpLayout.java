package sspr.doctor.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import sspr.doctor.text.DisplayWidth;
import sspr.doctor.text.TextWrapper;

/**
 * The help screen's layout, measured by display width at the terminal's real width (COLUMNS, down to
 * 20 columns; picocli itself stops at 55 and splits words such as {@code COD|E}): options grouped
 * by topic under headings, global options listed once (by the root command) instead of under every
 * subcommand, and long option names on their own line when the two-column layout does not fit.
 * Options no topic names (added later) are listed under "Other options", so none is ever hidden.
 */
final class HelpLayout {
    private HelpLayout() {}

    /** Topic → long option names, in the order shown; the heading's key is {@code usage.group.<topic>}. */
    static final Map<String, Map<String, List<String>>> TOPICS = topics();

    private static final Map<String, String> HEADINGS = Map.of(
            "who", "Who resets:",
            "user", "The user:",
            "hybrid", "Hybrid (synced from on-premises):",
            "self-service", "Self-service:",
            "input", "Input:",
            "output", "Output:",
            "graph", "Microsoft Graph (--graph):",
            "other", "Other options:",
            "options", "Options:");

    private static Map<String, Map<String, List<String>>> topics() {
        Map<String, List<String>> diagnose = new LinkedHashMap<>();
        diagnose.put("who", List.of("--scenario", "--role", "--role-definition", "--role-scope", "--role-not-activated", "--target-in-actor-unit",
                "--target-outside-actor-unit", "--portal"));
        diagnose.put("user", List.of("--target-role", "--target-in-role-assignable-group", "--target-in-restricted-au",
                "--target-member-of-restricted-au", "--license", "--guest", "--locked-out", "--sign-in-blocked", "--symptom", "--error"));
        diagnose.put("hybrid", List.of("--hybrid", "--cloud-only", "--writeback", "--no-writeback", "--sync-engine", "--federated", "--onprem-protected"));
        diagnose.put("self-service", List.of("--sspr-scope", "--in-sspr-group", "--not-in-sspr-group", "--registered", "--not-registered",
                "--throttled", "--admin-sspr-disabled"));
        diagnose.put("input", List.of("--profile", "--batch", "--tenant", "--graph", "--user", "--actor", "--since", "--rules"));
        diagnose.put("output", List.of("-o", "--format", "--brief", "--output", "--fail-on", "--waivers", "--trace", "--what-if",
                "--github-summary", "--annotations"));
        diagnose.put("graph", List.of("--auth", "--token-file", "--tenant-id", "--client-id", "--cloud", "--graph-url", "--authority-url"));
        return Map.of("diagnose", diagnose);
    }

    /** Installs the renderers on {@code cl} and every subcommand it holds now. */
    static void install(CommandLine cl) {
        cl.setUsageHelpAutoWidth(false); // picocli would fork 'stty' to measure the terminal
        Map<String, CommandLine.IHelpSectionRenderer> m = cl.getHelpSectionMap();
        m.put(UsageMessageSpec.SECTION_KEY_SYNOPSIS, help -> synopsis(help, width(help)));
        m.put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> paragraphs(help.commandSpec().usageMessage().description(), width(help)));
        m.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING, help -> "");
        m.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> options(help, width(help)));
        m.put(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, help -> parameters(help, width(help)));
        m.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> commands(help, width(help)));
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandSpec().parent() == cl.getCommandSpec()) install(sub);
        }
    }

    /** The help width: COLUMNS (20 to 1000), else the terminal's, else 80; measured once per invocation. */
    static int width(Help help) {
        Object root = help.commandSpec().root().userObject();
        int w = root instanceof SsprDoctor d ? d.helpWidth() : 80;
        help.commandSpec().usageMessage().width(Math.max(55, w));
        return w;
    }

    static String text(CommandSpec spec, String key, String english) {
        ResourceBundle b = spec.resourceBundle();
        return b != null && b.containsKey(key) ? b.getString(key) : english;
    }

    private static String format(String s) {
        try {
            return String.format(s);
        } catch (java.util.IllegalFormatException e) {
            return s;
        }
    }

    private static String synopsis(Help help, int width) {
        String heading = format(help.commandSpec().usageMessage().synopsisHeading());
        String plain = help.synopsis(0).strip().replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder();
        List<String> lines = TextWrapper.wrap(plain, width - DisplayWidth.of(heading));
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? "" : " ".repeat(DisplayWidth.of(heading) + 2)).append(lines.get(i)).append('\n');
        }
        return out.toString();
    }

    private static String paragraphs(String[] description, int width) {
        if (description.length == 0) return "";
        StringBuilder out = new StringBuilder();
        for (String line : TextWrapper.wrap(format(String.join(" ", description)), width)) out.append(line).append('\n');
        return out.toString();
    }

    private static String options(Help help, int width) {
        CommandSpec spec = help.commandSpec();
        boolean isRoot = spec.parent() == null;
        List<OptionSpec> shown = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) continue;
            // global options, --help and --version: once, in the root's help
            if (!isRoot && (o.inherited() || o.usageHelp() || o.versionHelp())) continue;
            shown.add(o);
        }
        StringBuilder out = new StringBuilder();
        List<String[]> all = new ArrayList<>();
        for (OptionSpec o : shown) all.add(row(help, o));
        int nameWidth = nameWidth(all, width);
        Map<String, List<String>> topics = TOPICS.get(spec.name());
        if (topics == null) {
            if (!shown.isEmpty()) section(help, text(spec, "usage.group.options", HEADINGS.get("options")), shown, width, nameWidth, out);
        } else {
            List<OptionSpec> rest = new ArrayList<>(shown);
            for (Map.Entry<String, List<String>> t : topics.entrySet()) {
                List<OptionSpec> group = new ArrayList<>();
                for (String name : t.getValue()) {
                    for (OptionSpec o : rest) if (List.of(o.names()).contains(name) && !group.contains(o)) group.add(o);
                }
                rest.removeAll(group);
                if (!group.isEmpty()) section(help, text(spec, "usage.group." + t.getKey(), HEADINGS.get(t.getKey())), group, width, nameWidth, out);
            }
            if (!rest.isEmpty()) section(help, text(spec, "usage.group.other", HEADINGS.get("other")), rest, width, nameWidth, out);
        }
        if (!isRoot) {
            out.append('\n');
            List<String> note = TextWrapper.wrap(text(spec, "usage.global", "Global options (--lang, --content-dir, --color, -v, -h, -V): see 'sspr-doctor --help'."), width - 2);
            for (int i = 0; i < note.size(); i++) out.append(i == 0 ? "" : "  ").append(note.get(i)).append('\n');
        }
        return out.toString();
    }

    private static void section(Help help, String heading, List<OptionSpec> options, int width, int nameWidth, StringBuilder out) {
        out.append('\n').append(heading).append('\n');
        List<String[]> rows = new ArrayList<>();
        for (OptionSpec o : options) rows.add(row(help, o));
        table(rows, width, nameWidth, out);
    }

    private static String[] row(Help help, OptionSpec o) {
        String label = help.parameterLabelRenderer().renderParameterLabel(o, Help.Ansi.OFF, List.of()).plainString();
        String names = String.join(", ", o.names()) + label;
        if (o.shortestName().length() > 2) names = "    " + names;
        return new String[] {names, format(String.join(" ", o.description()))};
    }

    /** The name column: the widest name that fits in a third of the width (at most 30 columns). */
    static int nameWidth(List<String[]> rows, int width) {
        int column = Math.min(30, width / 3);
        int nameWidth = 0;
        for (String[] r : rows) if (DisplayWidth.of(r[0]) <= column) nameWidth = Math.max(nameWidth, DisplayWidth.of(r[0]));
        return nameWidth;
    }

    /**
     * Two columns when there is room for a description beside the names, else each name on its own
     * line and its description indented below it; a name wider than the column goes on its own line.
     */
    static void table(List<String[]> rows, int width, int nameWidth, StringBuilder out) {
        int descStart = 2 + nameWidth + 2;
        boolean twoColumns = width - descStart >= Math.min(30, width / 2);
        for (String[] r : rows) {
            if (twoColumns && DisplayWidth.of(r[0]) <= nameWidth && longestWord(r[1]) <= width - descStart) {
                List<String> lines = TextWrapper.wrap(r[1], width - descStart);
                out.append("  ").append(DisplayWidth.padRight(r[0], nameWidth)).append("  ").append(lines.get(0)).append('\n');
                for (int i = 1; i < lines.size(); i++) out.append(" ".repeat(descStart)).append(lines.get(i)).append('\n');
            } else {
                int indent = twoColumns && longestWord(r[1]) <= width - descStart ? descStart : Math.min(8, descStart);
                for (String l : TextWrapper.wrap(r[0], width - 2)) out.append("  ").append(l).append('\n');
                if (r[1].isEmpty()) continue;
                for (String l : TextWrapper.wrap(r[1], width - indent)) out.append(" ".repeat(indent)).append(l).append('\n');
            }
        }
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String w : text.split(" ")) longest = Math.max(longest, DisplayWidth.of(w));
        return longest;
    }

    private static String parameters(Help help, int width) {
        List<String[]> rows = new ArrayList<>();
        for (PositionalParamSpec p : help.commandSpec().positionalParameters()) {
            if (p.hidden()) continue;
            String label = help.parameterLabelRenderer().renderParameterLabel(p, Help.Ansi.OFF, List.of()).plainString();
            rows.add(new String[] {"    " + label.strip(), format(String.join(" ", p.description()))});
        }
        if (rows.isEmpty()) return "";
        StringBuilder out = new StringBuilder();
        table(rows, width, nameWidth(rows, width), out);
        return out.toString();
    }

    private static String commands(Help help, int width) {
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, Help> e : help.subcommands().entrySet()) {
            CommandSpec sub = e.getValue().commandSpec();
            if (sub.usageMessage().hidden()) continue;
            String[] header = sub.usageMessage().header();
            String[] desc = header.length > 0 ? header : sub.usageMessage().description();
            String first = desc.length == 0 ? "" : format(desc[0]);
            rows.add(new String[] {e.getKey(), first});
        }
        if (rows.isEmpty()) return "";
        StringBuilder out = new StringBuilder();
        table(rows, width, nameWidth(rows, width), out);
        return out.toString();
    }
}
