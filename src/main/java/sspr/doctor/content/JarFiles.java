package sspr.doctor.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Bundled files read straight from the jar the tool runs from, through one {@link ZipFile}: a
 * class loader's {@code getResourceAsStream} builds a URL, a jar URL connection and its caches for
 * every file, which costs milliseconds at start-up. When the classes are not in a jar (tests run
 * from target/classes) the class loader is asked instead.
 */
public final class JarFiles {
    private JarFiles() {}

    /** The jar, opened on first use; null when the classes are not in a jar. */
    private static final class Jar {
        static final ZipFile ZIP = open(codeSource(), System.getProperty("java.class.path", ""));
    }

    private static java.net.URL codeSource() {
        var source = JarFiles.class.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }

    /** An entry only the tool's own jar holds. */
    static final String MARKER = "sspr/doctor/content/JarFiles.class";

    /**
     * The tool's jar: where its classes came from, else the class path entry that holds them. A class from
     * an AOT cache can have no location: the JVM derives it from the path the cache was made with (the jlink
     * image's caches hold a path relative to the build's directory), which need not exist where the tool runs.
     */
    static ZipFile open(java.net.URL location, String classPath) {
        try {
            if (location != null && "file".equals(location.getProtocol()) && location.getPath().endsWith(".jar")) {
                return new ZipFile(new java.io.File(location.toURI()));
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // the class path below, else the class loader still finds the files
        }
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.endsWith(".jar") || !new java.io.File(entry).isFile()) continue;
            try {
                ZipFile zip = new ZipFile(entry);
                if (zip.getEntry(MARKER) != null) return zip;
                zip.close();
            } catch (IOException | RuntimeException e) {
                // not a jar that can be read: the next entry
            }
        }
        return null;
    }

    /** The bytes of {@code path} (e.g. "content/catalog/roles.csv"), or null when there is no such file. */
    public static byte[] read(String path) {
        ZipFile zip = Jar.ZIP;
        try {
            if (zip != null) {
                ZipEntry e = zip.getEntry(path);
                if (e == null) return null;
                try (InputStream in = zip.getInputStream(e)) {
                    return in.readAllBytes();
                }
            }
            try (InputStream in = JarFiles.class.getClassLoader().getResourceAsStream(path)) {
                return in == null ? null : in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code path} is bundled. */
    public static boolean exists(String path) {
        ZipFile zip = Jar.ZIP;
        if (zip != null) return zip.getEntry(path) != null;
        return JarFiles.class.getClassLoader().getResource(path) != null;
    }
}
