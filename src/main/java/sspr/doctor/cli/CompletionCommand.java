package sspr.doctor.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sspr.doctor.catalog.Role;
import sspr.doctor.catalog.RoleCatalog;
import sspr.doctor.catalog.Sku;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.InputResolver;
import sspr.doctor.i18n.Messages;
import sspr.doctor.text.ShellQuoting;

/**
 * {@code completion bash|zsh}: a completion script generated from the picocli model (every
 * subcommand, option and positional parameter) and the bundled catalogs (roles, licences, error
 * codes, articles, FAQ entries). zsh loads the same script through {@code bashcompinit}.
 */
@Command(name = "completion",
        description = "Print a shell completion script for subcommands, options and their values "
                + "(roles, licences, languages, portals, symptoms, FAQ entries, articles, error codes).",
        footer = {"", "Install:",
                "  bash: source <(sspr-doctor completion bash)        # or save it in ~/.local/share/bash-completion/completions/sspr-doctor",
                "  zsh:  source <(sspr-doctor completion zsh)         # in ~/.zshrc",
                "  fish: sspr-doctor completion fish > ~/.config/fish/completions/sspr-doctor.fish"})
final class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh, fish }

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "The shell: ${COMPLETION-CANDIDATES}.")
    Shell shell;

    @Override
    public Integer call() {
        Cli cli = SsprDoctor.cli(spec);
        // only the invoked subcommand is registered at start-up; the script needs every command
        java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
        CommandSpec full = CommandLines.commandLine(sink, sink, cli.env(), false).getCommandSpec();
        String script = shell == Shell.fish ? FishCompletion.script(full, values(cli)) : script(full, values(cli), shell);
        cli.out().print(script);
        cli.out().flush();
        return 0;
    }

    /** Value lists from the bundled catalogs and content, by name. */
    static Map<String, List<String>> values(Cli cli) {
        Map<String, List<String>> v = new LinkedHashMap<>();
        List<String> roles = new ArrayList<>();
        roles.add(RoleCatalog.NONE);
        for (Role r : Catalogs.roles().all()) roles.add(r.alias());
        v.put("roles", roles);
        Set<String> skus = new LinkedHashSet<>();
        for (Sku s : Catalogs.skus().all()) if (!s.alias().isEmpty()) skus.add(s.alias());
        // a few of Microsoft's part numbers hold spaces, which every shell's word list splits into bogus words;
        // those licences complete by their skuId instead (accepted by --license like the part number)
        for (Sku s : Catalogs.skus().all()) skus.add(s.skuPartNumber().chars().anyMatch(Character::isWhitespace) ? s.skuId() : s.skuPartNumber());
        v.put("licenses", new ArrayList<>(skus));
        v.put("langs", Messages.LANGUAGES);
        v.put("portals", InputResolver.PORTALS);
        v.put("symptoms", InputResolver.SYMPTOMS);
        v.put("scenarios", InputResolver.SCENARIOS);
        v.put("role-scopes", InputResolver.ROLE_SCOPES);
        v.put("sspr-scopes", InputResolver.SSPR_SCOPES);
        v.put("sync-engines", InputResolver.SYNC_ENGINES);
        v.put("errors", new ArrayList<>(Catalogs.errors("en").codes()));
        v.put("slugs", new ArrayList<>(cli.library().slugs()));
        v.put("entries", new ArrayList<>(cli.library().qualifiedEntryIds()));
        return v;
    }

    /** Which value list completes an option, by its longest name; null when none applies. */
    static String listFor(String option) {
        switch (option) {
            case "--role": case "--target-role": case "--actor-role": return "roles";
            case "--license": return "licenses";
            case "--lang": return "langs";
            case "--portal": return "portals";
            case "--symptom": return "symptoms";
            case "--scenario": return "scenarios";
            case "--role-scope": return "role-scopes";
            case "--sspr-scope": return "sspr-scopes";
            case "--sync-engine": return "sync-engines";
            case "--error": return "errors";
            case "--article": return "slugs";
            default: return null;
        }
    }

    /** Which value list completes a command's positional parameters. */
    static String positionalFor(String path) {
        switch (path) {
            case "faq show": return "entries";
            case "articles show": return "slugs";
            case "explain": return "errors";
            default: return null;
        }
    }

    static String script(CommandSpec root, Map<String, List<String>> values, Shell shell) {
        Map<String, CommandSpec> commands = new LinkedHashMap<>();
        walk(root, "", commands);
        String fn = "_" + root.name().replace('-', '_');
        StringBuilder s = new StringBuilder();
        s.append("# ").append(shell).append(" completion for ").append(root.name())
                .append(", generated by '").append(root.name()).append(" completion ").append(shell).append("'.\n");
        if (shell == Shell.zsh) {
            s.append("# zsh runs the bash completion function through bashcompinit.\n");
            s.append("autoload -U +X compinit && compinit -u\n");
            s.append("autoload -U +X bashcompinit && bashcompinit\n");
        }
        s.append("\n");

        // value lists
        s.append(fn).append("_list() {\n  case \"$1\" in\n");
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            s.append("    ").append(e.getKey()).append(") echo ").append(ShellQuoting.quoted(String.join(" ", e.getValue()))).append(" ;;\n");
        }
        s.append("  esac\n}\n\n");

        // subcommands per command path
        s.append(fn).append("_sub() {\n  case \"$1\" in\n");
        for (Map.Entry<String, CommandSpec> e : commands.entrySet()) {
            List<String> subs = subcommandNames(e.getValue());
            if (!subs.isEmpty()) s.append("    ").append(ShellQuoting.quoted(e.getKey())).append(") echo ").append(ShellQuoting.quoted(String.join(" ", subs))).append(" ;;\n");
        }
        s.append("  esac\n}\n\n");

        // positional values per command path
        s.append(fn).append("_words() {\n  case \"$1\" in\n");
        for (Map.Entry<String, CommandSpec> e : commands.entrySet()) {
            if (e.getValue().userObject() instanceof CommandLine.HelpCommand) {
                s.append("    ").append(ShellQuoting.quoted(e.getKey())).append(") ").append(fn).append("_sub '' ;;\n");
                continue;
            }
            String pos = positionalFor(e.getKey());
            if (pos != null) s.append("    ").append(ShellQuoting.quoted(e.getKey())).append(") ").append(fn).append("_list ").append(pos).append(" ;;\n");
            else {
                List<String> words = new ArrayList<>();
                for (PositionalParamSpec p : e.getValue().positionalParameters()) {
                    if (p.completionCandidates() != null) for (String c : p.completionCandidates()) words.add(c);
                }
                if (!words.isEmpty()) s.append("    ").append(ShellQuoting.quoted(e.getKey())).append(") echo ").append(ShellQuoting.quoted(String.join(" ", words))).append(" ;;\n");
            }
        }
        s.append("  esac\n}\n\n");

        // positional file or folder completion
        s.append(fn).append("_positional_kind() {\n  case \"$1\" in\n");
        for (Map.Entry<String, CommandSpec> e : commands.entrySet()) {
            for (PositionalParamSpec p : e.getValue().positionalParameters()) {
                String kind = fileKind(p.type(), p.paramLabel());
                if (kind != null) s.append("    ").append(ShellQuoting.quoted(e.getKey())).append(") echo ").append(kind).append(" ;;\n");
            }
        }
        s.append("  esac\n}\n\n");

        // options per command path
        s.append(fn).append("_options() {\n  case \"$1\" in\n");
        for (Map.Entry<String, CommandSpec> e : commands.entrySet()) {
            List<String> names = new ArrayList<>();
            for (OptionSpec o : e.getValue().options()) if (!o.hidden()) names.addAll(List.of(o.names()));
            s.append("    ").append(ShellQuoting.quoted(e.getKey())).append(") echo ").append(ShellQuoting.quoted(String.join(" ", names))).append(" ;;\n");
        }
        s.append("  esac\n}\n\n");

        // what an option's value is: "flag", "none", "file", "dir", "list:NAME", "words:a b c"; ",": comma lists
        s.append(fn).append("_option_value() {\n  case \"$1|$2\" in\n");
        for (Map.Entry<String, CommandSpec> e : commands.entrySet()) {
            for (OptionSpec o : e.getValue().options()) {
                if (o.hidden() || o.arity().max() == 0 || o.inherited()) continue;
                String kind = valueKind(o);
                boolean everywhere = o.scopeType() == CommandLine.ScopeType.INHERIT;
                for (String name : o.names()) {
                    // an inherited option (--lang …) means the same in every subcommand
                    String pattern = everywhere ? "*" + ShellQuoting.quoted("|" + name) : ShellQuoting.quoted(e.getKey() + "|" + name);
                    s.append("    ").append(pattern).append(") echo ").append(ShellQuoting.quoted(kind)).append(" ;;\n");
                }
            }
        }
        s.append("    *) echo flag ;;\n  esac\n}\n\n");

        s.append(MAIN.replace("FN", fn).replace("PROG", root.name()));
        return s.toString();
    }

    static String valueKind(OptionSpec o) {
        String list = listFor(o.longestName());
        String split = o.splitRegex().startsWith(",") ? "," : "";
        if (list != null) return split + "list:" + list;
        String file = fileKind(o.type(), o.paramLabel());
        if (file != null) return file;
        if (o.completionCandidates() != null) {
            List<String> words = new ArrayList<>();
            for (Iterator<String> it = o.completionCandidates().iterator(); it.hasNext();) words.add(it.next());
            if (!words.isEmpty()) return split + "words:" + String.join(" ", words);
        }
        return "none";
    }

    private static String fileKind(Class<?> type, String label) {
        if (type == Path.class || type == File.class) return "DIR".equals(label) ? "dir" : "file";
        return null;
    }

    static void walk(CommandSpec spec, String path, Map<String, CommandSpec> out) {
        out.put(path, spec);
        for (Map.Entry<String, CommandLine> e : spec.subcommands().entrySet()) {
            CommandSpec sub = e.getValue().getCommandSpec();
            if (sub.usageMessage().hidden() || !e.getKey().equals(sub.name())) continue;
            walk(sub, path.isEmpty() ? sub.name() : path + " " + sub.name(), out);
        }
    }

    static List<String> subcommandNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : spec.subcommands().entrySet()) {
            if (!e.getValue().getCommandSpec().usageMessage().hidden()) names.add(e.getKey());
        }
        return names;
    }

    /** The completion function: finds the command path, then completes a value, an option or a word. */
    private static final String MAIN = """
            FN_files() {
              type compopt >/dev/null 2>&1 && compopt -o filenames 2>/dev/null
              COMPREPLY+=( $(compgen "$1" -- "$cur") )
            }

            FN() {
              local cur prev path="" w i kind
              cur="${COMP_WORDS[COMP_CWORD]}"
              prev=""
              (( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"
              # '--opt=value' arrives as '--opt' '=' 'value' (bash splits on '=')
              if [[ "$cur" == "=" ]]; then
                cur=""
              elif [[ "$prev" == "=" ]] && (( COMP_CWORD > 1 )); then
                prev="${COMP_WORDS[COMP_CWORD-2]}"
              fi
              # the subcommand path: words that are subcommands, skipping options and their values
              for (( i = 1; i < COMP_CWORD; i++ )); do
                w="${COMP_WORDS[i]}"
                case "$w" in
                  =) ;;
                  -*)
                    if [[ "$w" != *=* && "${COMP_WORDS[i+1]}" != "=" ]]; then
                      kind="$(FN_option_value "$path" "$w")"
                      [[ "$kind" != flag ]] && (( i++ ))
                    elif [[ "${COMP_WORDS[i+1]}" == "=" ]]; then
                      (( i += 2 ))
                    fi
                    ;;
                  *)
                    if [[ " $(FN_sub "$path") " == *" $w "* ]]; then
                      path="${path:+$path }$w"
                    fi
                    ;;
                esac
              done
              COMPREPLY=()
              if [[ "$prev" == -* ]]; then
                kind="$(FN_option_value "$path" "$prev")"
                if [[ "$kind" != flag ]]; then
                  local pre="" words=""
                  if [[ "$kind" == ,* ]]; then
                    kind="${kind#,}"
                    if [[ "$cur" == *,* ]]; then pre="${cur%,*},"; cur="${cur##*,}"; fi
                  fi
                  case "$kind" in
                    list:*) words="$(FN_list "${kind#list:}")" ;;
                    words:*) words="${kind#words:}" ;;
                    file) FN_files -f; return 0 ;;
                    dir) FN_files -d; return 0 ;;
                    *) return 0 ;;
                  esac
                  COMPREPLY=( $(compgen -P "$pre" -W "$words" -- "$cur") )
                  return 0
                fi
              fi
              if [[ "$cur" == -* ]]; then
                COMPREPLY=( $(compgen -W "$(FN_options "$path")" -- "$cur") )
                return 0
              fi
              case "$(FN_positional_kind "$path")" in
                file) FN_files -f ;;
                dir) FN_files -d ;;
              esac
              COMPREPLY+=( $(compgen -W "$(FN_sub "$path") $(FN_words "$path")" -- "$cur") )
              return 0
            }

            complete -F FN PROG
            """;
}
