package sspr.doctor.graph;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import sspr.doctor.i18n.LocalizedText;

/**
 * Picks the credential, the way Azure users already have one. {@code --auth auto} tries, in order:
 * a token given ({@code --token-file}, {@code SSPR_DOCTOR_GRAPH_TOKEN}); the Azure CLI's sign-in
 * (what {@code azure/login} leaves in GitHub Actions); then, through msal4j, the environment
 * variables azure-identity reads: a client secret, a certificate, a federated token (workload
 * identity, or GitHub's OIDC request variables), a managed identity where the platform announces
 * one, and finally device code when a person is at a terminal. msal4j is only loaded when one of
 * its flows is used.
 */
public final class Credentials {
    public enum Auth { auto, token, azure_cli, client_secret, certificate, workload_identity, managed_identity, device_code;
        public String optionName() { return name().replace('_', '-'); }

        public static Auth parse(String s) {
            for (Auth a : values()) if (a.optionName().equalsIgnoreCase(s.strip())) return a;
            return null;
        }
    }

    /** The public client azure-identity's device code flow uses by default (the Azure CLI's). */
    static final String DEFAULT_PUBLIC_CLIENT = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

    /** What the choice depends on. {@code resource}: the cloud's Graph root, for the token's audience. */
    public record Options(Auth auth, Path tokenFile, String tenantId, String clientId, URI authority, URI resource,
                          boolean authorityOverridden, Map<String, String> env, PrintWriter err, boolean interactive) {
        String tenant() { return tenantId != null ? tenantId : blankToNull(env.get("AZURE_TENANT_ID")); }

        String client() { return clientId != null ? clientId : blankToNull(env.get("AZURE_CLIENT_ID")); }
    }

    private Credentials() {}

    /** The first credential that yields a token (auto), or the one asked for; its first token is already in. */
    public static TokenSource choose(Options o) {
        if (o.auth() != Auth.auto) return primed(create(o.auth(), o));
        List<String> tried = new ArrayList<>();
        for (Auth a : List.of(Auth.token, Auth.azure_cli, Auth.client_secret, Auth.certificate, Auth.workload_identity,
                Auth.managed_identity, Auth.device_code)) {
            if (!available(a, o)) continue;
            try {
                return primed(create(a, o));
            } catch (GraphException e) {
                if (a == Auth.token) throw e;   // a token given explicitly that cannot be read is an error, not a fallback
                tried.add(a.optionName() + ": " + e.text().english());
            }
        }
        throw new GraphException("--auth", LocalizedText.of("auth-none", "tried", tried.isEmpty() ? "-" : String.join("; ", tried)));
    }

    /** Whether {@code auto} should try this credential: its inputs are present. */
    static boolean available(Auth a, Options o) {
        Map<String, String> env = o.env();
        switch (a) {
            case token: return o.tokenFile() != null || blankToNull(env.get("SSPR_DOCTOR_GRAPH_TOKEN")) != null;
            case azure_cli: return AzureCliCredential.find(env) != null;
            case client_secret: return o.tenant() != null && o.client() != null && blankToNull(env.get("AZURE_CLIENT_SECRET")) != null;
            case certificate: return o.tenant() != null && o.client() != null && blankToNull(env.get("AZURE_CLIENT_CERTIFICATE_PATH")) != null;
            case workload_identity: return o.tenant() != null && o.client() != null
                    && (blankToNull(env.get("AZURE_FEDERATED_TOKEN_FILE")) != null
                        || (blankToNull(env.get("ACTIONS_ID_TOKEN_REQUEST_URL")) != null && blankToNull(env.get("ACTIONS_ID_TOKEN_REQUEST_TOKEN")) != null));
            // IMDS on a VM answers without announcing itself; auto does not probe it (choose --auth managed-identity there)
            case managed_identity: return blankToNull(env.get("IDENTITY_ENDPOINT")) != null || blankToNull(env.get("MSI_ENDPOINT")) != null;
            case device_code: return o.interactive();
            default: return false;
        }
    }

    private static TokenSource primed(TokenSource s) {
        String first = s.token(false);
        return new TokenSource() {
            private String cached = first;

            @Override
            public String token(boolean refresh) {
                if (refresh || cached == null) cached = s.token(refresh);
                String t = cached;
                cached = null;  // later calls ask the credential, which caches and renews on its own
                return t;
            }

            @Override
            public String kind() { return s.kind(); }
        };
    }

    static TokenSource create(Auth a, Options o) {
        switch (a) {
            case token: return given(o);
            case azure_cli: return new AzureCliCredential(o.env(), o.tenant());
            default:
                if (a != Auth.managed_identity && a != Auth.device_code && o.tenant() == null) {
                    throw new GraphException("--tenant-id", LocalizedText.of("auth-needs-tenant", "auth", a.optionName()));
                }
                if ((a == Auth.client_secret || a == Auth.certificate || a == Auth.workload_identity) && o.client() == null) {
                    throw new GraphException("--client-id", LocalizedText.of("auth-needs-client", "auth", a.optionName()));
                }
                return MsalCredential.create(a, o);
        }
    }

    /** A token from --token-file (read each time: a CI job may renew it) or SSPR_DOCTOR_GRAPH_TOKEN. */
    private static TokenSource given(Options o) {
        if (o.tokenFile() != null) {
            Path f = o.tokenFile();
            return new TokenSource() {
                @Override
                public String token(boolean refresh) {
                    try {
                        String t = Files.readString(f, StandardCharsets.UTF_8).strip();
                        if (t.isEmpty()) throw new GraphException("--token-file", LocalizedText.of("token-file-empty", "path", f));
                        return t;
                    } catch (IOException | RuntimeException e) {
                        if (e instanceof GraphException g) throw g;
                        throw new GraphException("--token-file", LocalizedText.of("cannot-read", "reason", String.valueOf(e.getMessage())));
                    }
                }

                @Override
                public String kind() { return "auth.token-file"; }
            };
        }
        String env = blankToNull(o.env().get("SSPR_DOCTOR_GRAPH_TOKEN"));
        if (env == null) throw new GraphException("--auth", LocalizedText.of("token-missing"));
        return new TokenSource() {
            @Override
            public String token(boolean refresh) { return env.strip(); }

            @Override
            public String kind() { return "auth.token-env"; }
        };
    }

    /** The tenant ID ("tid") of an access token, for the manifest; null when the token is not a readable JWT. */
    public static String tenantOf(String token) {
        if (token == null) return null;
        String[] parts = token.split("\\.");
        if (parts.length < 2) return null;
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper(sspr.doctor.io.SafeYaml.jsonFactory()).readTree(payload);
            com.fasterxml.jackson.databind.JsonNode tid = n == null ? null : n.get("tid");
            return tid != null && tid.isTextual() && tid.asText().matches("[0-9a-fA-F-]{36}") ? tid.asText() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
