package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sspr.doctor.graph.FakeGraph;

/**
 * {@code tenant fetch --auth managed-identity} end to end: msal4j reads the App Service managed-identity
 * variables ({@code IDENTITY_ENDPOINT}, {@code IDENTITY_HEADER}) from the process environment itself, so
 * the tool runs as a real process whose environment points at a loopback identity endpoint; the token
 * it hands out is the one the fake Graph accepts, and nothing else is contacted.
 */
class ManagedIdentityFetchTest {
    @TempDir Path tmp;

    @Test
    void aManagedIdentityTokenFromThePlatformsEndpointFetchesTheTenant() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        HttpServer identity = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        identity.createContext("/msi/token", x -> {
            asked.add(x.getRequestURI().getQuery() + " header=" + x.getRequestHeaders().getFirst("X-IDENTITY-HEADER"));
            long expires = System.currentTimeMillis() / 1000 + 3600;
            byte[] body = ("{\"access_token\":\"" + TenantFetchTest.TOKEN + "\",\"expires_on\":\"" + expires
                    + "\",\"resource\":\"https://graph.microsoft.com\",\"token_type\":\"Bearer\"}").getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        identity.start();
        try (FakeGraph g = new FakeGraph(TenantFetchTest.FLAT, TenantFetchTest.TOKEN)) {
            Path out = tmp.resolve("snap");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xshare:off", "-cp", System.getProperty("java.class.path"), "sspr.doctor.cli.Main",
                    "tenant", "fetch", "--out", out.toString(), "--auth", "managed-identity", "--graph-url", g.url())
                    .redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
            pb.environment().clear();
            pb.environment().put("NO_COLOR", "1");
            pb.environment().put("IDENTITY_ENDPOINT", "http://127.0.0.1:" + identity.getAddress().getPort() + "/msi/token");
            pb.environment().put("IDENTITY_HEADER", "platform-secret");
            Process p = pb.start();
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
            String err = Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(err).isZero();
            assertThat(err).contains("managed identity").doesNotContain(TenantFetchTest.TOKEN);
            assertThat(Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8)).doesNotContain(TenantFetchTest.TOKEN);
            assertThat(out.resolve("users.json")).isRegularFile();
            assertThat(out.resolve("manifest.json")).isRegularFile();
            assertThat(asked).isNotEmpty().allSatisfy(q -> assertThat(q).contains("resource=https://graph.microsoft.com").endsWith("header=platform-secret"));
            assertThat(g.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + TenantFetchTest.TOKEN));
        } finally {
            identity.stop(0);
        }
    }
}
