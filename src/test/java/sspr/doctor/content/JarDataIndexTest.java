package sspr.doctor.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's content index in the jar's comment, and reading through it. */
class JarDataIndexTest {
    @TempDir Path tmp;

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private Path jar() throws IOException {
        Random r = new Random(7);
        files.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
        files.put("sspr/doctor/content/JarFiles.class", new byte[] {(byte) 0xCA, (byte) 0xFE});
        files.put("content/compiled/rules.bin", bytes(r, 70_000));
        files.put("content/messages/messages_zh_TW.properties", "a=甲\n".repeat(500).getBytes(StandardCharsets.UTF_8));
        files.put("content/empty.txt", new byte[0]);
        files.put("org/other/Lib.class", bytes(r, 5000));
        Path jar = tmp.resolve("tool.jar");
        try (OutputStream os = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static byte[] bytes(Random r, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) (r.nextInt(20) + 'a'); // compressible, as the real files
        return b;
    }

    private static void index(Path jar) throws IOException {
        JarDataIndex.main(new String[] {jar.toString()});
    }

    @Test
    void theIndexedJarHoldsTheSameFilesAndTheIndexReadsTheContentOnes() throws Exception {
        Path jar = jar();
        assertThat(JarDataIndex.present(jar.toFile())).isFalse();
        assertThat(JarDataIndex.load(jar.toFile())).isNull();
        index(jar);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertThat(zip.size()).isEqualTo(files.size());
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                ZipEntry entry = zip.getEntry(e.getKey());
                assertThat(zip.getInputStream(entry).readAllBytes()).as(e.getKey()).isEqualTo(e.getValue());
                assertThat(entry.getMethod()).as(e.getKey()).isEqualTo(JarDataIndex.covers(e.getKey()) ? ZipEntry.STORED : ZipEntry.DEFLATED);
            }
        }
        assertThat(JarDataIndex.present(jar.toFile())).isTrue();
        JarDataIndex index = JarDataIndex.load(jar.toFile());
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (!JarDataIndex.covers(e.getKey())) continue;
            assertThat(index.exists(e.getKey())).isTrue();
            assertThat(index.read(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(index.exists("content/nothing.bin")).isFalse();
        assertThat(index.read("content/nothing.bin")).isNull();
    }

    @Test
    void everyFileOfALargeIndexIsFoundAndNoNearMiss() throws Exception {
        // the lookup is a binary search over the sorted lines: names that are prefixes of others, first and last
        Random r = new Random(11);
        for (int i = 0; i < 300; i++) {
            StringBuilder name = new StringBuilder("content/");
            for (int k = r.nextInt(3) + 1; k > 0; k--) name.append((char) ('a' + r.nextInt(4))).append(r.nextBoolean() ? "/" : "");
            name.append(i % 7 == 0 ? "x" : "x.bin");
            files.put(name.toString(), bytes(r, r.nextInt(50)));
        }
        files.put("content/a", new byte[] {1});
        files.put("content/a/b", new byte[] {2});
        files.put("content/zzz", new byte[] {3});
        Path jar = jar();
        index(jar);
        JarDataIndex index = JarDataIndex.load(jar.toFile());
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (!JarDataIndex.covers(e.getKey()) || e.getKey().endsWith("/")) continue;
            assertThat(index.read(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
            for (String miss : new String[] {e.getKey() + "y", e.getKey().substring(0, e.getKey().length() - 1) + "~", e.getKey() + "/"}) {
                if (!files.containsKey(miss)) assertThat(index.exists(miss)).as(miss).isFalse();
            }
        }
        for (String miss : new String[] {"content/", "content/!", "content/zzzz", "content/~", "content/a/"}) {
            assertThat(index.exists(miss)).as(miss).isFalse();
        }
    }

    @Test
    void bytesThatNoLongerMatchTheIndexAreRefused() throws Exception {
        Path jar = jar();
        index(jar);
        long at = -1;
        // find the stored rules.bin by its content and change one byte of it
        byte[] all = Files.readAllBytes(jar);
        byte[] rules = files.get("content/compiled/rules.bin");
        for (int i = 0; i + rules.length <= all.length && at < 0; i++) {
            if (all[i] == rules[0] && java.util.Arrays.equals(all, i, i + 64, rules, 0, 64)) at = i;
        }
        assertThat(at).isPositive();
        try (RandomAccessFile f = new RandomAccessFile(jar.toFile(), "rw")) {
            f.seek(at + 100);
            f.write('Z');
        }
        JarDataIndex index = JarDataIndex.load(jar.toFile());
        assertThatThrownBy(() -> index.read("content/compiled/rules.bin")).isInstanceOf(IOException.class);
        assertThat(index.read("content/empty.txt")).isEmpty();
    }
}
