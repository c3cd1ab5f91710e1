package sspr.doctor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs representative commands in one JVM so that the build can record the classes they load into
 * a class-data archive (AppCDS on JDK 17, the AOT cache on JDK 25). Not a user command.
 *
 * <p>With no argument it runs every family; with family names (see {@link #FAMILIES}) only theirs, so that
 * the build can make one smaller AOT cache per command family: a smaller cache maps and links fewer classes
 * at start-up. The launchers choose the family from the subcommand ({@link #family}).
 *
 * <p>Every class a family's commands load is mapped at each start of that family, used or not: a family is trained
 * on its everyday commands only (YAML output or --what-if load their classes from the jar when asked for).
 */
public final class Training {
    private Training() {}

    /** The commands each family is trained on; "audit" also reads a small export it writes itself. */
    static final Map<String, String[][]> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put("version", new String[][] {
                {"--version"},
        });
        FAMILIES.put("read", new String[][] {
                {"faq", "list", "--lang", "zh-TW"},
                {"faq", "list"},
                {"faq", "show", "reset-button-greyed-out", "--format", "json"},
                {"faq", "search", "重置密码", "--lang", "zh-CN"},
                {"articles", "show", "user-reset-password-setup"},
                {"articles", "list", "--format", "json"},
                {"explain", "6329"},
                {"explain", "SSPR_0029", "--lang", "zh-TW"},
        });
        FAMILIES.put("diagnose", new String[][] {
                {"diagnose", "--role", "user-admin", "--hybrid", "--format", "json"},
                {"diagnose", "--role", "user-admin", "--hybrid"},
                {"diagnose", "--role", "helpdesk-admin", "--target-role", "global-admin", "--lang", "zh-TW"},
                {"diagnose", "--scenario", "self-service", "--license", "o365-e3", "--not-registered"},
        });
        FAMILIES.put("audit", new String[][] {
                {"audit", "@EXPORT@"},
                {"audit", "@EXPORT@", "--format", "json"},
                {"audit", "--help"},
        });
        // help is printed by picocli, which the everyday families no longer load (DirectLine): its own cache
        FAMILIES.put("help", new String[][] {
                {"diagnose", "--help"},
                {"faq", "list", "--help"},
                {"--help"},
                {"audit", "--help"},
                {"help", "explain"},
                {"diagnose", "--help", "--lang", "zh-TW"},
        });
        FAMILIES.put("other", new String[][] {
                {"roles", "list"},
                {"licenses", "list", "--search", "E3"},
                {"rules", "list"},
                {"rules", "check"},
                {"completion", "bash"},
                {"--help"},
                {"diagnse"},
        });
    }

    /**
     * The family whose cache serves these arguments: the subcommand (the first word that is not a global option
     * or its value), a lone {@code --version} its own, help ({@code --help}, {@code -h}, {@code help}) its own. The
     * launchers hold the same table in bash.
     */
    static String family(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) return "version";
        for (String a : args) if (a.equals("--help") || a.equals("-h")) return "help";
        String subcommand = "";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang") || a.equals("--content-dir") || a.equals("--color")) { i++; continue; }
            if (a.startsWith("-")) continue;
            subcommand = a;
            break;
        }
        switch (subcommand) {
            case "faq": case "articles": case "explain": return "read";
            case "diagnose": case "wizard": return "diagnose";
            case "audit": case "tenant": return "audit";
            case "help": return "help";
            default: return "other";
        }
    }

    /**
     * Runs the families' commands in-process, then the last family's first command that needs no file once more
     * through {@link Main#main}, so that the path of a real start (and its exit, which ends the training and writes
     * the archive) is recorded too; its output goes nowhere, and it exits 0 (the build logs any other code as an error).
     */
    public static void main(String[] args) throws IOException {
        // as the launchers run the tool: they say whether there is a console, so the JDK's console look-up (the
        // service loader, the module reader, the runtime image: ~50 classes every start would map) is not recorded
        if (System.getProperty(ConsolePresence.PROPERTY) == null) System.setProperty(ConsolePresence.PROPERTY, "false");
        List<String> families = args.length == 0 ? new ArrayList<>(FAMILIES.keySet()) : List.of(args);
        for (String family : families) {
            if (!FAMILIES.containsKey(family)) throw new IllegalArgumentException("no training family " + family);
        }
        // a temporary file only for the families that read it: creating one loads SecureRandom, MessageDigest and
        // the security providers (~100 classes), which every start of the other families would then map for nothing
        boolean needsExport = false;
        for (String family : families) for (String[] c : FAMILIES.get(family)) needsExport |= List.of(c).contains("@EXPORT@");
        Path export = needsExport ? Files.createTempFile("sspr-doctor-training", ".json") : null;
        String[] last = null;
        try {
            if (export != null) Files.writeString(export, EXPORT, StandardCharsets.UTF_8);
            // the training runs take Main's own path, on standard streams that lead nowhere
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            System.setErr(new PrintStream(OutputStream.nullOutputStream()));
            for (String family : families) {
                for (String[] c : FAMILIES.get(family)) {
                    // the version family alone is trained only through Main.main below: its cache holds just that path
                    if (family.equals("version") && families.size() == 1) continue;
                    String[] argv = c.clone();
                    for (int i = 0; i < argv.length; i++) if (argv[i].equals("@EXPORT@")) argv[i] = export.toString();
                    Main.run(argv, Map.of());
                    Main.orderlyExit(argv); // what Main.main asks last
                }
                for (String[] c : FAMILIES.get(family)) {
                    if (!List.of(c).contains("@EXPORT@")) { last = c; break; }
                }
            }
        } finally {
            if (export != null) Files.deleteIfExists(export);
        }
        Main.main(last);
    }

    /** A userRegistrationDetails page of three users, the shape Graph returns. */
    private static final String EXPORT = """
            {"value": [
              {"id": "1", "userPrincipalName": "a@contoso.example", "userDisplayName": "A", "userType": "member",
               "isAdmin": false, "isSsprRegistered": true, "isSsprEnabled": true, "isSsprCapable": true,
               "methodsRegistered": ["mobilePhone"]},
              {"id": "2", "userPrincipalName": "b@contoso.example", "userDisplayName": "B", "userType": "member",
               "isAdmin": true, "isSsprRegistered": false, "isSsprEnabled": true, "isSsprCapable": false,
               "methodsRegistered": []},
              {"id": "3", "userPrincipalName": "c@contoso.example", "userDisplayName": "C", "userType": "guest",
               "isAdmin": false, "isSsprRegistered": false, "isSsprEnabled": false, "isSsprCapable": false,
               "methodsRegistered": []}
            ]}
            """;
}
