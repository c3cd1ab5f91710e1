package sspr.doctor.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credential choice and the msal4j flows against a token endpoint on loopback. msal4j refuses
 * http authorities, so the endpoint is https with a throw-away self-signed certificate (made by
 * the JDK's keytool) that only this test trusts; instance discovery is off with an overridden
 * authority, so the endpoint is the only host msal4j contacts.
 */
class CredentialsTest {
    static final String TENANT = "2f7c9a1e-0000-4000-8000-00000000c0de";
    static final String ISSUED = FakeGraph.token(TENANT);
    static HttpsServer server;
    static final List<String> seen = new CopyOnWriteArrayList<>();
    static final List<String> bodies = new CopyOnWriteArrayList<>();
    @TempDir static Path keys;

    @BeforeAll
    static void tokenEndpoint() throws Exception {
        Path store = keys.resolve("loopback.p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", "loopback",
                "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(store.toFile())) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), null, null);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, tmf.getTrustManagers(), null);
        MsalCredential.sslSocketFactory = client.getSocketFactory();
        CredentialsTest.server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        CredentialsTest.server.setHttpsConfigurator(new HttpsConfigurator(server));
        CredentialsTest.server.createContext("/", x -> {
            try (x) {
                String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                seen.add(x.getRequestMethod() + " " + x.getRequestURI().getPath());
                bodies.add(URLDecoder.decode(body, StandardCharsets.UTF_8));
                byte[] answer = x.getRequestURI().getPath().endsWith("/oauth2/v2.0/devicecode")
                        ? ("{\"user_code\":\"ABCD-EFGH\",\"device_code\":\"dc-1\",\"verification_uri\":\"https://microsoft.com/devicelogin\","
                           + "\"expires_in\":900,\"interval\":1,\"message\":\"To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ABCD-EFGH to authenticate.\"}")
                            .getBytes(StandardCharsets.UTF_8)
                        : x.getRequestURI().getPath().endsWith("/oauth2/v2.0/token")
                        ? ("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"" + ISSUED + "\"}").getBytes(StandardCharsets.UTF_8)
                        : "{\"error\":\"not_found\"}".getBytes(StandardCharsets.UTF_8);
                x.getResponseHeaders().add("Content-Type", "application/json");
                x.sendResponseHeaders(answer.length > 30 ? 200 : 404, answer.length);
                try (OutputStream o = x.getResponseBody()) {
                    o.write(answer);
                }
            }
        });
        CredentialsTest.server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        MsalCredential.sslSocketFactory = null;
    }

    static Credentials.Options options(Credentials.Auth auth, Map<String, String> env) {
        URI authority = URI.create("https://127.0.0.1:" + server.getAddress().getPort());
        return new Credentials.Options(auth, null, null, null, authority, Cloud.global.graph, true, env,
                new PrintWriter(new StringWriter()), false);
    }

    static Map<String, String> env(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void clientSecretThroughMsal4jOnALoopbackAuthority() {
        seen.clear();
        bodies.clear();
        TokenSource t = Credentials.choose(options(Credentials.Auth.auto,
                env("AZURE_TENANT_ID", TENANT, "AZURE_CLIENT_ID", "app-1", "AZURE_CLIENT_SECRET", "s3cret")));
        assertThat(t.kind()).isEqualTo("auth.client-secret");
        assertThat(t.token(false)).isEqualTo(ISSUED);
        assertThat(Credentials.tenantOf(ISSUED)).isEqualTo(TENANT);
        // the token endpoint of the configured authority, and nothing else
        assertThat(seen).containsOnly("POST /" + TENANT + "/oauth2/v2.0/token");
        assertThat(bodies.get(0)).contains("grant_type=client_credentials").contains("client_id=app-1")
                .contains("client_secret=s3cret").contains("scope=https://graph.microsoft.com/.default");
    }

    @Test
    void certificateFromAPfxSignsAClientAssertion() {
        bodies.clear();
        TokenSource t = Credentials.choose(options(Credentials.Auth.auto, env("AZURE_TENANT_ID", TENANT, "AZURE_CLIENT_ID", "app-1",
                "AZURE_CLIENT_CERTIFICATE_PATH", keys.resolve("loopback.p12").toString(), "AZURE_CLIENT_CERTIFICATE_PASSWORD", "changeit")));
        assertThat(t.kind()).isEqualTo("auth.certificate");
        assertThat(t.token(false)).isEqualTo(ISSUED);
        // a JWT signed with the certificate's key, never the key itself
        assertThat(bodies.get(bodies.size() - 1)).containsPattern("client_assertion=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")
                .doesNotContain("PRIVATE KEY");
    }

    @Test
    void deviceCodeShowsMicrosoftsInstructionAndUsesThePublicClient() {
        bodies.clear();
        StringWriter shown = new StringWriter();
        URI authority = URI.create("https://127.0.0.1:" + server.getAddress().getPort());
        TokenSource t = Credentials.choose(new Credentials.Options(Credentials.Auth.device_code, null, TENANT, null, authority, Cloud.global.graph, true,
                env(), new PrintWriter(shown, true), true));
        assertThat(t.kind()).isEqualTo("auth.device-code");
        assertThat(t.token(false)).isEqualTo(ISSUED);
        assertThat(shown.toString()).contains("ABCD-EFGH").contains("https://microsoft.com/devicelogin");
        assertThat(bodies).anySatisfy(b -> assertThat(b).contains("client_id=" + Credentials.DEFAULT_PUBLIC_CLIENT))
                .anySatisfy(b -> assertThat(b).contains("device_code=dc-1"));
    }

    @Test
    void workloadIdentityFromAFederatedTokenFile(@TempDir Path dir) throws IOException {
        bodies.clear();
        Path f = dir.resolve("federated");
        Files.writeString(f, "federated-jwt\n");
        TokenSource t = Credentials.choose(options(Credentials.Auth.workload_identity,
                env("AZURE_TENANT_ID", TENANT, "AZURE_CLIENT_ID", "app-1", "AZURE_FEDERATED_TOKEN_FILE", f.toString())));
        assertThat(t.kind()).isEqualTo("auth.workload-identity-file");
        assertThat(t.token(false)).isEqualTo(ISSUED);
        assertThat(bodies.get(bodies.size() - 1)).contains("client_assertion=federated-jwt")
                .contains("client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    }

    @Test
    void workloadIdentityFromGitHubActionsOidc() throws Exception {
        bodies.clear();
        try (FakeGraph actions = new FakeGraph(null, "gh-request-token")) {
            // the fake answers /v1.0/... only; GitHub's endpoint is any URL: point it at a collection it serves
            Files.createDirectories(keys.resolve("gh"));
            try (FakeGraph gh = new FakeGraph(writeOidc(keys.resolve("gh")), "gh-request-token")) {
                TokenSource t = Credentials.choose(options(Credentials.Auth.auto, env("AZURE_TENANT_ID", TENANT, "AZURE_CLIENT_ID", "app-1",
                        "ACTIONS_ID_TOKEN_REQUEST_URL", gh.url() + "/v1.0/policies/authorizationPolicy?x=1", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "gh-request-token")));
                assertThat(t.kind()).isEqualTo("auth.workload-identity-github");
                assertThat(t.token(false)).isEqualTo(ISSUED);
                assertThat(bodies.get(bodies.size() - 1)).contains("client_assertion=github-oidc-jwt");
                assertThat(gh.requests().get(0).query()).contains("audience=api://AzureADTokenExchange");
            }
        }
    }

    static Path writeOidc(Path dir) throws IOException {
        Files.writeString(dir.resolve("policies-authorizationPolicy.json"), "{\"value\":\"github-oidc-jwt\",\"count\":1}");
        return dir;
    }

    @Test
    void tokenFileFirstThenAzureCli(@TempDir Path dir) throws IOException {
        Path az = dir.resolve("az");
        Files.writeString(az, "#!/bin/sh\necho '{\"accessToken\":\"from-az\",\"expiresOn\":\"2026-12-06 05:00:00\",\"tenant\":\"" + TENANT + "\"}'\n");
        Files.setPosixFilePermissions(az, PosixFilePermissions.fromString("rwx------"));
        Map<String, String> e = env("PATH", dir.toString(), "SSPR_DOCTOR_GRAPH_TOKEN", "from-env");
        assertThat(Credentials.choose(options(Credentials.Auth.auto, e)).kind()).isEqualTo("auth.token-env");
        e.remove("SSPR_DOCTOR_GRAPH_TOKEN");
        TokenSource cli = Credentials.choose(options(Credentials.Auth.auto, e));
        assertThat(cli.kind()).isEqualTo("auth.azure-cli");
        assertThat(cli.token(false)).isEqualTo("from-az");
        Files.writeString(az, "#!/bin/sh\necho 'ERROR: Please run az login to setup account.' >&2\nexit 1\n");
        assertThatThrownBy(() -> Credentials.choose(options(Credentials.Auth.azure_cli, e)).token(false))
                .isInstanceOfSatisfying(GraphException.class, x -> assertThat(x.text().english()).contains("az login").contains("exit 1"));
    }

    @Test
    void nothingToSignInWithIsOneClearError() {
        assertThatThrownBy(() -> Credentials.choose(options(Credentials.Auth.auto, env())))
                .isInstanceOfSatisfying(GraphException.class, x -> assertThat(x.text().english()).contains("no credential found"));
        assertThatThrownBy(() -> Credentials.choose(options(Credentials.Auth.client_secret, env("AZURE_CLIENT_ID", "a"))))
                .isInstanceOfSatisfying(GraphException.class, x -> assertThat(x.text().english()).contains("AZURE_TENANT_ID"));
    }
}
