package sspr.doctor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sspr.doctor.graph.FetchPlan;
import sspr.doctor.graph.GraphClient;
import sspr.doctor.graph.TenantFetcher;
import sspr.doctor.i18n.LocalizedText;
import sspr.doctor.text.ControlCharacters;

/** {@code tenant fetch}: the flat snapshot straight from Microsoft Graph, with its manifest. */
@Command(name = "fetch", sortOptions = false,
        description = "Read the tenant through Microsoft Graph (read-only) into a snapshot folder that diagnose --tenant and audit --tenant read, with manifest.json.",
        footer = {"", "Examples:",
                "  sspr-doctor tenant fetch --out snapshot/",
                "  sspr-doctor tenant fetch --out snapshot/ --since 30 --auth client-secret",
                "  sspr-doctor tenant fetch --out snapshot/ --resume",
                "", "Exit codes: 0 fetched (collections the tenant's licences do not cover are recorded as unavailable), 1 a permission was missing for some collection, 2 could not fetch (resumable with --resume)."})
final class TenantFetchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The snapshot folder to write (created if missing).")
    Path out;

    @Option(names = "--since", paramLabel = "DAYS", description = "Also fetch the audit log's password events of the last DAYS days.")
    Integer since;

    @Option(names = "--resume", description = "Continue a fetch that was interrupted in DIR.")
    boolean resume;

    @Mixin GraphOptions graph;

    @Override
    public Integer call() {
        Cli cli = SsprDoctor.cli(spec);
        if (since != null && (since < 1 || since > 365)) throw new UserError("--since", LocalizedText.of("since-range", "value", since));
        if (Files.exists(out) && !Files.isDirectory(out)) throw new UserError("--out", LocalizedText.of("not-a-folder", "path", out));
        if (!resume && TenantFetcher.interrupted(out)) {
            throw new UserError("--out", LocalizedText.of("fetch-interrupted-exists", "path", out));
        }
        GraphClient client = graph.client(cli);
        ProgressBar bar = cli.interactive() ? new ProgressBar(cli.err(), FetchPlan.tenant(since, Instant.now()).size(), cli.width(),
                n -> cli.t("fetch.progress", "records", String.format("%,d", n)), System::nanoTime) : null;
        TenantFetcher fetcher = new TenantFetcher(client, out, new TenantFetcher.Listener() {
            @Override
            public void records(long n) {
                if (bar != null) for (long i = 0; i < n; i++) bar.item();
            }

            @Override
            public void finished(String name, TenantFetcher.Outcome o) {
                if (bar != null && !name.contains("-{") && !isChild(name)) bar.bytesRead(1);
            }
        });
        Instant now = Instant.now();
        Map<String, TenantFetcher.Outcome> outcomes;
        try {
            outcomes = fetcher.fetch(FetchPlan.tenant(since, now), resume, tenantOf(client), now);
        } catch (sspr.doctor.graph.GraphException e) {
            if (bar != null) bar.finish();
            cli.err().println("sspr-doctor: " + e.line(cli.messagesLanguage()));
            cli.err().println("sspr-doctor: " + cli.t("fetch.resume-hint", "out", out));
            cli.err().flush();
            return Main.USAGE;
        } finally {
            if (bar != null) bar.finish();
        }
        boolean refused = false;
        for (Map.Entry<String, TenantFetcher.Outcome> e : outcomes.entrySet()) {
            TenantFetcher.Outcome o = e.getValue();
            if (isChild(e.getKey()) && o.status().equals("complete")) continue;
            if (o.status().equals("complete")) {
                cli.out().println("  ✓ " + e.getKey() + ".json  " + cli.t("fetch.count", "count", String.format("%,d", o.count())));
            } else {
                refused |= o.status().equals("refused");
                Map<String, Object> err = o.error();
                cli.out().println("  " + (o.status().equals("refused") ? "✗ " : "! ") + e.getKey() + "  "
                        + cli.t("fetch." + o.status(), "permission", err.get("permission"), "status", err.get("status"),
                        "code", ControlCharacters.clean(String.valueOf(err.get("code"))), "requestId", String.valueOf(err.get("requestId"))));
            }
        }
        cli.out().println(cli.t("fetch.done", "out", out, "manifest", out.resolve(TenantFetcher.MANIFEST)));
        cli.out().flush();
        return refused ? Main.PROBLEMS : Main.OK;
    }

    private static boolean isChild(String name) {
        return name.matches("(groups|administrativeUnits)-.+-(members|owners)");
    }

    /** The tenant of the token (its "tid"), else --tenant-id / AZURE_TENANT_ID; only the ID is kept. */
    private String tenantOf(GraphClient client) {
        String tid = client.tenantId();
        if (tid != null) return tid;
        if (graph.tenantId != null) return graph.tenantId;
        String env = cli(spec).env().get("AZURE_TENANT_ID");
        return env == null || env.isBlank() ? null : env.strip();
    }

    private static Cli cli(CommandSpec spec) {
        return SsprDoctor.cli(spec);
    }
}
