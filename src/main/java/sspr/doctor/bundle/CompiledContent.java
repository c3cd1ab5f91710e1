package sspr.doctor.bundle;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import sspr.doctor.content.JarFiles;

/**
 * Content parsed at build time and stored in {@code content/compiled/} in compact forms read with
 * plain code (no Java serialization), so that a command reads ready objects instead of loading YAML
 * and Markdown parsers at start-up. Only the project's own bundled files are read this way.
 */
public final class CompiledContent {
    static final String DIR = "content/compiled/";
    public static final String RULES = "rules.bin";
    public static final String ARTICLES = "articles.bin";
    public static final String FAQ_INDEX = "faq-index.bin";
    private static FaqIndex faqIndex;


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

    /** The compiled bundled articles, or null when the build made none (then callers parse the sources). */
    public static Articles articles() {
        byte[] bytes = JarFiles.read(DIR + ARTICLES);
        if (bytes == null) return null;
        try {
            return ArticlesCodec.read(bytes);
        } catch (IOException | RuntimeException e) {
            return null; // a stale or damaged file: the Markdown is parsed instead
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
}
