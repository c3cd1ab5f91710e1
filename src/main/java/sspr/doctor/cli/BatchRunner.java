package sspr.doctor.cli;

import sspr.doctor.i18n.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.diagnosis.Diagnoser;
import sspr.doctor.diagnosis.Diagnosis;
import sspr.doctor.diagnosis.InputResolver;
import sspr.doctor.diagnosis.InvalidInput;
import sspr.doctor.diagnosis.ProfileReader;
import sspr.doctor.diagnosis.RawFact;
import sspr.doctor.io.BoundedLineReader;
import sspr.doctor.io.TreeWriter;
import sspr.doctor.rules.Severity;

/**
 * {@code diagnose --batch FILE|-}: NDJSON in, one facts object per line; NDJSON out, one result
 * per input line in the same order — the {@code --format json} object of one diagnosis, with
 * {@code "line"} first, or {@code {"line":N,"error":"…"}} for a line that cannot be diagnosed.
 * Streaming: one line in memory at a time, so the input may be any length.
 *
 * Facts are layered as for profiles: the {@code --profile} facts, then the line, then the command
 * line. Blank lines are skipped (and keep their number). Exit: 2 if any line was bad (after all
 * were answered), else 1 if any diagnosis is at or above {@code --fail-on}, else 0.
 */
final class BatchRunner {
    /** A facts object is a few hundred bytes; this leaves room for long licence lists and refuses a runaway line. */
    static final int MAX_LINE_BYTES = 64 * 1024;

    private final Cli cli;
    private final Diagnoser diagnoser;
    private final Map<String, RawFact> profile;
    private final Map<String, RawFact> commandLine;
    private final DiagnosisView view;
    private final Severity failOn;

    BatchRunner(Cli cli, Diagnoser diagnoser, Map<String, RawFact> profile, Map<String, RawFact> commandLine,
                boolean trace, DiagnoseCommand.FailOn failOn, WhatIfView whatIf) {
        this.cli = cli;
        this.diagnoser = diagnoser;
        this.profile = profile;
        this.commandLine = commandLine;
        this.view = new DiagnosisView(cli, trace).whatIf(whatIf);
        this.failOn = failOn.threshold;
    }

    /** Opens {@code source} ("-" is standard input) and answers every line; returns the exit code. */
    int run(String source, InputStream stdin) {
        // facts that are wrong on their own would be wrong on every line: refuse them once, before any output
        Map<String, RawFact> shared = new LinkedHashMap<>(profile);
        shared.putAll(commandLine);
        InputResolver.resolve(shared, Catalogs.roles(), Catalogs::skus, () -> Catalogs.errors("en"));
        Path file = source.equals("-") ? null : Path.of(source);
        if (file != null && Files.isDirectory(file)) throw new UserError("--batch", LocalizedText.of("is-a-folder", "path", source));
        try (InputStream in = file == null ? stdin : Files.newInputStream(file)) {
            // a bar on stderr when it is a terminal (never in logs); the size is known for a file only
            progress = StderrTerminal.isTerminal() ? new ProgressBar(cli.err(), file == null ? Long.MAX_VALUE : Files.size(file), cli.width(),
                    n -> sspr.doctor.i18n.Messages.of("report", cli.messagesLanguage()).format("report.batch.progress", "count", String.format("%,d", n)),
                    System::nanoTime) : null;
            return run(progress == null ? in : counted(in, progress), file == null ? "stdin" : source);
        } catch (NoSuchFileException e) {
            throw new UserError("--batch", LocalizedText.of("no-such-file", "path", source));
        } catch (BoundedLineReader.EndlessLine e) {
            cli.out().flush();
            throw new UserError("--batch: " + (file == null ? "stdin" : source),
                    LocalizedText.of("io.line-too-long", "line", e.line, "kib", e.maxBytes / 1024));
        } catch (IOException e) {
            throw sspr.doctor.io.IoErrors.cannotRead(source, e);
        }
    }

    private ProgressBar progress;

    /** Hears every answered line instead of the NDJSON output (the HTML and Markdown reports of a batch). */
    interface Sink {
        void line(long number, String name, Diagnosis diagnosis, String error);
    }

    Sink sink;

    private static InputStream counted(InputStream in, ProgressBar bar) {
        return new java.io.FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) bar.bytesRead(1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) bar.bytesRead(n);
                return n;
            }
        };
    }

    /** Lines answered between two checks that the reader of stdout is still there (a check flushes). */
    static final int PIPE_CHECK_EVERY = 256;

    int run(InputStream in, String name) throws IOException {
        BoundedLineReader reader = new BoundedLineReader(in, MAX_LINE_BYTES);
        PrintWriter out = cli.out();
        long badLines = 0;
        long answered = 0;
        boolean closed = false;
        String firstBad = null;
        boolean fails = false;
        BoundedLineReader.Line line;
        while ((line = reader.next()) != null) {
            Map<String, Object> result;
            Diagnosis answered1 = null;
            String name1 = null;
            if (line.problem() != null) {
                result = error(line.number(), name + ":" + line.position() + ": " + line.problem());
            } else if (line.text().isBlank()) {
                continue;
            } else {
                try {
                    ProfileReader.Case c = ProfileReader.readLine(line.text(), name, line.number());
                    Map<String, RawFact> facts = new LinkedHashMap<>(profile);
                    facts.putAll(c.facts());
                    facts.putAll(commandLine);
                    Diagnosis d = DiagnoseCommand.diagnose(diagnoser, facts);
                    answered1 = d;
                    name1 = c.name();
                    fails |= d.failsOn(failOn);
                    result = new LinkedHashMap<>();
                    result.put("line", line.number());
                    if (c.name() != null) result.put("name", c.name());
                    result.putAll(view.tree(d));
                } catch (InvalidInput e) {
                    result = error(line.number(), e.getMessage());
                    if (firstBad == null) firstBad = e.line(cli.messagesLanguage());
                }
            }
            if (result.containsKey("error")) {
                badLines++;
                if (firstBad == null) firstBad = String.valueOf(result.get("error"));
            }
            answered++;
            if (sink != null) {
                sink.line(line.number(), name1, answered1, answered1 == null ? String.valueOf(result.get("error")) : null);
                if (progress != null) progress.item();
                continue;
            }
            out.write(TreeWriter.jsonLine(result));
            out.write('\n');
            if (progress != null) progress.item();
            // a script that writes a line and waits for its answer gets it; a file is written in large blocks
            boolean flushed = !reader.ready();
            if (flushed) out.flush();
            // the reader has gone (| head -1): stop instead of answering the rest for nobody
            if ((flushed || answered % PIPE_CHECK_EVERY == 0) && (out.checkError() || Main.stdoutBroken())) {
                closed = true;
                break;
            }
        }
        if (progress != null) progress.finish();
        if (closed) return fails ? Main.PROBLEMS : Main.OK;
        out.flush();
        // the results say which lines; a CI log that shows only stderr still needs one line saying so
        if (badLines > 0) {
            cli.err().println("sspr-doctor: --batch: " + ErrorLines.safe(LocalizedText.of("batch-bad-lines", "count", badLines, "first", firstBad).in(cli.messagesLanguage())));
        }
        return badLines > 0 ? Main.USAGE : fails ? Main.PROBLEMS : Main.OK;
    }

    private static Map<String, Object> error(long line, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", line);
        m.put("error", message);
        return m;
    }
}
