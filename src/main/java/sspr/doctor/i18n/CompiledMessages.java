package sspr.doctor.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Build step (part of {@code ContentCompiler}): every {@code content/messages/<bundle>.<lang>.properties}
 * (the source of truth) into the form {@link Messages} loads without parsing ({@link MessageTable}).
 */
public final class CompiledMessages {
    private CompiledMessages() {}

    /** Compiles each .properties file of {@code sources} into {@code out}; returns how many. */
    public static int compileAll(Path sources, Path out) throws IOException {
        Files.createDirectories(out);
        int count = 0;
        try (var files = Files.list(sources)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".properties")) continue;
                Properties p = new Properties();
                p.load(new java.io.StringReader(Files.readString(f, StandardCharsets.UTF_8)));
                Files.write(out.resolve(name.substring(0, name.length() - ".properties".length()) + ".bin"), compile(p));
                count++;
            }
        }
        return count;
    }

    /** The compiled form of one parsed bundle: entries in the order {@code stringPropertyNames()} gives. */
    public static byte[] compile(Properties p) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
        return MessageTable.compile(m);
    }
}
