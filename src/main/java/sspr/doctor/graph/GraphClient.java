package sspr.doctor.graph;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.io.SafeYaml;

/**
 * GET requests to Microsoft Graph over {@code java.net.http}, one page at a time. Throttling (429)
 * and the transient 503/504 are retried after {@code Retry-After}, or, when Graph sends none, after
 * an exponential backoff with full jitter; each wait and the total wait are capped. Every request
 * carries a fresh {@code client-request-id}; errors carry Graph's {@code request-id}. Only the
 * configured Graph root is ever contacted: a next link elsewhere is refused rather than followed
 * with the token.
 */
public final class GraphClient {
    /** Waits; tests pass one that records instead of sleeping. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** The retry limits. */
    public record Retry(int maxAttempts, Duration base, Duration maxWait, Duration totalWait) {
        public static final Retry DEFAULT = new Retry(8, Duration.ofSeconds(2), Duration.ofSeconds(120), Duration.ofMinutes(10));
    }

    /** A page as Graph sent it. */
    public record Page(byte[] body, String requestId) {}

    private final URI root;
    private final TokenSource tokens;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final Retry retry;
    private String token;
    private Duration waited = Duration.ZERO;

    public GraphClient(URI root, TokenSource tokens, Sleeper sleeper, DoubleSupplier random, Retry retry) {
        this.root = stripSlash(root);
        this.tokens = tokens;
        this.sleeper = sleeper;
        this.random = random;
        this.retry = retry;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The production client: real sleeps, real randomness. */
    public static GraphClient of(URI root, TokenSource tokens) {
        return new GraphClient(root, tokens, d -> Thread.sleep(d.toMillis()), Math::random, Retry.DEFAULT);
    }

    public URI root() { return root; }

    /** The tenant ID the token was issued for ("tid"), or null; the token itself never leaves this class. */
    public String tenantId() {
        if (token == null) token = tokens.token(false);
        return Credentials.tenantOf(token);
    }

    /** The total time spent waiting for throttling so far. */
    public Duration waited() { return waited; }

    /** The absolute URL of a v1.0 path ("users?$select=id"); spaces are percent-encoded. */
    public String url(String versionAndPath) {
        return root + "/" + versionAndPath.replace(" ", "%20");
    }

    /** GETs {@code url} (absolute, on the configured root), retrying what may be retried. */
    public Page get(String url) {
        URI uri = checked(url);
        String shown = shown(uri);
        boolean refreshed = false;
        for (int attempt = 1; ; attempt++) {
            String clientRequestId = UUID.randomUUID().toString();
            if (token == null) token = tokens.token(false);
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .header("client-request-id", clientRequestId)
                    .header("return-client-request-id", "true")
                    .header("User-Agent", "sspr-doctor")
                    .GET().build();
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (attempt < retry.maxAttempts() && waitBeforeRetry(attempt, null)) continue;
                throw new GraphException(shown, 0, e.getClass().getSimpleName(), String.valueOf(e.getMessage()), null, clientRequestId);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GraphException(shown, 0, "interrupted", "interrupted", null, clientRequestId);
            }
            int status = response.statusCode();
            String requestId = response.headers().firstValue("request-id").orElse(null);
            if (status >= 200 && status < 300) return new Page(response.body(), requestId);
            if (status == 401 && !refreshed) {
                // an expired token: ask the credential once for a new one
                refreshed = true;
                token = tokens.token(true);
                continue;
            }
            if ((status == 429 || status == 503 || status == 504) && attempt < retry.maxAttempts()
                    && waitBeforeRetry(attempt, response.headers().firstValue("Retry-After").orElse(null))) {
                continue;
            }
            String[] error = error(response.body());
            throw new GraphException(shown, status, error[0], error[1], requestId, clientRequestId);
        }
    }

    /** Waits before the next attempt; false when the total wait would exceed its cap. */
    private boolean waitBeforeRetry(int attempt, String retryAfter) {
        Duration wait = retryAfter(retryAfter);
        if (wait == null) {
            // exponential backoff with full jitter: a random wait up to base·2^(attempt-1), capped
            long cap = Math.min(retry.maxWait().toMillis(), retry.base().toMillis() << Math.min(20, attempt - 1));
            wait = Duration.ofMillis((long) (random.getAsDouble() * cap));
        }
        if (wait.compareTo(retry.maxWait()) > 0) wait = retry.maxWait();
        if (waited.plus(wait).compareTo(retry.totalWait()) > 0) return false;
        waited = waited.plus(wait);
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException e2) {
                return null;
            }
        }
    }

    /** Graph's {"error":{"code","message"}}, or the start of whatever else came back. */
    static String[] error(byte[] body) {
        String code = null;
        String message = null;
        try (JsonParser p = SafeYaml.jsonFactory().createParser(body)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    JsonToken v = p.nextToken();
                    if (f.equals("error") && v == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String g = p.currentName();
                            JsonToken w = p.nextToken();
                            if (g.equals("code") && w == JsonToken.VALUE_STRING) code = p.getText();
                            else if (g.equals("message") && w == JsonToken.VALUE_STRING) message = p.getText();
                            else p.skipChildren();
                        }
                    } else if (f.equals("error") && v == JsonToken.VALUE_STRING) {
                        code = p.getText(); // the token endpoint's {"error":"invalid_client","error_description":…}
                    } else if (f.equals("error_description") && v == JsonToken.VALUE_STRING) {
                        message = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            message = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
        }
        if (message != null && message.length() > 500) message = message.substring(0, 500);
        return new String[] {code, message};
    }

    private URI checked(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new GraphException(null, LocalizedText.of("graph-foreign-link", "url", url, "root", root));
        }
        if (!sameOrigin(uri, root)) throw new GraphException(null, LocalizedText.of("graph-foreign-link", "url", url, "root", root));
        return uri;
    }

    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) return u.getPort();
        return "http".equalsIgnoreCase(u.getScheme()) ? 80 : 443;
    }

    /** "GET /v1.0/users?…": what error lines and input.sources show. */
    public String shown(String url) {
        return shown(URI.create(url.replace(" ", "%20")));
    }

    private String shown(URI uri) {
        String path = uri.getRawPath();
        String rootPath = root.getRawPath() == null ? "" : root.getRawPath();
        if (path.startsWith(rootPath)) path = path.substring(rootPath.length());
        String q = uri.getRawQuery();
        return "GET " + path + (q == null ? "" : "?" + java.net.URLDecoder.decode(q.replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    private static URI stripSlash(URI u) {
        String s = u.toString();
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return URI.create(s);
    }

    /** An http root is accepted only on the loopback interface: a token never travels in clear text. */
    public static boolean acceptableRoot(URI u) {
        if (u.getScheme() == null || u.getHost() == null) return false;
        if (u.getScheme().equalsIgnoreCase("https")) return true;
        if (!u.getScheme().equalsIgnoreCase("http")) return false;
        String h = u.getHost().toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]") || h.equals("::1");
    }
}
