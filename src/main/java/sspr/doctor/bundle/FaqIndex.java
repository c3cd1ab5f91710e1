package sspr.doctor.bundle;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The questions of the bundled articles, per article and language, in a small binary file made at
 * build time: enough for {@code faq list} and for linking findings, without parsing any article.
 */
public record FaqIndex(Map<String, Map<String, Copy>> articles) {
    /** One language copy of an article: title, translation kind and its questions in index order. */
    public record Copy(String title, String translation, List<String[]> entries) {}

    private static final int MAGIC = 0x46415149; // "FAQI"

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(articles.size());
        for (Map.Entry<String, Map<String, Copy>> a : articles.entrySet()) {
            out.writeUTF(a.getKey());
            out.writeInt(a.getValue().size());
            for (Map.Entry<String, Copy> c : a.getValue().entrySet()) {
                out.writeUTF(c.getKey());
                out.writeUTF(c.getValue().title());
                out.writeUTF(c.getValue().translation() == null ? "" : c.getValue().translation());
                out.writeInt(c.getValue().entries().size());
                for (String[] e : c.getValue().entries()) {
                    out.writeUTF(e[0]);
                    out.writeUTF(e[1]);
                }
            }
        }
    }

    public static FaqIndex read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) throw new IOException("not a FAQ index");
        Map<String, Map<String, Copy>> articles = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String slug = in.readUTF();
            Map<String, Copy> copies = new LinkedHashMap<>();
            for (int j = in.readInt(); j > 0; j--) {
                String lang = in.readUTF();
                String title = in.readUTF();
                String translation = in.readUTF();
                List<String[]> entries = new ArrayList<>();
                for (int k = in.readInt(); k > 0; k--) entries.add(new String[] {in.readUTF(), in.readUTF()});
                copies.put(lang, new Copy(title, translation.isEmpty() ? null : translation, entries));
            }
            articles.put(slug, copies);
        }
        return new FaqIndex(articles);
    }
}
