package sspr.doctor.audit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import sspr.doctor.i18n.LocalizedText;

/** Opens export files in whatever form they come: JSON pages, NDJSON or CSV, one file or a folder. */
public final class ExportFiles {
    private ExportFiles() {}

    /** The files to read: files as given, folders expanded to their regular files in name order. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                int before = out.size();
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw sspr.doctor.io.IoErrors.cannotRead(p, e);
                }
                // an empty folder is almost always the wrong folder: say so rather than report 0 users
                if (out.size() == before) throw new AuditInputException(p.toString(), LocalizedText.of("audit.no-export-files"));
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new AuditInputException(null, LocalizedText.of("no-such-file", "path", p));
            }
        }
        return out;
    }

    /**
     * A reader for one file; the form is decided by its first non-blank byte. {@code bytesRead} hears
     * how much of the file has been consumed.
     */
    public static RecordReader open(Path file, LongConsumer bytesRead) throws IOException {
        if (jsonAhead(file)) {
            // JSON goes to the registration scanner as raw bytes: it validates UTF-8 itself, as strictly,
            // and hands anything it does not take (ill-formed bytes included) to the general reader, which
            // reads through Utf8Check and so reports exactly as before; checking every byte twice cost a
            // third of audit --tenant's time
            CountingInputStream raw = new CountingInputStream(Files.newInputStream(file), bytesRead);
            return new RegistrationReader(file, raw, raw, bytesRead);
        }
        CountingInputStream counted = new CountingInputStream(Files.newInputStream(file), bytesRead);
        // validated as it is read: ill-formed UTF-8 stops the read with file:line:column, BOMs of joined pages are dropped
        InputStream in = new BufferedInputStream(new sspr.doctor.io.Utf8Check(counted, file.toString(), true), 1 << 16);
        in.mark(4096);
        int first = firstSignificantByte(in);
        in.reset();
        if (first == '{' || first == '[') return new RegistrationReader(file, in, counted, bytesRead);
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (first == -1 && !name.endsWith(".csv")) {
            in.close();
            boolean json = name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".jsonl");
            throw new AuditInputException(file.toString(), LocalizedText.of(json ? "audit.empty-json" : "audit.empty-file"));
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new AdminCenterCsvReader(new InputStreamReader(in, decoder), file.toString());
    }

    /**
     * Whether the file's first significant byte, read raw, is '{' or '[': only blanks and byte order
     * mark bytes come before it, which the validating path would pass or report in the same way.
     */
    private static boolean jsonAhead(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 4096)) {
            int first = firstSignificantByte(in);
            return first == '{' || first == '[';
        }
    }

    private static int firstSignificantByte(InputStream in) throws IOException {
        int b;
        int skipped = 0;
        while ((b = in.read()) != -1 && skipped < 4000) {
            skipped++;
            if (b == 0xEF || b == 0xBB || b == 0xBF) continue; // a BOM
            if (!Character.isWhitespace(b)) return b;
        }
        return b;
    }
}
