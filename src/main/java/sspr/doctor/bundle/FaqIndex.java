package sspr.doctor.bundle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.io.PackedReader;
import sspr.doctor.io.PackedWriter;

/**
 * The questions of the bundled articles, per article and language, in a small binary file made at
 * build time: enough for {@code faq list} and for linking findings, without parsing any article.
 */
public record FaqIndex(Map<String, Map<String, Copy>> articles) {
    /** One language copy of an article: title, translation kind and its questions in index order. */
    public record Copy(String title, String translation, List<String[]> entries) {}

    private static final int MAGIC = 0x46415149; // "FAQI"

    /** The compiled form ({@link PackedWriter}: the text decoded at once at start-up, not string by string). */
    public byte[] write() {
        PackedWriter out = new PackedWriter();
        out.writeInt(articles.size());
        for (Map.Entry<String, Map<String, Copy>> a : articles.entrySet()) {
            out.writeString(a.getKey());
            out.writeInt(a.getValue().size());
            for (Map.Entry<String, Copy> c : a.getValue().entrySet()) {
                out.writeString(c.getKey());
                out.writeString(c.getValue().title());
                out.writeString(c.getValue().translation() == null ? "" : c.getValue().translation());
                out.writeInt(c.getValue().entries().size());
                for (String[] e : c.getValue().entries()) {
                    out.writeString(e[0]);
                    out.writeString(e[1]);
                }
            }
        }
        return out.toBytes(MAGIC);
    }

    public static FaqIndex read(byte[] compiled) throws IOException {
        PackedReader in = PackedReader.of(compiled, MAGIC);
        Map<String, Map<String, Copy>> articles = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String slug = in.readString();
            Map<String, Copy> copies = new LinkedHashMap<>();
            for (int j = in.readInt(); j > 0; j--) {
                String lang = in.readString();
                String title = in.readString();
                String translation = in.readString();
                List<String[]> entries = new ArrayList<>();
                for (int k = in.readInt(); k > 0; k--) entries.add(new String[] {in.readString(), in.readString()});
                copies.put(lang, new Copy(title, translation.isEmpty() ? null : translation, entries));
            }
            articles.put(slug, copies);
        }
        return new FaqIndex(articles);
    }
}
