package sspr.doctor.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Temporary files that never outlive the run: each is removed by the code that made it on every
 * failure path, and — for Ctrl-C or SIGTERM, when no {@code finally} runs — by a shutdown hook,
 * which also undoes what a command drew on the terminal (a progress bar). A report's temporary file
 * is created with the process's umask (as the final file would be), so that moving it into place
 * gives the report the mode the user expects; spool files stay private to the user.
 */
public final class TempFiles {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final List<Runnable> ON_INTERRUPT = new CopyOnWriteArrayList<>();
    /** Made on first use: setting up SecureRandom loads the security providers, which most runs never need. */
    private static final class Random {
        static final SecureRandom RANDOM = new SecureRandom();
    }
    private static volatile boolean hooked;

    private TempFiles() {}

    /** A new empty file in {@code dir} (mode from the umask), removed at exit unless {@link #release}d. */
    public static Path create(Path dir, String prefix, String suffix) throws IOException {
        hook();
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve(prefix + Long.toUnsignedString(Random.RANDOM.nextLong(), 36) + suffix);
            try {
                Path made = Files.createFile(p);
                LIVE.add(made);
                return made;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    /** A private spool file in the system's temporary folder, removed at exit unless {@link #release}d. */
    public static Path spool(String prefix, String suffix) throws IOException {
        hook();
        Path p = Files.createTempFile(prefix, suffix);
        LIVE.add(p);
        return p;
    }

    /** The file was moved into place or deleted by its owner: the hook leaves it alone. */
    public static void release(Path p) {
        if (p != null) LIVE.remove(p);
    }

    /** Deletes now (quietly: a failure to clean up must not hide the error that got us here). */
    public static void delete(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException | RuntimeException ignored) {
            // left for the hook, which tries again at exit
            return;
        }
        LIVE.remove(p);
    }

    /** Runs {@code restore} if the process is interrupted before {@code close} (e.g. clears a progress bar). */
    public static AutoCloseable onInterrupt(Runnable restore) {
        hook();
        ON_INTERRUPT.add(restore);
        return () -> ON_INTERRUPT.remove(restore);
    }

    /** Whether the shutdown hook was registered in this run (then the process must exit the orderly way, so it runs). */
    public static boolean hookInstalled() {
        return hooked;
    }

    /** Files still registered: for tests. */
    public static Set<Path> live() {
        return Set.copyOf(LIVE);
    }

    private static void hook() {
        if (hooked) return;
        synchronized (TempFiles.class) {
            if (hooked) return;
            Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::atExit, "sspr-doctor-cleanup"));
            hooked = true;
        }
    }

    /** Package-visible for tests: what the hook does. */
    static void atExit() {
        for (Runnable r : ON_INTERRUPT) {
            try {
                r.run();
            } catch (RuntimeException ignored) {
                // the terminal is best effort; the files below matter more
            }
        }
        ON_INTERRUPT.clear();
        for (Path p : List.copyOf(LIVE)) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException ignored) {
                // nothing more can be done at exit
            }
            LIVE.remove(p);
        }
    }
}
