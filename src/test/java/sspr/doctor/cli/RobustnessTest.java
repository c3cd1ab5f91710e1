package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sspr.doctor.diagnosis.ProfileReader;
import sspr.doctor.fuzz.InputContract;
import sspr.doctor.i18n.LocalizedError;
import sspr.doctor.io.IoErrors;

/** One test per class of failure of issue #19 (the corpus walk is {@link BrokenInputsTest}). */
class RobustnessTest {
    @TempDir Path tmp;

    private static final String RECORD = "{\"id\":\"%d\",\"userPrincipalName\":\"u%d@contoso.example\",\"isSsprRegistered\":false,"
            + "\"isSsprEnabled\":true,\"isSsprCapable\":false,\"isAdmin\":false}";

    /** An I/O failure on a file the user named is theirs to fix: one line, their language, exit 2. */
    @Test
    void anUnreadableFileIsCannotReadPermissionDenied() {
        var error = IoErrors.userError(new UncheckedIOException(new AccessDeniedException("/data/registration.json")));
        assertThat(error).isNotNull();
        assertThat(((LocalizedError) error).line("en")).isEqualTo("cannot read /data/registration.json: permission denied");
        assertThat(((LocalizedError) error).line("zh-TW")).isEqualTo("無法讀取 /data/registration.json：權限不足");
        assertThat(((LocalizedError) error).line("id-ID")).isEqualTo("tidak dapat membaca /data/registration.json: izin ditolak");
        assertThat(((LocalizedError) error).line("zh-CN")).isEqualTo("无法读取 /data/registration.json：权限不足");
        assertThat(IoErrors.userError(new IllegalStateException("a bug"))).isNull();
    }

    /** The same through the command line, where the file system can refuse (not as root, who may read anything). */
    @Test
    void unreadableExportProfileAndArticle() throws Exception {
        Path reg = tmp.resolve("registration.json");
        Files.writeString(reg, String.format("{\"value\":[" + RECORD + "]}", 1, 1));
        Path article = Files.createDirectories(tmp.resolve("articles/x")).resolve("en.md");
        Files.writeString(article, "---\ntitle: x\n---\n\n# Q\n\nA.\n");
        for (Path p : List.of(reg, article)) Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(reg), "running as root: every file is readable");
        for (String[] args : List.of(new String[] {"audit", reg.toString()}, new String[] {"diagnose", "--profile", reg.toString()},
                new String[] {"content", "check", tmp.toString()}, new String[] {"--content-dir", tmp.toString(), "faq", "list"})) {
            CliRunner.Result r = CliRunner.exec(args);
            assertThat(r.exit()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("permission denied").doesNotContain("Exception", "internal error");
        }
    }

