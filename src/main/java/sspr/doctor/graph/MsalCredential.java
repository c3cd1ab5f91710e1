package sspr.doctor.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.ManagedIdentityApplication;
import com.microsoft.aad.msal4j.ManagedIdentityId;
import com.microsoft.aad.msal4j.ManagedIdentityParameters;
import com.microsoft.aad.msal4j.PublicClientApplication;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.io.SafeYaml;

/**
 * The msal4j flows. This is the only class that names msal4j, so its classes load only when one of
 * these credentials is used. The authority is the cloud's ({@code --cloud}) or
 * {@code --authority-url}; with an overridden authority, instance discovery and authority
 * validation are off, so msal4j contacts that host only. msal4j insists on https authorities.
 */
final class MsalCredential implements TokenSource {
    /** For tests: the TLS trust of a loopback token endpoint (null: the JDK's). */
    static volatile javax.net.ssl.SSLSocketFactory sslSocketFactory;
    private static final long TIMEOUT_SECONDS = 120;

    private interface Acquire {
        IAuthenticationResult get(boolean refresh) throws Exception;
    }

    private final Acquire acquire;
    private final String kind;

    private MsalCredential(Acquire acquire, String kind) {
        this.acquire = acquire;
        this.kind = kind;
    }

    static MsalCredential create(Credentials.Auth a, Credentials.Options o) {
        String scope = stripSlash(o.resource().toString()) + "/.default";
        String authority = stripSlash(o.authority().toString()) + "/" + (o.tenant() == null ? "organizations" : o.tenant()) + "/";
        try {
            switch (a) {
                case client_secret: {
                    String secret = Credentials.blankToNull(o.env().get("AZURE_CLIENT_SECRET"));
                    if (secret == null) throw new GraphException("--auth", LocalizedText.of("auth-needs-env", "auth", a.optionName(), "vars", "AZURE_CLIENT_SECRET"));
                    return confidential(o, authority, scope, ClientCredentialFactory.createFromSecret(secret), "auth.client-secret");
                }
                case certificate:
                    return confidential(o, authority, scope, certificate(o), "auth.certificate");
                case workload_identity: {
                    String file = Credentials.blankToNull(o.env().get("AZURE_FEDERATED_TOKEN_FILE"));
                    if (file != null) {
                        // read on every request: the platform renews the file
                        return confidential(o, authority, scope, ClientCredentialFactory.createFromCallback(() -> readAssertion(Path.of(file))),
                                "auth.workload-identity-file");
                    }
                    String url = Credentials.blankToNull(o.env().get("ACTIONS_ID_TOKEN_REQUEST_URL"));
                    String bearer = Credentials.blankToNull(o.env().get("ACTIONS_ID_TOKEN_REQUEST_TOKEN"));
                    if (url == null || bearer == null) {
                        throw new GraphException("--auth", LocalizedText.of("auth-needs-env", "auth", a.optionName(),
                                "vars", "AZURE_FEDERATED_TOKEN_FILE | ACTIONS_ID_TOKEN_REQUEST_URL + ACTIONS_ID_TOKEN_REQUEST_TOKEN"));
                    }
                    return confidential(o, authority, scope, ClientCredentialFactory.createFromCallback(() -> githubAssertion(url, bearer)),
                            "auth.workload-identity-github");
                }
                case managed_identity: {
                    ManagedIdentityId id = o.client() == null ? ManagedIdentityId.systemAssigned() : ManagedIdentityId.userAssignedClientId(o.client());
                    ManagedIdentityApplication app = ManagedIdentityApplication.builder(id).build();
                    String resource = stripSlash(o.resource().toString());
                    return new MsalCredential(refresh -> app.acquireTokenForManagedIdentity(
                            ManagedIdentityParameters.builder(resource).forceRefresh(refresh).build()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS),
                            "auth.managed-identity");
                }
                case device_code: {
                    String client = o.client() == null ? Credentials.DEFAULT_PUBLIC_CLIENT : o.client();
                    PublicClientApplication.Builder b = PublicClientApplication.builder(client).authority(authority);
                    configure(b, o);
                    PublicClientApplication app = b.build();
                    return new MsalCredential(refresh -> app.acquireToken(DeviceCodeFlowParameters.builder(Set.of(scope), dc -> {
                        // Microsoft's own instruction (URL and code); printed as sent, through the terminal-safe filter
                        o.err().println(sspr.doctor.text.ControlCharacters.clean(dc.message()));
                        o.err().flush();
                    }).build()).get(15, TimeUnit.MINUTES), "auth.device-code");
                }
                default:
                    throw new IllegalArgumentException(a.name());
            }
        } catch (java.net.MalformedURLException | IllegalArgumentException e) {
            throw new GraphException("--authority-url", LocalizedText.of("auth-failed", "auth", a.optionName(), "reason", String.valueOf(e.getMessage())));
        }
    }

