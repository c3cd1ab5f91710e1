package sspr.doctor.content;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Where the bundled content files lie inside the tool's jar, so that a start reads them without opening
 * the jar as a zip: a {@link ZipFile} first reads and checks the whole central directory, ~3,600 entries
 * of the shaded jar, some milliseconds of every start. The build stores the {@code content/} files
 * uncompressed and writes their offsets, sizes and CRC-32s into the zip's comment (at the end of the
 * file; the JVM and zip tools ignore it). At run time the index is taken from the file's last bytes; a
 * file whose bytes do not match their CRC, or a jar without the index, is read through the zip as before.
 */
final class JarDataIndex {
    static final String PREFIX = "content/";
    private static final String MAGIC = "sspr-doctor data index 3\n";
    /** The comment's last line: this, its length in bytes (five digits, the line included) and a newline. */
    private static final String TRAILER = "index length ";
    private static final int EOCD = 0x06054b50, CEN = 0x02014b50, LOC = 0x04034b50;

    private final RandomAccessFile file;
    /** The index's lines ("path TAB offset TAB size TAB crc"), each after a newline; a line is read only when its file is asked for. */
    private final String lines;

    private JarDataIndex(RandomAccessFile file, String lines) {
        this.file = file;
        this.lines = lines;
    }

    /** The index of {@code jar}, or null when it has none (then the caller reads through the zip). */
    static JarDataIndex load(File jar) {
        try {
            RandomAccessFile f = new RandomAccessFile(jar, "r");
            String lines = parse(f);
            if (lines != null) return new JarDataIndex(f, lines);
            f.close();
        } catch (IOException | RuntimeException e) {
            // no index: the zip
        }
        return null;
    }

