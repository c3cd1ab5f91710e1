package sspr.doctor.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import sspr.doctor.io.CsvReader;
import sspr.doctor.io.PackedReader;
import sspr.doctor.io.PackedWriter;

/**
 * The bundled CSV catalogues (content/catalog/*.csv, the source of truth) as the build compiled them
 * into content/compiled/csv/: the records already split into fields, in the compact form of
 * {@link PackedWriter}, so start-up reads no CSV character by character. Without a compiled file
 * (classes not built by Maven) the CSV is parsed.
 */
public final class BundledCsv {
    static final int MAGIC = 0x43535652; // "CSVR"
    public static final String DIR = "content/compiled/csv/";

    private BundledCsv() {}

    /** The records of {@code relativePath} (e.g. "catalog/roles.csv"), header first, as {@link CsvReader#readAll} gives them. */
    public static List<List<String>> rows(String relativePath) {
        byte[] compiled = JarFiles.read(DIR + relativePath.replace('/', '_') + ".bin");
        if (compiled != null) {
            try {
                return read(compiled);
            } catch (IOException | RuntimeException e) {
                // a damaged file: the CSV below says the same
            }
        }
        return CsvReader.readAll(BundledContent.readText(relativePath));
    }

    /** The compiled form of a CSV text. */
    public static byte[] compile(String csv) {
        PackedWriter out = new PackedWriter();
        List<List<String>> rows = CsvReader.readAll(csv);
        out.writeInt(rows.size());
        for (List<String> row : rows) out.writeStrings(row);
        return out.toBytes(MAGIC);
    }

    static List<List<String>> read(byte[] compiled) throws IOException {
        PackedReader in = PackedReader.of(compiled, MAGIC);
        int n = in.readInt();
        List<List<String>> rows = new ArrayList<>(Math.max(0, Math.min(n, compiled.length)));
        for (int i = 0; i < n; i++) rows.add(in.readStrings());
        return rows;
    }

    /** Build step: every .csv of content/catalog compiled into {@code out}; returns how many. */
    public static int compileAll(java.nio.file.Path content, java.nio.file.Path out) throws IOException {
        java.nio.file.Files.createDirectories(out);
        int count = 0;
        try (var files = java.nio.file.Files.list(content.resolve("catalog"))) {
            for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files.sorted()::iterator) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".csv")) continue;
                java.nio.file.Files.write(out.resolve("catalog_" + name + ".bin"),
                        compile(java.nio.file.Files.readString(f, StandardCharsets.UTF_8)));
                count++;
            }
        }
        return count;
    }
}
