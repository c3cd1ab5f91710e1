package sspr.doctor.cli;

import sspr.doctor.report.diagnosis.DiagnosisView;
import sspr.doctor.report.diagnosis.WhatIfView;
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
        this.view = new DiagnosisView(cli.report(), trace).whatIf(whatIf);
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

    /** Role and licence lists resolved before (as DiagnoseCommand.diagnose resolves them, kept). */
    private final InputResolver.Kept resolved = new InputResolver.Kept();

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

    /**
     * Answers kept for lines seen before. A diagnosis is a function of the facts alone (the profile
     * and command line are the same for every line), so a line whose text — or whose facts, when only
     * its name differs — came before gets the same answer without being diagnosed and rendered again.
     * Batches of real tenants repeat a few hundred combinations of facts; the bound keeps memory flat
     * when they do not (the maps start afresh when full). Lines in error are never kept: their
     * message names the line.
     */
    static final int CACHED_ANSWERS = 4096;

    /** One diagnosis and its JSON object without the opening brace (written after "line" and "name"), made when first needed. */
    private final class Answer {
        final Diagnosis diagnosis;
        private char[] json;

        Answer(Diagnosis diagnosis) {
            this.diagnosis = diagnosis;
        }

        private byte[][] utf8;

        /** As UTF-8 pieces, encoded once, for a stdout taken as bytes (the findings' pieces are shared with other answers). */
        byte[][] utf8() {
            if (utf8 == null) utf8 = json != null ? new byte[][] {new String(json).getBytes(java.nio.charset.StandardCharsets.UTF_8)}
                    : sspr.doctor.report.diagnosis.BatchLines.bodyPieces(view, diagnosis);
            return utf8;
        }

        /** As chars: the writer encodes a char[] directly, where a String would first be copied into one. */
        char[] json() {
            if (json == null) json = sspr.doctor.report.diagnosis.BatchLines.body(view, diagnosis);
            return json;
        }
    }

    private record Seen(String name, Answer answer) {}

    private final Map<String, Seen> byText = new java.util.HashMap<>();

    /** Whether lines are kept by their text (until a full map saw no line twice), and how often that answered a line. */
    private boolean byTextUseful = true;
    private long textHits;
    private final Map<java.util.List<Object>, Answer> byFacts = new java.util.HashMap<>();

    /** Off only for measuring the cost of a line never seen before ({@code -Dsspr.doctor.batch.cache=false}). */
    private static final boolean CACHE = !"false".equals(System.getProperty("sspr.doctor.batch.cache"));

    /**
     * Off only to compare the general path with the fast ones ({@code -Dsspr.doctor.batch.fast=false}): lines read
     * without a tree. Read per run, so a test can run a batch both ways.
     */
    private final boolean FAST = !"false".equals(System.getProperty("sspr.doctor.batch.fast"));

    /** What goes out is gathered into blocks of about this many characters, so the writer below sees few, large writes. */
    static final int BLOCK_CHARS = 32 * 1024;

    int run(InputStream in, String name) throws IOException {
        BoundedLineReader reader = new BoundedLineReader(in, MAX_LINE_BYTES);
        PrintWriter out = cli.out();
        // stdout as bytes where it can be had: the answers are then encoded once each, not once per line
        java.io.OutputStream bytes = cli.outBytes();
        if (bytes != null) out.flush();
        Block block = new Block(bytes);
        StringBuilder head = new StringBuilder(128);
        sspr.doctor.io.JsonLineBytes headBytes = new sspr.doctor.io.JsonLineBytes();
        long badLines = 0;
        long answered = 0;
        boolean closed = false;
        String firstBad = null;
        boolean fails = false;
        BoundedLineReader.Line line;
        while ((line = next(reader, block, out)) != null) {
            String error = null;
            Seen seen = null;
            if (line.problem() != null) {
                error = name + ":" + line.position() + ": " + line.problem();
            } else if (line.text().isBlank()) {
                continue;
            } else {
                try {
                    seen = answer(line, name);
                    fails |= seen.answer().diagnosis.failsOn(failOn);
                } catch (InvalidInput e) {
                    error = e.getMessage();
                    if (firstBad == null) firstBad = e.line(cli.messagesLanguage());
                } catch (RuntimeException e) {
                    handOn(block, out);
                    throw e;
                }
            }
            if (error != null) {
                badLines++;
                if (firstBad == null) firstBad = error;
            }
            answered++;
            if (sink != null) {
                sink.line(line.number(), seen == null ? null : seen.name(), seen == null ? null : seen.answer().diagnosis, error);
                if (progress != null) progress.item();
                continue;
            }
            head.setLength(0);
            if (seen == null) {
                sspr.doctor.report.diagnosis.BatchLines.error(head, line.number(), error);
                block.add(head);
            } else {
                if (bytes != null) block.add(sspr.doctor.report.diagnosis.BatchLines.head(headBytes, line.number(), seen.name()));
                else {
                    sspr.doctor.report.diagnosis.BatchLines.head(head, line.number(), seen.name());
                    block.add(head);
                }
                if (bytes != null && !CACHE) {
                    block.add(sspr.doctor.report.diagnosis.BatchLines.bodyPieces(view, seen.answer().diagnosis));
                } else if (bytes != null) block.add(seen.answer().utf8());
                else if (!CACHE) {
                    // nothing is kept: the answer goes from the view's buffer straight into the block
                    sspr.doctor.report.diagnosis.BatchLines.Chars body = sspr.doctor.report.diagnosis.BatchLines.bodyChars(view, seen.answer().diagnosis);
                    block.add(body.array(), body.length());
                } else block.add(seen.answer().json());
                block.add('\n');
            }
            if (progress != null) progress.item();
            // a script that writes a line and waits for its answer gets it; a file is written in large blocks
            boolean flushed = !reader.ready();
            if (flushed || block.length >= BLOCK_CHARS) block.writeTo(out);
            if (flushed) block.flush(out);
            // the reader has gone (| head -1): stop instead of answering the rest for nobody
            if ((flushed || answered % PIPE_CHECK_EVERY == 0) && (out.checkError() || Main.stdoutBroken() || bytes instanceof java.io.PrintStream ps && ps.checkError())) {
                closed = true;
                break;
            }
        }
        if (progress != null) progress.finish();
        if (closed) return fails ? Main.PROBLEMS : Main.OK;
        // fail closed: a batch with no line to answer is the wrong file or a failed export, never a passing run
        if (answered == 0) throw new UserError(null, LocalizedText.of("batch-no-lines", "file", name));
        block.writeTo(out);
        block.flush(out);
        // the results say which lines; a CI log that shows only stderr still needs one line saying so
        if (badLines > 0) {
            cli.err().println("sspr-doctor: --batch: " + ErrorLines.safe(LocalizedText.of("batch-bad-lines", "count", badLines, "first", firstBad).in(cli.messagesLanguage())));
        }
        return badLines > 0 ? Main.USAGE : fails ? Main.PROBLEMS : Main.OK;
    }

    /** The next line; a line that cannot be read (endless, unreadable input) first hands on the answers before it, as each line once was. */
    private static BoundedLineReader.Line next(BoundedLineReader reader, Block block, PrintWriter out) throws IOException {
        try {
            return reader.next();
        } catch (IOException | RuntimeException e) {
            handOn(block, out);
            throw e;
        }
    }

    /** Whatever stops the batch (a bad input, a bug) leaves the answers given so far on stdout. */
    private static void handOn(Block block, PrintWriter out) {
        try {
            block.writeTo(out);
            block.flush(out);
        } catch (IOException | RuntimeException ignored) {
            // the error that got here is the one to report
        }
    }

    /** The line's case name and diagnosis: from a line or facts seen before, else read and diagnosed now. */
    private Seen answer(BoundedLineReader.Line line, String name) {
        String text = line.text();
        Seen seen = CACHE && byTextUseful ? byText.get(text) : null;
        if (seen != null) textHits++;
        if (seen != null) return seen;
        // the usual flat line without a JSON tree; anything else (and every error) through the profile reader
        ProfileReader.Case c = FAST ? sspr.doctor.diagnosis.FlatJsonLine.read(text, name, line.number()) : null;
        if (c == null) c = ProfileReader.readLine(text, name, line.number());
        java.util.List<Object> key = new java.util.ArrayList<>(CACHE ? c.facts().size() * 3 : 0);
        if (CACHE) for (Map.Entry<String, RawFact> e : c.facts().entrySet()) {
            key.add(e.getKey());
            key.add(e.getValue().value());
            key.add(e.getValue().observed());
        }
        Answer a = CACHE ? byFacts.get(key) : null;
        if (a == null) {
            // the line's own facts as they are when there is nothing to layer them on (the usual batch)
            Map<String, RawFact> facts = c.facts();
            if (!profile.isEmpty() || !commandLine.isEmpty()) {
                facts = new LinkedHashMap<>(profile);
                facts.putAll(c.facts());
                facts.putAll(commandLine);
            }
            a = new Answer(diagnoser.diagnose(InputResolver.resolve(facts, Catalogs.roles(), Catalogs::skus, () -> Catalogs.errors("en"), resolved)));
            if (CACHE) {
                if (byFacts.size() >= CACHED_ANSWERS) byFacts.clear();
                byFacts.put(key, a);
            }
        }
        seen = new Seen(c.name(), a);
        if (CACHE) {
            if (byTextUseful) {
                if (byText.size() >= CACHED_ANSWERS) {
                    // a map filled without one line seen twice: the lines all differ (a name each), so stop keeping them
                    // by text — their facts are still kept; no answer changes, only the hashing and keeping of each line stop
                    if (textHits == 0) byTextUseful = false;
                    byText.clear();
                    textHits = 0;
                }
                if (byTextUseful) byText.put(text, seen);
            }
        }
        return seen;
    }

    /** Result lines gathered as chars (or as UTF-8 for a stdout taken as bytes), handed on in one call per block. */
    private static final class Block {
        private final java.io.OutputStream bytes;
        char[] chars;
        byte[] encoded;
        int length;

        Block(java.io.OutputStream bytes) {
            this.bytes = bytes;
            if (bytes == null) chars = new char[BLOCK_CHARS + 8192];
            else encoded = new byte[BLOCK_CHARS + 8192];
        }

        void add(StringBuilder s) {
            if (bytes != null) {
                add(s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return;
            }
            int n = s.length();
            room(n);
            s.getChars(0, n, chars, length);
            length += n;
        }

        void add(char[] s) {
            add(s, s.length);
        }

        void add(char[] s, int n) {
            room(n);
            System.arraycopy(s, 0, chars, length, n);
            length += n;
        }

        void add(byte[] s) {
            add(s, s.length);
        }

        void add(sspr.doctor.io.JsonLineBytes written) {
            room(written.length());
            length = written.copyTo(encoded, length);
        }

        void add(byte[][] pieces) {
            for (byte[] p : pieces) add(p, p.length);
        }

        void add(byte[] s, int n) {
            room(n);
            System.arraycopy(s, 0, encoded, length, n);
            length += n;
        }

        void add(char c) {
            room(1);
            if (bytes != null) encoded[length++] = (byte) c;
            else chars[length++] = c;
        }

        private void room(int n) {
            int capacity = bytes != null ? encoded.length : chars.length;
            if (length + n <= capacity) return;
            int grown = Math.max(capacity * 2, length + n);
            if (bytes != null) encoded = java.util.Arrays.copyOf(encoded, grown);
            else chars = java.util.Arrays.copyOf(chars, grown);
        }

        void writeTo(PrintWriter out) throws IOException {
            if (length == 0) return;
            if (bytes != null) bytes.write(encoded, 0, length);
            else out.write(chars, 0, length);
            length = 0;
        }

        /** Hands what was written on now (a script waiting for its answer, the end of the input). */
        void flush(PrintWriter out) throws IOException {
            out.flush();
            if (bytes != null) bytes.flush();
        }
    }
}
