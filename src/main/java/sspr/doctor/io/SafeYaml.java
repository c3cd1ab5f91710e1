package sspr.doctor.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parser factories for untrusted YAML and JSON: alias bombs, deep nesting and huge scalars are
 * refused by the parser itself, so a hostile file costs bounded time and memory.
 */
public final class SafeYaml {
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    public static final int MAX_DEPTH = 32;
    public static final int MAX_STRING = 64 * 1024;
    /** Aliases to a list or map per document (SnakeYAML's own limit, for the parsers that compose). */
    public static final int MAX_ALIASES = 16;
    /** Values that aliases may repeat in all, per document: legitimate reuse is a few dozen. */
    public static final int MAX_ALIASED_VALUES = 10_000;

    private SafeYaml() {}

    public static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_FILE_BYTES);
        options.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        factory.setStreamReadConstraints(constraints());
        return factory;
    }

    public static JsonFactory jsonFactory() {
        return JsonFactory.builder().streamReadConstraints(constraints()).build();
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING)
                .maxNumberLength(64)
                .build();
    }
}