    private static MsalCredential confidential(Credentials.Options o, String authority, String scope, IClientCredential credential, String kind)
            throws java.net.MalformedURLException {
        ConfidentialClientApplication.Builder b = ConfidentialClientApplication.builder(o.client(), credential).authority(authority);
        configure(b, o);
        ConfidentialClientApplication app = b.build();
        return new MsalCredential(refresh -> app.acquireToken(ClientCredentialParameters.builder(Set.of(scope)).skipCache(refresh).build())
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS), kind);
    }

    private static void configure(com.microsoft.aad.msal4j.AbstractClientApplicationBase.Builder<?> b, Credentials.Options o) {
        if (o.authorityOverridden()) {
            // only the configured authority is contacted: no instance discovery at login.microsoftonline.com
            b.instanceDiscovery(false);
            b.validateAuthority(false);
        }
        if (sslSocketFactory != null) b.sslSocketFactory(sslSocketFactory);
    }

    @Override
    public String token(boolean refresh) {
        try {
            return acquire.get(refresh).accessToken();
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            throw new GraphException("--auth", LocalizedText.of("auth-failed", "auth", kindName(), "reason", reason(c)));
        } catch (TimeoutException e) {
            throw new GraphException("--auth", LocalizedText.of("auth-failed", "auth", kindName(), "reason", "timeout"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphException("--auth", LocalizedText.of("auth-failed", "auth", kindName(), "reason", "interrupted"));
        } catch (GraphException e) {
            throw e;
        } catch (Exception e) {
            throw new GraphException("--auth", LocalizedText.of("auth-failed", "auth", kindName(), "reason", reason(e)));
        }
    }

    private String kindName() {
        return kind.substring("auth.".length());
    }

    /** msal4j's message, first line, terminal-safe (it never contains the secret or the token). */
    private static String reason(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        m = m.split("\\R", 2)[0];
        if (m.length() > 300) m = m.substring(0, 300);
        return sspr.doctor.text.ControlCharacters.clean(m);
    }

    @Override
    public String kind() { return kind; }

    private static String readAssertion(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    /** GitHub Actions' OIDC token for Entra's audience, from the job's request URL and bearer. */
    private static String githubAssertion(String url, String bearer) throws IOException, InterruptedException {
        String u = url + (url.contains("?") ? "&" : "?") + "audience=" + URLEncoder.encode("api://AzureADTokenExchange", StandardCharsets.UTF_8);
        HttpRequest r = HttpRequest.newBuilder(URI.create(u)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearer).header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> resp = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofByteArray());
        if (resp.statusCode() != 200) throw new IOException("GitHub OIDC token request: HTTP " + resp.statusCode());
        JsonNode n = new ObjectMapper(SafeYaml.jsonFactory()).readTree(resp.body());
        JsonNode v = n == null ? null : n.get("value");
        if (v == null || !v.isTextual()) throw new IOException("GitHub OIDC token request: no value");
        return v.asText();
    }

    /** AZURE_CLIENT_CERTIFICATE_PATH: a PFX/PKCS#12 (password in AZURE_CLIENT_CERTIFICATE_PASSWORD) or PEM with key and certificate. */
    private static IClientCredential certificate(Credentials.Options o) {
        String path = Credentials.blankToNull(o.env().get("AZURE_CLIENT_CERTIFICATE_PATH"));
        if (path == null) throw new GraphException("--auth", LocalizedText.of("auth-needs-env", "auth", "certificate", "vars", "AZURE_CLIENT_CERTIFICATE_PATH"));
        try {
            byte[] bytes = Files.readAllBytes(Path.of(path));
            String text = new String(bytes, StandardCharsets.US_ASCII);
            if (!text.contains("-----BEGIN")) {
                String password = o.env().getOrDefault("AZURE_CLIENT_CERTIFICATE_PASSWORD", "");
                return ClientCredentialFactory.createFromCertificate(new ByteArrayInputStream(bytes), password);
            }
            Matcher key = Pattern.compile("-----BEGIN PRIVATE KEY-----(.+?)-----END PRIVATE KEY-----", Pattern.DOTALL).matcher(text);
            if (!key.find()) throw new IOException("no unencrypted PKCS#8 'BEGIN PRIVATE KEY' block");
            byte[] der = Base64.getMimeDecoder().decode(key.group(1));
            PrivateKey pk;
            try {
                pk = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (java.security.spec.InvalidKeySpecException e) {
                pk = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
            }
            int at = text.indexOf("-----BEGIN CERTIFICATE-----");
            if (at < 0) throw new IOException("no 'BEGIN CERTIFICATE' block");
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(text.substring(at).getBytes(StandardCharsets.US_ASCII)));
            return ClientCredentialFactory.createFromCertificate(pk, cert);
        } catch (GraphException e) {
            throw e;
        } catch (Exception e) {
            throw new GraphException("AZURE_CLIENT_CERTIFICATE_PATH", LocalizedText.of("auth-failed", "auth", "certificate", "reason", reason(e)));
        }
    }

    private static String stripSlash(String s) {
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return s;
    }
}
