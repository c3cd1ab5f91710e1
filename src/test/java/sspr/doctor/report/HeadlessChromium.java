package sspr.doctor.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium, run as a real browser on a report file: the DOM after the page's
 * script ran, the network log, and a screenshot. Missing Chromium fails under CI (CI=true; .ci/run
 * installs it) and skips the test elsewhere, saying why.
 */
final class HeadlessChromium {
    private HeadlessChromium() {}

    static Path binary() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return p;
            }
        }
        String message = "headless Chromium is not installed (Debian: apt-get install -y chromium; .ci/run installs it)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail(message);
        Assumptions.abort(message);
        return null;
    }

    record Run(String dom, String netLog) {}

    /** Loads {@code url} and returns the DOM once its scripts have run, with the network log of the whole session. */
    static Run dumpDom(String url, Path work) throws IOException, InterruptedException {
        Path netLog = work.resolve("net-log.json");
        Path out = work.resolve("dom.html");
        run(work, out, "--log-net-log=" + netLog, "--dump-dom", url);
        return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.isRegularFile(netLog) ? Files.readString(netLog, StandardCharsets.UTF_8) : "");
    }

    static void screenshot(String url, Path png, Path work, int width, int height) throws IOException, InterruptedException {
        run(work, work.resolve("screenshot.out"), "--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(), url);
    }

    private static void run(Path work, Path stdout, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        List<String> cmd = new ArrayList<>(List.of(binary().toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(work.resolve("chromium.err").toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assertions.fail("headless Chromium did not finish in 90 s: " + String.join(" ", cmd));
        }
        Assertions.assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(work.resolve("chromium.err")));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
