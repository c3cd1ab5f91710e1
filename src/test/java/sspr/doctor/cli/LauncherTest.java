package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three launchers (./sspr-doctor, the Java archive's and the jlink image's bin/sspr-doctor), run by bash with a
 * fake {@code java} that prints what it was given. Their PATH holds no coreutils, so a launcher that ran readlink,
 * dirname or stty on its usual path would fail here.
 */
class LauncherTest {
    @TempDir Path tmp;
    Path repo;
    Path jdk25;
    Path jdk17;
    Path emptyBin;

    @BeforeEach
    void layout() throws IOException {
        repo = Files.createDirectories(tmp.resolve("repo"));
        Files.copy(Path.of("sspr-doctor"), repo.resolve("sspr-doctor"));
        Files.createDirectories(repo.resolve("target/aot"));
        Files.writeString(repo.resolve("target/sspr-doctor.jar"), "");
        Files.writeString(repo.resolve("target/sspr-doctor.jsa"), "");
        for (String family : Training.FAMILIES.keySet()) Files.writeString(repo.resolve("target/aot/" + family + ".aot"), "");
        Files.setLastModifiedTime(repo.resolve("target/sspr-doctor.jar"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        jdk25 = fakeJava(tmp.resolve("jdk25"));
        jdk17 = fakeJava(tmp.resolve("jdk17"));
        emptyBin = Files.createDirectories(tmp.resolve("empty-bin"));
    }

    /** A JDK whose java prints itself, COLUMNS and its arguments, one per line (bash built-ins only). */
    static Path fakeJava(Path home) throws IOException {
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        executable(java, "#!/bin/bash\nprintf 'java=%s\\nCOLUMNS=%s\\n' \"$0\" \"${COLUMNS-unset}\"\nprintf '%s\\n' \"$@\"\n");
        return home;
    }

    static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    record Run(int exit, List<String> lines, String err) {
        String java() { return lines.isEmpty() ? "" : lines.get(0); }
        String columns() { return lines.size() < 2 ? "" : lines.get(1); }
        List<String> args() { return lines.size() < 2 ? List.of() : lines.subList(2, lines.size()); }
    }

    Run run(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/bin/bash", launcher.toString()));
        cmd.addAll(List.of(args));
        return run(cmd, env);
    }

    Run run(List<String> cmd, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        pb.environment().put("PATH", emptyBin.toString());
        pb.environment().put("SSPR_DOCTOR_JDK25", jdk25.toString());
        pb.environment().put("JAVA_HOME", jdk17.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out.lines().toList(), err);
    }

    @Test
    void diagnoseRunsOnJdk25WithItsFamilysCacheAndC1Only() throws Exception {
        Run r = run(repo.resolve("sspr-doctor"), Map.of(), "diagnose", "--role", "user-admin");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.java()).isEqualTo("java=" + jdk25.resolve("bin/java"));
        assertThat(r.args()).containsSubsequence("-XX:-UsePerfData", "-XX:TieredStopAtLevel=1",
                "-XX:AOTCache=" + repo.resolve("target/aot/diagnose.aot"), "-XX:+UseSerialGC",
                "-cp", repo.resolve("target/sspr-doctor.jar").toString(), "sspr.doctor.cli.Main", "diagnose", "--role", "user-admin");
        assertThat(r.columns()).as("not a terminal: no width is made up").isEqualTo("COLUMNS=unset");
    }

    /** The bash table in each launcher and Training.family (which the build trains by) agree. */
    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V", "--help", "", "faq list", "--lang zh-TW faq show x", "articles list",
            "--color never explain 6329", "diagnose --role user-admin", "--lang id-ID diagnose", "wizard", "audit x.json",
            "tenant fetch", "roles list", "licenses list", "rules check", "completion bash", "diagnse",
            "--version --lang zh-TW", "--content-dir d --version", "diagnose --help", "faq list -h", "help diagnose", "--lang zh-TW --help",
            "-h"})
    void theCacheIsTheFamilysOfTheSubcommand(String line) throws Exception {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        String family = Training.family(args);
        assertThat(run(repo.resolve("sspr-doctor"), Map.of(), args).args())
                .contains("-XX:AOTCache=" + repo.resolve("target/aot/" + family + ".aot"));
        Path image = image();
        Files.createDirectories(image.resolve("lib/aot"));
        for (String f : Training.FAMILIES.keySet()) Files.writeString(image.resolve("lib/aot/" + f + ".aot"), "");
        assertThat(run(image.resolve("bin/sspr-doctor"), Map.of(), args).args())
                .contains("-XX:AOTCache=" + image.resolve("bin/../lib/aot/" + family + ".aot"));
    }

    @Test
    void anAuditGetsC2() throws Exception {
        Run r = run(repo.resolve("sspr-doctor"), Map.of(), "--lang", "zh-TW", "audit", "users.json");
        assertThat(r.args()).contains("-XX:AOTCache=" + repo.resolve("target/aot/audit.aot")).doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void withoutAotTheJdkOfJavaHomeRunsWithTheAppCdsArchive() throws Exception {
        Run r = run(repo.resolve("sspr-doctor"), Map.of("SSPR_DOCTOR_NO_AOT", "1"), "faq", "list");
        assertThat(r.java()).isEqualTo("java=" + jdk17.resolve("bin/java"));
        assertThat(r.args()).contains("-XX:SharedArchiveFile=" + repo.resolve("target/sspr-doctor.jsa"))
                .noneMatch(a -> a.startsWith("-XX:AOTCache"));
    }

    @Test
    void aMissingFamilyCacheFallsBackToAppCds() throws Exception {
        Files.delete(repo.resolve("target/aot/read.aot"));
        Run r = run(repo.resolve("sspr-doctor"), Map.of(), "faq", "list");
        assertThat(r.java()).isEqualTo("java=" + jdk17.resolve("bin/java"));
        assertThat(r.args()).contains("-XX:SharedArchiveFile=" + repo.resolve("target/sspr-doctor.jsa"));
    }

    /** JDK 25 would map a cache made for an older jar and run the old classes: a cache older than the jar is unused. */
    @Test
    void aCacheOlderThanTheJarIsNotUsed() throws Exception {
        Files.setLastModifiedTime(repo.resolve("target/aot/diagnose.aot"), FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        Run r = run(repo.resolve("sspr-doctor"), Map.of(), "diagnose");
        assertThat(r.java()).isEqualTo("java=" + jdk17.resolve("bin/java"));
        assertThat(r.args()).noneMatch(a -> a.startsWith("-XX:AOTCache"));
    }

    @Test
    void extraJvmOptionsComeBeforeTheClassPath() throws Exception {
        Run r = run(repo.resolve("sspr-doctor"), Map.of("SSPR_DOCTOR_JAVA_OPTS", "-Xmx64m -Dx=y", "COLUMNS", "55"), "roles", "list");
        assertThat(r.args()).containsSubsequence("-XX:AOTCache=" + repo.resolve("target/aot/other.aot"), "-Xmx64m", "-Dx=y", "-cp");
        assertThat(r.columns()).isEqualTo("COLUMNS=55");
    }

    @Test
    void throughASymbolicLinkTheRealDirectoryIsFound() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("home/bin"));
        Path link = Files.createSymbolicLink(bin.resolve("sspr-doctor"), repo.resolve("sspr-doctor"));
        Run r = run(link, Map.of("PATH", "/usr/bin:/bin"), "explain", "6329");   // readlink, for links only
        assertThat(r.args()).contains("-XX:AOTCache=" + repo.resolve("target/aot/read.aot"),
                repo.resolve("target/sspr-doctor.jar").toString());
    }

    @Test
    void aFirstRunBuildsTheJarQuietlyThenRuns() throws Exception {
        Files.delete(repo.resolve("target/sspr-doctor.jar"));
        executable(emptyBin.resolve("mvn"), "#!/bin/bash\necho noisy\necho noisy >&2\n: > target/sspr-doctor.jar\n");
        Run r = run(repo.resolve("sspr-doctor"), Map.of(), "--version");
        assertThat(r.err()).isEqualTo("sspr-doctor: building (first run only)...\n");
        assertThat(r.lines()).doesNotContain("noisy");
        assertThat(r.args()).endsWith("sspr.doctor.cli.Main", "--version");
        assertThat(repo.resolve("target/sspr-doctor.jar")).exists();
    }

    @Test
    void aCheckoutThatMovedSinceTheBuildRebuildsTheJar() throws Exception {
        // git appends to .git/logs/HEAD whenever HEAD moves (pull, checkout, commit)
        Path reflog = Files.createDirectories(repo.resolve(".git/logs")).resolve("HEAD");
        Files.writeString(reflog, "moved\n");
        executable(emptyBin.resolve("mvn"), "#!/bin/bash\necho noisy\n: > target/sspr-doctor.jar\necho built >> target/mvn-runs\n");
        Run r = run(repo.resolve("sspr-doctor"), Map.of(), "--version");
        assertThat(r.err()).isEqualTo("sspr-doctor: rebuilding (the checkout changed since the last build)...\n");
        assertThat(r.args()).endsWith("sspr.doctor.cli.Main", "--version");
        assertThat(Files.readAllLines(repo.resolve("target/mvn-runs"))).hasSize(1);
        // built: the jar is newer than the reflog now, so the next run builds nothing
        Run again = run(repo.resolve("sspr-doctor"), Map.of(), "--version");
        assertThat(again.err()).isEmpty();
        assertThat(Files.readAllLines(repo.resolve("target/mvn-runs"))).hasSize(1);
    }

    @Test
    void aFailedFirstBuildSaysHowToSeeWhy() throws Exception {
        Files.delete(repo.resolve("target/sspr-doctor.jar"));
        executable(emptyBin.resolve("mvn"), "#!/bin/bash\nexit 1\n");
        Run r = run(repo.resolve("sspr-doctor"), Map.of(), "--version");
        assertThat(r.exit()).isEqualTo(70);
        assertThat(r.err()).contains("build failed; run 'mvn -B package' to see why");
        assertThat(r.lines()).isEmpty();
    }

    /** On a terminal, the width bash reads (no stty) reaches the JVM; a width already exported is kept. */
    @Test
    void onATerminalTheWidthIsPassed() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")) && Files.isExecutable(Path.of("/bin/stty")));
        String launcher = repo.resolve("sspr-doctor").toString();
        for (String redirect : new String[] {"", " 2>/dev/null"}) {
            Run r = run(List.of("/usr/bin/script", "-qec", "/bin/stty cols 117 rows 30; unset COLUMNS; /bin/bash " + launcher
                    + " faq list" + redirect, "/dev/null"), Map.of("PATH", "/usr/bin:/bin"));
            assertThat(r.lines()).as(redirect).anyMatch(l -> l.strip().equals("COLUMNS=117"));
        }
    }

    /** Whether standard input and output are terminals is told to the JVM (it need not look up console providers). */
    @Test
    void whetherThereIsAConsoleIsPassed() throws Exception {
        assertThat(run(repo.resolve("sspr-doctor"), Map.of(), "faq", "list").args()).contains("-Dsspr.doctor.console=false")
                .doesNotContain("-Dsspr.doctor.console=true");
        assertThat(run(image().resolve("bin/sspr-doctor"), Map.of(), "faq", "list").args()).contains("-Dsspr.doctor.console=false");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")));
        for (Path launcher : new Path[] {repo.resolve("sspr-doctor"), image().resolve("bin/sspr-doctor")}) {
            Run r = run(List.of("/usr/bin/script", "-qec", "/bin/bash " + launcher + " faq list", "/dev/null"), Map.of("PATH", "/usr/bin:/bin"));
            assertThat(r.lines()).as(launcher.toString()).anyMatch(l -> l.strip().equals("-Dsspr.doctor.console=true"));
            Run piped = run(List.of("/usr/bin/script", "-qec", "/bin/bash " + launcher + " faq list </dev/null", "/dev/null"), Map.of("PATH", "/usr/bin:/bin"));
            assertThat(piped.lines()).as("standard input redirected").anyMatch(l -> l.strip().equals("-Dsspr.doctor.console=false"));
        }
    }

    /** The jlink image's launcher: its own runtime, its own cache, nothing from the machine. */
    Path image() throws IOException {
        Path image = tmp.resolve("image");
        if (Files.exists(image)) return image;
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib"));
        Files.copy(Path.of("src/packaging/launcher.sh"), image.resolve("bin/sspr-doctor"));
        Files.writeString(image.resolve("lib/sspr-doctor.jar"), "");
        fakeJava(image.resolve("runtime"));
        return image;
    }

    @Test
    void theImageRunsItsOwnJavaWithItsOwnArchive() throws Exception {
        Path image = image();
        Path launcher = image.resolve("bin/sspr-doctor");
        Run plain = run(launcher, Map.of(), "diagnose", "--hybrid");
        assertThat(plain.java()).isEqualTo("java=" + image.resolve("bin/../runtime/bin/java"));
        assertThat(plain.args()).noneMatch(a -> a.startsWith("-XX:AOTCache") || a.startsWith("-XX:SharedArchiveFile"))
                .containsSubsequence("-XX:TieredStopAtLevel=1", "-cp", image.resolve("bin/../lib/sspr-doctor.jar").toString());
        Files.writeString(image.resolve("lib/sspr-doctor.jsa"), "");
        assertThat(run(launcher, Map.of(), "diagnose").args()).contains("-XX:SharedArchiveFile=" + image.resolve("bin/../lib/sspr-doctor.jsa"));
        Files.createDirectories(image.resolve("lib/aot"));
        Files.writeString(image.resolve("lib/aot/diagnose.aot"), "");
        assertThat(run(launcher, Map.of(), "diagnose").args()).contains("-XX:AOTCache=" + image.resolve("bin/../lib/aot/diagnose.aot"))
                .doesNotContain("-XX:SharedArchiveFile=" + image.resolve("bin/../lib/sspr-doctor.jsa"));
        assertThat(run(launcher, Map.of("SSPR_DOCTOR_NO_AOT", "1"), "diagnose").args())
                .contains("-XX:SharedArchiveFile=" + image.resolve("bin/../lib/sspr-doctor.jsa"));
        assertThat(run(launcher, Map.of("SSPR_DOCTOR_JAVA_OPTS", "-Xmx64m"), "audit", "f").args())
                .containsSubsequence("-Xmx64m", "-cp").doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theDebianLauncherFindsTheImageUnderUsrLib() throws Exception {
        Path root = tmp.resolve("deb");
        Path usrBin = Files.createDirectories(root.resolve("usr/bin"));
        Path lib = Files.createDirectories(root.resolve("usr/lib/sspr-doctor/lib"));
        Files.writeString(lib.resolve("sspr-doctor.jar"), "");
        fakeJava(root.resolve("usr/lib/sspr-doctor/runtime"));
        // the same substitution as src/packaging/build-packages.sh
        String text = Files.readString(Path.of("src/packaging/launcher.sh"))
                .replaceAll("(?m)^base=.*$", "base=\"\\$dir/../lib/sspr-doctor\"");
        executable(usrBin.resolve("sspr-doctor"), text);
        Run r = run(usrBin.resolve("sspr-doctor"), Map.of(), "--version");
        assertThat(r.exit()).isZero();
        assertThat(r.java()).isEqualTo("java=" + usrBin.resolve("../lib/sspr-doctor/runtime/bin/java"));
    }

    @Test
    void theJavaArchiveRunsTheUsersJava() throws Exception {
        Path arch = tmp.resolve("archive");
        Files.createDirectories(arch.resolve("bin"));
        Files.createDirectories(arch.resolve("lib"));
        Files.copy(Path.of("src/packaging/launcher.sh"), arch.resolve("bin/sspr-doctor"));
        Run r = run(arch.resolve("bin/sspr-doctor"), Map.of("SSPR_DOCTOR_JAVA_OPTS", "-Xmx1g"), "--lang", "zh-TW", "audit", "f");
        assertThat(r.java()).isEqualTo("java=" + jdk17.resolve("bin/java"));
        assertThat(r.args()).containsSubsequence("-XX:-UsePerfData", "-Xmx1g", "-cp", arch.resolve("bin/../lib/sspr-doctor.jar").toString())
                .doesNotContain("-XX:TieredStopAtLevel=1");
        Map<String, String> noJavaHome = new HashMap<>();
        noJavaHome.put("PATH", jdk25.resolve("bin").toString());
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", arch.resolve("bin/sspr-doctor").toString(), "faq", "list");
        pb.environment().clear();
        pb.environment().putAll(noJavaHome);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.getErrorStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        assertThat(out).as("java from PATH").startsWith("java=" + jdk25.resolve("bin/java") + "\n").contains("-XX:TieredStopAtLevel=1");
    }
}
