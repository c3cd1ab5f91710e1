package sspr.doctor.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

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

    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;maxrefs=1000000;sspr.doctor.**;java.util.*;java.lang.*;java.lang.Enum;!*");

    private CompiledContent() {}

    /** The bundled articles: usable copies, their indexes and the problems found in them. */
    public record Articles(List<sspr.doctor.content.Article> articles, Map<String, sspr.doctor.content.ArticleIndex> indexes,
                           List<sspr.doctor.io.Problem> problems) implements Serializable {}

    /** The bundled FAQ questions, or null when the build made no index. */
    public static synchronized FaqIndex faqIndex() {
        if (faqIndex == null) {
            try (InputStream in = CompiledContent.class.getClassLoader().getResourceAsStream(DIR + FAQ_INDEX)) {
                if (in == null) return null;
                faqIndex = FaqIndex.read(new java.io.DataInputStream(new java.io.BufferedInputStream(in)));
            } catch (IOException e) {
                return null;
            }
        }
        return faqIndex;
    }

    /** The compiled object, or null when the build made none (then callers parse the sources). */
    public static <T> T read(String name, Class<T> type) {
        try (InputStream in = CompiledContent.class.getClassLoader().getResourceAsStream(DIR + name)) {
            if (in == null) return null;
            try (ObjectInputStream ois = new ObjectInputStream(in)) {
                ois.setObjectInputFilter(FILTER);
                return type.cast(ois.readObject());
            }
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return null;
        }
    }

    /** The compiled bundled decision table, or null when the build made none. */
    public static sspr.doctor.rules.DecisionTable rules() {
        try (InputStream in = CompiledContent.class.getClassLoader().getResourceAsStream(DIR + RULES)) {
            if (in == null) return null;
            return sspr.doctor.rules.TableCodec.read(new java.io.DataInputStream(new java.io.BufferedInputStream(in)));
        } catch (IOException e) {
            return null;
        }
    }

    static void write(Object value, OutputStream out) throws IOException {
        try (ObjectOutputStream oos = new ObjectOutputStream(out)) {
            oos.writeObject(value);
        }
    }
}
