package sspr.doctor.graph;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fake Graph as a process, for bench/fetch.sh: {@code FakeGraphMain USERS TOKEN_FILE URL_FILE}
 * serves USERS generated users (999 a page) and empty other collections until killed, and writes its
 * URL to URL_FILE once it listens.
 */
public final class FakeGraphMain {
    private FakeGraphMain() {}

    public static void main(String[] args) throws Exception {
        long users = Long.parseLong(args[0]);
        String token = Files.readString(Path.of(args[1])).strip();
        FakeGraph g = new FakeGraph(null, token).syntheticUsers(users);
        Path url = Path.of(args[2]);
        Files.writeString(url.resolveSibling(url.getFileName() + ".tmp"), g.url());
        Files.move(url.resolveSibling(url.getFileName() + ".tmp"), url);
        Thread.currentThread().join();
    }
}
