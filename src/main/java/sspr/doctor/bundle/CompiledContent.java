package sspr.doctor.bundle;

import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import sspr.doctor.content.JarFiles;

/**
 * Content parsed at build time and stored as Java serialization in {@code content/compiled/}, so
 * that a command reads ready objects instead of loading YAML and Markdown parsers at start-up.
 * Only the project's own bundled files are read this way, behind a class filter.
 */
public final class CompiledContent {
    static final String DIR = "content/compiled/";
    public static final String RULES = "rules.bin";
    public static final String ARTICLES = "articles.ser";
    public static final String FAQ_INDEX = "faq-index.bin";
    private static FaqIndex faqIndex;

    /**
     * The class filter for the serialized articles, set up only by the commands that read them: building
     * it parses a pattern and loads the serialization filter machinery, which diagnose and faq list never need.
     */
    private static final class Filter {
        static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
                "maxdepth=64;maxrefs=1000000;sspr.doctor.**;java.util.*;java.lang.*;java.lang.Enum;!*");
    }

    private CompiledContent() {}

    /** The bundled articles: usable copies, their indexes and the problems found in them. */
    public record Articles(List<sspr.doctor.content.Article> articles, Map<String, sspr.doctor.content.ArticleIndex> indexes,
                           List<sspr.doctor.io.Problem> problems) implements Serializable {}

    /** The bundled FAQ questions, or null when the build made no index. */
    public static synchronized FaqIndex faqIndex() {
        if (faqIndex == null) {
            byte[] bytes = JarFiles.read(DIR + FAQ_INDEX);
            if (bytes == null) return null;
            try {
                faqIndex = FaqIndex.read(bytes);
            } catch (IOException e) {
                return null;
            }
        }
        return faqIndex;
    }

    /** The compiled object, or null when the build made none (then callers parse the sources). */
    public static <T> T read(String name, Class<T> type) {
        byte[] bytes = JarFiles.read(DIR + name);
        if (bytes == null) return null;
        try {
            try (ObjectInputStream ois = new ObjectInputStream(new java.io.ByteArrayInputStream(bytes))) {
                ois.setObjectInputFilter(Filter.FILTER);
                return type.cast(ois.readObject());
            }
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return null;
        }
    }

    /** The compiled bundled decision table, or null when the build made none. */
    public static sspr.doctor.rules.DecisionTable rules() {
        byte[] bytes = JarFiles.read(DIR + RULES);
        if (bytes == null) return null;
        try {
            return sspr.doctor.rules.TableCodec.read(bytes);
        } catch (IOException | RuntimeException e) {
            return null; // a stale or damaged file: callers parse the YAML instead
        }
    }

    static void write(Object value, OutputStream out) throws IOException {
        try (ObjectOutputStream oos = new ObjectOutputStream(out)) {
            oos.writeObject(value);
        }
    }
}
