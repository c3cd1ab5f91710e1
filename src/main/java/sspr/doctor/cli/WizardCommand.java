package sspr.doctor.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.Diagnosis;
import sspr.doctor.i18n.Messages;
import sspr.doctor.wizard.Question;
import sspr.doctor.wizard.WizardFlow;

/** {@code wizard}: asks what matters, prints the diagnosis and the equivalent {@code diagnose} command. */
@Command(name = "wizard",
        description = {"Ask a few questions (with Tab completion on a terminal), then print the diagnosis and the "
                + "equivalent 'sspr-doctor diagnose' command line.",
                "Enter takes the answer in [brackets], ? means unknown, < goes back one question. "
                + "Without a terminal it reads one answer per line from standard input."},
        footer = {"", "Examples:",
                "  sspr-doctor wizard",
                "  sspr-doctor wizard --lang zh-TW",
                "  printf 'self-service\\nnone\\nno\\nno\\nselected\\nno\\nyes\\nm365-e3\\n\\n' | sspr-doctor wizard",
                "", "Exit codes: 0 no blocker, 1 blockers found, 2 bad input or input ended early, 70 internal error, 130 Ctrl-C."})
final class WizardCommand implements Callable<Integer> {
    static final int INTERRUPTED = 130;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Cli cli = SsprDoctor.cli(spec);
        SsprDoctor root = (SsprDoctor) spec.root().userObject();
        Messages messages = Messages.of("wizard", cli.requestedLang());
        WizardFlow flow = new WizardFlow(Catalogs.roles(), Catalogs.skus(), messages);
        WizardFlow.Result result;
        try {
            if (cli.interactive()) {
                try (Terminal terminal = SystemTerminal.open()) {
                    int width = terminal.getWidth() >= 20 ? terminal.getWidth() : cli.width();
                    result = flow.run(new Wrapping(new TerminalIo(terminal), width));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                BufferedReader in = new BufferedReader(new InputStreamReader(root.in, StandardCharsets.UTF_8));
                result = flow.run(new Wrapping(new StreamIo(in, cli.err()), cli.width()));
            }
        } catch (WizardFlow.EndOfInput e) {
            cli.err().println();
            cli.err().println("sspr-doctor: " + messages.get("eof"));
            cli.err().flush();
            return Main.USAGE;
        } catch (WizardFlow.Interrupted e) {
            cli.err().println("sspr-doctor: " + messages.get("interrupted"));
            cli.err().flush();
            return INTERRUPTED;
        }

        Diagnosis diagnosis = DiagnoseCommand.diagnose(DiagnoseCommand.diagnoser(cli, Tables.load(null)), result.facts());
        int exit = DiagnoseCommand.print(cli, java.util.Collections.singletonList(null), List.of(diagnosis), false,
                DiagnoseCommand.DiagnosisFormat.text, false, DiagnoseCommand.FailOn.blocker);
        List<String> command = new ArrayList<>(List.of("sspr-doctor", "diagnose"));
        command.addAll(result.arguments());
        if (cli.langFromOption()) {
            command.add("--lang");
            command.add(cli.requestedLang());
        }
        cli.out().println();
        cli.out().println(messages.get("command.heading"));
        cli.out().println("  " + WizardFlow.commandLine(command));
        cli.out().flush();
        return exit;
    }

    /** Questions and hints word-wrapped to the width (CJK-aware), so a long list of choices does not run off the screen. */
    record Wrapping(WizardFlow.Io inner, int width) implements WizardFlow.Io {
        @Override
        public String ask(Question question, String prompt, List<String> completions) {
            return inner.ask(question, prompt, completions);
        }

        @Override
        public void tell(String line) {
            if (line.isEmpty() || sspr.doctor.text.DisplayWidth.of(line) <= width) {
                inner.tell(line);
                return;
            }
            for (String part : sspr.doctor.text.TextWrapper.wrap(line, width)) inner.tell(part.stripTrailing());
        }
    }

    /** Piped answers: prompts on stderr, each answer echoed after its prompt so the transcript reads well. */
    static final class StreamIo implements WizardFlow.Io {
        private final BufferedReader in;
        private final PrintWriter err;

        StreamIo(BufferedReader in, PrintWriter err) {
            this.in = in;
            this.err = err;
        }

        @Override
        public String ask(Question question, String prompt, List<String> completions) {
            err.print(prompt);
            err.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null) throw new WizardFlow.EndOfInput();
            err.println(line);
            return line;
        }

        @Override
        public void tell(String line) {
            err.println(line);
            err.flush();
        }
    }

    /** A terminal: JLine line editing, history of this session's answers, Tab completion per question. */
    static final class TerminalIo implements WizardFlow.Io {
        private final Terminal terminal;
        private final LineReader reader;
        private List<String> candidates = List.of();
        private boolean multi;

        TerminalIo(Terminal terminal) {
            this.terminal = terminal;
            Completer completer = (r, line, out) -> {
                String typed = line.line().substring(0, line.cursor());
                int comma = multi ? Math.max(typed.lastIndexOf(','), Math.max(typed.lastIndexOf('，'), typed.lastIndexOf('、'))) : -1;
                String head = typed.substring(0, comma + 1);
                for (String c : candidates) out.add(new Candidate(head + c, c, null, null, null, null, !multi));
            };
            this.reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("sspr-doctor")
                    .completer(completer)
                    .parser((line, cursor, context) -> new WholeLine(line, cursor))
                    .option(LineReader.Option.CASE_INSENSITIVE, true)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.AUTO_MENU_LIST, true)
                    .build();
        }

        @Override
        public String ask(Question question, String prompt, List<String> completions) {
            this.candidates = completions;
            this.multi = question.kind().multi();
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException e) {
                throw new WizardFlow.Interrupted();
            } catch (EndOfFileException e) {
                throw new WizardFlow.EndOfInput();
            }
        }

        @Override
        public void tell(String line) {
            terminal.writer().println(line);
            terminal.writer().flush();
        }
    }

    /**
     * The whole line up to the cursor is one "word", so completion can offer names with spaces
     * ("User Administrator") and values after a comma; nothing is escaped.
     */
    record WholeLine(String line, int cursor) implements CompletingParsedLine {
        @Override public String word() { return line.substring(0, cursor); }
        @Override public int wordCursor() { return cursor; }
        @Override public int wordIndex() { return 0; }
        @Override public List<String> words() { return List.of(line.substring(0, cursor)); }
        @Override public CharSequence escape(CharSequence candidate, boolean complete) { return candidate; }
        @Override public int rawWordCursor() { return cursor; }
        @Override public int rawWordLength() { return cursor; }
    }
}