    /** A lone surrogate in a UPN (bytes ED A0 80) stops the read at the reader: file:line:column, no report, no temporary file. */
    @Test
    void aLoneSurrogateIsRefusedAtTheReaderAndLeavesNothingBehind() throws Exception {
        Path reg = tmp.resolve("reg.json");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("{\"value\":[\n{\"id\":\"1\",\"userPrincipalName\":\"a".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        b.writeBytes("@x\",\"isSsprCapable\":false}]}".getBytes(StandardCharsets.UTF_8));
        Files.write(reg, b.toByteArray());
        for (String format : List.of("json", "csv", "ndjson", "text", "junit")) {
            Path out = tmp.resolve("report." + format);
            CliRunner.Result r = CliRunner.exec("audit", reg.toString(), "--format", format, "--output", out.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("sspr-doctor: " + reg + ":2:33: the text is not valid UTF-8; save the file as UTF-8\n");
            try (var files = Files.list(tmp)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
            if (format.equals("junit")) assertThat(Files.readString(out)).contains("<error message=\"" + reg + ":2:33:");
            else assertThat(out).doesNotExist();
        }
    }

    /** Two UTF-8-with-BOM pages joined with cat are two pages, not "not UTF-8". */
    @Test
    void twoBomPagesJoinedByCatAreValid() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int page = 1; page <= 2; page++) {
            b.writeBytes(bom);
            b.writeBytes(String.format("{\"value\":[" + RECORD + "]}\r\n", page, page).getBytes(StandardCharsets.UTF_8));
        }
        Path joined = tmp.resolve("joined.json");
        Files.write(joined, b.toByteArray());
        CliRunner.Result r = CliRunner.exec("audit", joined.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"u1@contoso.example\"", "\"u2@contoso.example\"");
    }

    /** An endless line on --batch ends with a clear error, after the lines before it were answered. */
    @Test
    void batchEndlessLineEnds() {
        InputStream endless = new InputStream() {
            private final byte[] first = "{\"role\":[\"user-admin\"]}\n".getBytes(StandardCharsets.UTF_8);
            private int at;

            @Override
            public int read() {
                return at < first.length ? first[at++] : 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) b[off + i] = (byte) read();
                return len;
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = {"diagnose", "--batch", "-"};
        int exit = CommandLines.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), false, endless, args).execute(args);
        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).startsWith("{\"line\":1,");
        assertThat(err.toString()).isEqualTo("sspr-doctor: --batch: stdin: line 2 is longer than 64 KiB; is this one record per line?\n");
    }

    /** The 6,000 small cases of the issue run in a 64 MB heap; more than the bound is refused, pointing at --batch. */
    @Test
    void aLargeProfileRunsInA64MbHeapOrIsRefused() throws Exception {
        StringBuilder p = new StringBuilder("role: [helpdesk-admin]\nhybrid: true\ncases:\n");
        for (int i = 0; i < 6000; i++) p.append("  - {name: user ").append(i).append(", target-role: [global-admin], license: [SPE_E3]}\n");
        Path profile = tmp.resolve("p.yaml");
        Files.writeString(profile, p);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "sspr.doctor.cli.Main",
                "diagnose", "--profile", profile.toString(), "--format", "json"));
        Process proc = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out.json").toFile()).redirectError(tmp.resolve("err.txt").toFile()).start();
        assertThat(proc.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(Files.readString(tmp.resolve("err.txt"))).isEmpty();
        assertThat(proc.exitValue()).isEqualTo(1);
        assertThat(Files.size(tmp.resolve("out.json"))).isGreaterThan(6000L * 500);

        StringBuilder big = new StringBuilder("cases:\n");
        for (int i = 0; i <= ProfileReader.MAX_CASES; i++) big.append("- {}\n");
        Files.writeString(profile, big);
        CliRunner.Result r = CliRunner.exec("diagnose", "--profile", profile.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("sspr-doctor: " + profile + ":")
                .endsWith(": a profile holds at most 10000 cases; for more, give one case per line with --batch (NDJSON, read as a stream)\n");
    }

    /** An article's file name reaches the terminal through faq list and content check: filtered. */
    @Test
    void controlCharactersInFileNamesNeverReachTheTerminal() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("x\u001b]0;owned\u0007\u009b2J"));
        Files.writeString(dir.resolve("en.md"), "---\ntitle: \u001b[31mx\n---\n\n# Q\u202e?\n\nA [b](c d).\n");
        for (String[] args : List.of(new String[] {"--content-dir", tmp.toString(), "faq", "list"},
                new String[] {"content", "check", tmp.toString()}, new String[] {"content", "check", tmp.toString(), "-o", "json"})) {
            // the contract: no control character on stdout or stderr, whatever the names hold
            InputContract.check(new byte[0], tmp, args);
        }
    }

    /** An export's values (a UPN with CSI, OSC, C1 and bidi controls) reach no terminal raw, in any format. */
    @Test
    void exportValuesAreTerminalSafeInEveryFormat() throws Exception {
        Path reg = tmp.resolve("reg.ndjson");
        Files.writeString(reg, "{\"id\":\"1\",\"userPrincipalName\":\"\\u001b]0;x\\u0007a\u009b2J\u202e@x\",\"isSsprCapable\":false}\n");
        for (String format : List.of("text", "json", "ndjson", "csv", "junit")) {
            InputContract.Run r = InputContract.check(new byte[0], tmp, "audit", reg.toString(), "-o", format);
            assertThat(r.exit()).isZero();
            if (format.equals("json") || format.equals("ndjson")) assertThat(r.out()).contains("\\u009B", "\\u202E");
        }
    }

    /** Output files get the umask's mode, as any file the user's shell would create. */
    @Test
    void reportsGetTheUmasksMode() throws Exception {
        Path reg = tmp.resolve("reg.json");
        Files.writeString(reg, String.format("{\"value\":[" + RECORD + "]}", 1, 1));
        Path plain = Files.createFile(tmp.resolve("plain"));
        for (String format : List.of("json", "csv")) {
            Path out = tmp.resolve("r." + format);
            assertThat(CliRunner.exec("audit", reg.toString(), "-o", format, "--output", out.toString()).exit()).isZero();
            assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    /** An audit of an export with no users is exit 2 in every format, never a green empty report. */
    @Test
    void anEmptyExportFailsClosedInEveryFormat() throws Exception {
        Path empty = tmp.resolve("empty.json");
        Files.writeString(empty, "{\"value\":[]}");
        for (String format : List.of("text", "json", "yaml", "csv", "ndjson", "junit")) {
            if (format.equals("yaml") && !CliRunner.exec("audit", "--help").out().contains("yaml")) continue;
            CliRunner.Result r = CliRunner.exec("audit", empty.toString(), "-o", format);
            assertThat(r.exit()).as(format).isEqualTo(2);
            // JUnit goes where the report would have gone (stdout here): one <error>, so CI shows it
            if (format.equals("junit")) assertThat(r.out()).contains("errors=\"1\"", "<error message=\"no users in ");
            else assertThat(r.out()).as(format).isEmpty();
            assertThat(r.err()).isEqualTo("sspr-doctor: no users in " + empty + "; an empty export is not a passing audit\n");
        }
        Path xml = tmp.resolve("r.xml");
        assertThat(CliRunner.exec("audit", empty.toString(), "-o", "junit", "--output", xml.toString()).exit()).isEqualTo(2);
        assertThat(Files.readString(xml)).contains("errors=\"1\"", "<error message=\"no users in ");
    }
}
