package sspr.doctor.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.io.SafeYaml;

/**
 * The Azure CLI's sign-in: {@code az account get-access-token --resource-type ms-graph}, run as a
 * process with a timeout (GitHub Actions' azure/login with OIDC leaves exactly this behind). The
 * command's output holds the token, so it is parsed and dropped, never shown; on failure only the
 * CLI's stderr is.
 */
final class AzureCliCredential implements TokenSource {
    static final long TIMEOUT_SECONDS = 60;
    private static final ObjectMapper JSON = new ObjectMapper(SafeYaml.jsonFactory());

    private final Map<String, String> env;
    private final String tenant;
    private final Path az;

    AzureCliCredential(Map<String, String> env, String tenant) {
        this.env = env;
        this.tenant = tenant;
        this.az = find(env);
        if (az == null) throw new GraphException("--auth", LocalizedText.of("az-missing"));
    }

    /** az on the PATH of {@code env} (az.cmd on Windows), or null. */
    static Path find(Map<String, String> env) {
        String path = env.get("PATH");
        if (path == null) return null;
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) continue;
            for (String name : windows ? new String[] {"az.cmd", "az.exe"} : new String[] {"az"}) {
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
            }
        }
        return null;
    }

    @Override
    public String token(boolean refresh) {
        List<String> cmd = new ArrayList<>(List.of(az.toString(), "account", "get-access-token", "--resource-type", "ms-graph", "--output", "json"));
        if (tenant != null) cmd.addAll(List.of("--tenant", tenant));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            // read both streams concurrently so that a chatty CLI cannot block on a full pipe
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread t1 = drain(p.getInputStream(), out);
            Thread t2 = drain(p.getErrorStream(), err);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new GraphException("--auth", LocalizedText.of("az-timeout", "seconds", TIMEOUT_SECONDS));
            }
            t1.join(5000);
            t2.join(5000);
            if (p.exitValue() != 0) {
                String why = firstLine(err.toString(StandardCharsets.UTF_8));
                throw new GraphException("--auth", LocalizedText.of("az-failed", "code", p.exitValue(), "reason", why));
            }
            JsonNode n = JSON.readTree(out.toByteArray());
            JsonNode token = n == null ? null : n.get("accessToken");
            if (token == null || !token.isTextual() || token.asText().isBlank()) {
                throw new GraphException("--auth", LocalizedText.of("az-failed", "code", 0, "reason", "no accessToken"));
            }
            return token.asText();
        } catch (IOException e) {
            throw new GraphException("--auth", LocalizedText.of("az-failed", "code", -1, "reason", String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphException("--auth", LocalizedText.of("az-timeout", "seconds", TIMEOUT_SECONDS));
        }
    }

    private static Thread drain(InputStream in, ByteArrayOutputStream to) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(to);
            } catch (IOException ignored) {
                // the process ended; what was read is kept
            }
        }, "az-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static String firstLine(String s) {
        for (String line : s.split("\\R")) if (!line.isBlank()) return sspr.doctor.text.ControlCharacters.clean(line.strip());
        return "-";
    }

    @Override
    public String kind() { return "auth.azure-cli"; }
}
