package sspr.doctor.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Bundled files read straight from the jar the tool runs from: the content files at the offsets its
 * {@link JarDataIndex} gives, anything else through one {@link ZipFile}. A class loader's
 * {@code getResourceAsStream} builds a URL, a jar URL connection and its caches for every file, and a
 * zip reads the jar's whole central directory first; both cost milliseconds at start-up. When the
 * classes are not in a jar (tests run from target/classes) the class loader is asked instead.
 */
public final class JarFiles {
    private JarFiles() {}

    /** The jar file; null when the classes are not in a jar. */
    private static final class Jar {
        static final java.io.File FILE = locate(codeSource(), System.getProperty("java.class.path", ""));
    }

    /** The index of its content files, read from the jar's last bytes on first use; null without one. */
    private static final class Index {
        static final JarDataIndex INDEX = Jar.FILE == null ? null : JarDataIndex.load(Jar.FILE);
    }

    /** The jar opened as a zip, only when a file is not in the index (or it has none). */
    private static final class Zip {
        static final ZipFile ZIP = open(Jar.FILE);
    }

    private static ZipFile open(java.io.File jar) {
        try {
            return jar == null ? null : new ZipFile(jar);
        } catch (IOException | RuntimeException e) {
            return null; // the class loader still finds the files
        }
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
    static java.io.File locate(java.net.URL location, String classPath) {
        try {
            if (location != null && "file".equals(location.getProtocol()) && location.getPath().endsWith(".jar")) {
                java.io.File f = new java.io.File(location.toURI());
                if (f.isFile()) return f;
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // the class path below
        }
        String[] entries = classPath.split(java.io.File.pathSeparator);
        // the jar with the content index, told from its last bytes; else the one holding the tool's classes
        for (String entry : entries) {
            if (entry.endsWith(".jar") && JarDataIndex.present(new java.io.File(entry))) return new java.io.File(entry);
        }
        for (String entry : entries) {
            if (!entry.endsWith(".jar") || !new java.io.File(entry).isFile()) continue;
            try (ZipFile zip = new ZipFile(entry)) {
                if (zip.getEntry(MARKER) != null) return new java.io.File(entry);
            } catch (IOException | RuntimeException e) {
                // not a jar that can be read: the next entry
            }
        }
        return null;
    }

    /** The bytes of {@code path} (e.g. "content/catalog/roles.csv"), or null when there is no such file. */
    public static byte[] read(String path) {
        JarDataIndex index = JarDataIndex.covers(path) ? Index.INDEX : null;
        if (index != null) {
            try {
                return index.read(path);
            } catch (IOException e) {
                // the bytes no longer match the index (a rewritten jar): through the zip
            }
        }
        ZipFile zip = Zip.ZIP;
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
        JarDataIndex index = JarDataIndex.covers(path) ? Index.INDEX : null;
        if (index != null) return index.exists(path);
        ZipFile zip = Zip.ZIP;
        if (zip != null) return zip.getEntry(path) != null;
        return JarFiles.class.getClassLoader().getResource(path) != null;
    }
}