    /** Whether {@code jar} carries an index (its last bytes only are read). */
    static boolean present(File jar) {
        if (!jar.isFile()) return false;
        try (RandomAccessFile f = new RandomAccessFile(jar, "r")) {
            return parse(f) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether {@code path} is one of the files this index covers (every bundled content file). */
    static boolean covers(String path) {
        return path.startsWith(PREFIX);
    }

    boolean exists(String path) {
        return lineOf(path) >= 0;
    }

    /** The file's bytes; null when the jar has no such file; throws when its bytes no longer match (the caller falls back). */
    synchronized byte[] read(String path) throws IOException {
        long[] e = entry(path);
        if (e == null) return null;
        byte[] b = new byte[Math.toIntExact(e[1])];
        file.seek(e[0]);
        file.readFully(b);
        CRC32 crc = new CRC32();
        crc.update(b, 0, b.length);
        if (crc.getValue() != e[2]) throw new IOException("bundled file changed: " + path);
        return b;
    }

    /** The index's lines, each after a newline; null when the file carries no index. */
    private static String parse(RandomAccessFile f) throws IOException {
        long length = f.length();
        int tailLength = (int) Math.min(length, 22 + 65535);
        byte[] tail = new byte[tailLength];
        f.seek(length - tailLength);
        f.readFully(tail);
        // the comment's length from its trailer, so the end-of-directory record is found without a search
        // (a byte-by-byte scan back over the comment ran in the interpreter: about a millisecond of every start)
        if (tailLength < 22 + TRAILER.length() + 5 + 1 || tail[tailLength - 1] != '\n') return null;
        int digits = tailLength - 1 - 5;
        if (!new String(tail, digits - TRAILER.length(), TRAILER.length(), StandardCharsets.ISO_8859_1).equals(TRAILER)) return null;
        int commentLength = 0;
        for (int i = digits; i < digits + 5; i++) {
            if (tail[i] < '0' || tail[i] > '9') return null;
            commentLength = commentLength * 10 + (tail[i] - '0');
        }
        int at = tailLength - 22 - commentLength;
        if (at < 0 || int32(tail, at) != EOCD || int16(tail, at + 20) != commentLength) return null;
        String comment = new String(tail, at + 22, commentLength - TRAILER.length() - 6, StandardCharsets.UTF_8);
        // (its lines are not parsed here: a run reads a few of ~130 files, and parsing every line cost half a millisecond)
        return comment.startsWith(MAGIC) && comment.endsWith("\n") ? comment.substring(MAGIC.length() - 1) : null;
    }

    /**
     * Where the line of {@code path} starts, or -1: a binary search over the sorted lines, each probe stepping back
     * to the start of the line it lands in (a scan of the whole index ran in the interpreter on every lookup).
     */
    private int lineOf(String path) {
        int lo = 1, hi = lines.length(); // lines[0] is the newline before the first line
        while (lo < hi) {
            // the start of the line holding the middle character (that character may be the line's own newline)
            int start = lines.lastIndexOf('\n', ((lo + hi) >>> 1) - 1) + 1;
            int end = lines.indexOf('\n', start);
            if (end < 0) return -1;
            int c = compare(path, start);
            if (c == 0) return start;
            if (c < 0) hi = start;
            else lo = end + 1;
        }
        return -1;
    }

    /** {@code path} against the path of the line at {@code start} (ended by a tab), as {@link String#compareTo}. */
    private int compare(String path, int start) {
        for (int i = 0; ; i++) {
            char a = i < path.length() ? path.charAt(i) : '\t';
            char b = start + i < lines.length() ? lines.charAt(start + i) : '\n';
            if (a != b) return a - b;
            if (a == '\t') return 0;
        }
    }

    /** The offset, size and CRC-32 of {@code path}; null when the index has no such file. */
    private long[] entry(String path) throws IOException {
        int from = lineOf(path);
        if (from < 0) return null;
        int end = lines.indexOf('\n', from);
        int t1 = from + path.length(), t2 = lines.indexOf('\t', t1 + 1), t3 = t2 < 0 ? -1 : lines.indexOf('\t', t2 + 1);
        if (t3 < 0 || t3 > end) throw new IOException("damaged content index at " + path);
        try {
            return new long[] {Long.parseLong(lines, t1 + 1, t2, 10), Long.parseLong(lines, t2 + 1, t3, 10), Long.parseLong(lines, t3 + 1, end, 10)};
        } catch (NumberFormatException e) {
            throw new IOException("damaged content index at " + path, e);
        }
    }

    /**
     * Build step (after the jar is shaded, before the class-data archives are made): rewrites {@code args[0]} with
     * its content files stored uncompressed, then writes their index into the zip's comment.
     */
    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".indexing");
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream os = Files.newOutputStream(rewritten);
             ZipOutputStream out = new ZipOutputStream(os)) {
            for (Enumeration<? extends ZipEntry> en = in.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                byte[] bytes;
                try (InputStream is = in.getInputStream(e)) {
                    bytes = is.readAllBytes();
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                if (covers(e.getName()) && !e.isDirectory()) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes, 0, bytes.length);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    copy.setCompressedSize(bytes.length);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        StringBuilder comment = new StringBuilder(MAGIC);
        try (RandomAccessFile f = new RandomAccessFile(rewritten.toFile(), "rw")) {
            long end = f.length() - 22;
            byte[] eocd = new byte[22];
            f.seek(end);
            f.readFully(eocd);
            if (int32(eocd, 0) != EOCD || int16(eocd, 20) != 0) throw new IOException("unexpected end of " + rewritten);
            int count = int16(eocd, 10);
            long cenOffset = int32(eocd, 16) & 0xFFFFFFFFL;
            byte[] cen = new byte[Math.toIntExact(end - cenOffset)];
            f.seek(cenOffset);
            f.readFully(cen);
            List<String> lines = new ArrayList<>();
            for (int i = 0, at = 0; i < count; i++) {
                if (int32(cen, at) != CEN) throw new IOException("bad central directory in " + rewritten);
                int method = int16(cen, at + 10);
                long crc = int32(cen, at + 16) & 0xFFFFFFFFL, size = int32(cen, at + 20) & 0xFFFFFFFFL;
                int nameLength = int16(cen, at + 28), extraLength = int16(cen, at + 30), commentLength = int16(cen, at + 32);
                long local = int32(cen, at + 42) & 0xFFFFFFFFL;
                String name = new String(cen, at + 46, nameLength, StandardCharsets.UTF_8);
                at += 46 + nameLength + extraLength + commentLength;
                if (!covers(name) || name.endsWith("/")) continue;
                if (method != ZipEntry.STORED) throw new IOException(name + " is not stored");
                byte[] header = new byte[30];
                f.seek(local);
                f.readFully(header);
                if (int32(header, 0) != LOC) throw new IOException("bad local header of " + name);
                long data = local + 30 + int16(header, 26) + int16(header, 28);
                lines.add(name + "\t" + data + "\t" + size + "\t" + crc + "\n");
            }
            // sorted by path (a tab, below every path character, ends each): a lookup is a binary search
            java.util.Collections.sort(lines);
            for (String line : lines) comment.append(line);
            int length = comment.toString().getBytes(StandardCharsets.UTF_8).length + TRAILER.length() + 6;
            comment.append(TRAILER).append(String.format("%05d", length)).append('\n');
            byte[] bytes = comment.toString().getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 65535) throw new IOException("index too long for a zip comment: " + bytes.length);
            f.seek(end + 20);
            f.write(bytes.length & 0xFF);
            f.write(bytes.length >>> 8);
            f.seek(end + 22);
            f.write(bytes);
            f.setLength(end + 22 + bytes.length);
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
