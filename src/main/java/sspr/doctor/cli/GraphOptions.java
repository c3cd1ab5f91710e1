package sspr.doctor.cli;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import sspr.doctor.graph.Cloud;
import sspr.doctor.graph.Credentials;
import sspr.doctor.graph.GraphClient;
import sspr.doctor.graph.TokenSource;
import sspr.doctor.i18n.LocalizedText;

/** The options of the two commands that read the tenant through Microsoft Graph: credential and endpoints. */
final class GraphOptions {
    /** For tests: how the client waits before a retry (null: really sleep). */
    static volatile GraphClient.Sleeper sleeper;

    @Option(names = "--auth", paramLabel = "METHOD", defaultValue = "auto",
            description = "How to sign in: auto (default: the first that works, in this order), token, azure-cli, client-secret, certificate, workload-identity, managed-identity, device-code.")
    String auth;

    @Option(names = "--token-file", paramLabel = "FILE", description = "A Graph access token in a file (or $SSPR_DOCTOR_GRAPH_TOKEN); never printed.")
    Path tokenFile;

    @Option(names = "--tenant-id", paramLabel = "ID", description = "The tenant (default: $AZURE_TENANT_ID).")
    String tenantId;

    @Option(names = "--client-id", paramLabel = "ID", description = "The app registration's client ID (default: $AZURE_CLIENT_ID).")
    String clientId;

    @Option(names = "--cloud", paramLabel = "CLOUD", defaultValue = "global", description = "global (default), usgov, usgov-dod or china: picks the Graph and sign-in endpoints.")
    String cloud;

    @Option(names = "--graph-url", paramLabel = "URL", description = "Microsoft Graph's root instead of the cloud's (a proxy, a test server).")
    String graphUrl;

    @Option(names = "--authority-url", paramLabel = "URL", description = "The sign-in authority instead of the cloud's.")
    String authorityUrl;

    /** Checks the options, signs in (one line on stderr says with what) and returns the client. */
    GraphClient client(Cli cli) {
        Credentials.Auth a = Credentials.Auth.parse(auth);
        if (a == null) throw new UserError("--auth", LocalizedText.of("bad-choice", "value", auth,
                "choices", "auto, token, azure-cli, client-secret, certificate, workload-identity, managed-identity, device-code"));
        Cloud c = Cloud.parse(cloud);
        if (c == null) throw new UserError("--cloud", LocalizedText.of("bad-choice", "value", cloud, "choices", "global, usgov, usgov-dod, china"));
        URI graph = url(graphUrl, c.graph, "--graph-url");
        URI authority = url(authorityUrl, c.authority, "--authority-url");
        if (tokenFile != null && a != Credentials.Auth.auto && a != Credentials.Auth.token) {
            throw new UserError("--token-file", LocalizedText.of("token-file-auth", "auth", a.optionName()));
        }
        if (tokenFile != null && !java.nio.file.Files.isRegularFile(tokenFile)) {
            throw new UserError("--token-file", LocalizedText.of("no-such-file", "path", tokenFile));
        }
        TokenSource tokens = Credentials.choose(new Credentials.Options(a, tokenFile, tenantId, clientId, authority, c.graph,
                authorityUrl != null, cli.env(), cli.err(), cli.interactive()));
        cli.err().println("sspr-doctor: " + cli.t("graph.credential", "credential", cli.t(tokens.kind())));
        cli.err().flush();
        GraphClient.Sleeper s = sleeper;
        return s == null ? GraphClient.of(graph, tokens)
                : new GraphClient(graph, tokens, s, () -> 0.5, GraphClient.Retry.DEFAULT);
    }

    private static URI url(String given, URI cloudDefault, String option) {
        if (given == null) return cloudDefault;
        URI u;
        try {
            u = URI.create(given.strip());
        } catch (IllegalArgumentException e) {
            throw new UserError(option, LocalizedText.of("graph-bad-url", "url", given));
        }
        if (!GraphClient.acceptableRoot(u)) throw new UserError(option, LocalizedText.of("graph-bad-url", "url", given));
        return u;
    }
}
