package sspr.doctor.cli;

import picocli.CommandLine.Option;

/** The CI integration options shared by audit and diagnose: a GitHub step summary and annotations. */
final class CiOptions {
    @Option(names = "--github-summary", paramLabel = "LEVEL", arity = "0..1", fallbackValue = "summary",
            description = "Append a Markdown summary to $GITHUB_STEP_SUMMARY: table, summary (default) or full; always under 1 MiB.")
    String githubSummary;

    @Option(names = "--annotations", paramLabel = "KIND", arity = "0..1", fallbackValue = "auto", defaultValue = "auto",
            description = "Annotations on stderr, one per finding code: auto (when GITHUB_ACTIONS or TF_BUILD is set), github, azure-devops or none.")
    String annotations;
}
