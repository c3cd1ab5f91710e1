package sspr.doctor.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the tool's jar when the JVM gives its classes no location (classes from a relocated AOT cache). */
class JarFilesTest {
    @TempDir Path tmp;

    private Path jar(String name, String... entries) throws Exception {
        Path jar = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write(e.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void withoutALocationTheClassPathEntryHoldingTheToolIsOpened() throws Exception {
        Path other = jar("other.jar", "x/Y.class");
        Path tool = jar("sspr-doctor.jar", JarFiles.MARKER, "content/catalog/roles.csv");
        String classPath = String.join(File.pathSeparator, tmp.resolve("classes").toString(), other.toString(),
                tmp.resolve("missing.jar").toString(), tool.toString());
        assertThat(JarFiles.locate(null, classPath)).isEqualTo(tool.toFile());
    }

    @Test
    void aLocationThatNamesAJarWinsAndNoJarMeansTheClassLoader() throws Exception {
        Path tool = jar("tool.jar", JarFiles.MARKER);
        assertThat(JarFiles.locate(tool.toUri().toURL(), "")).isEqualTo(tool.toFile());
        assertThat(JarFiles.locate(null, tmp.resolve("classes").toString())).isNull();
        assertThat(JarFiles.locate(tmp.resolve("classes").toUri().toURL(), jar("plain.jar", "a.txt").toString())).isNull();
    }
}
