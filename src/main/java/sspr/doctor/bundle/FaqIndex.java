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

    /**
     * The index, each article's copies decoded when that article is first asked for: a diagnosis links a few
     * findings to their questions, so it decodes those articles only (their strings, the Chinese ones included).
     */
    public static FaqIndex read(byte[] compiled) throws IOException {
        PackedReader in = PackedReader.of(compiled, MAGIC);
        Map<String, Map<String, Copy>> articles = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String slug = in.readString();
            int at = in.position();
            // pass over the copies: each is four references of four bytes (language, title, translation, entry
            // count) and two references per entry
            for (int j = in.readInt(); j > 0; j--) {
                in.skip(12);
                int entries = in.readInt();
                if (entries < 0) throw new IOException("corrupt FAQ index");
                in.skip(8 * entries);
            }
            articles.put(slug, new LazyCopies(in.at(at)));
        }
        return new FaqIndex(articles);
    }

    /** One copy, the reader at its title (after its language). */
    private static Copy copy(PackedReader in) throws IOException {
        String title = in.readString();
        String translation = in.readString();
        List<String[]> entries = new ArrayList<>();
        for (int k = in.readInt(); k > 0; k--) entries.add(new String[] {in.readString(), in.readString()});
        return new Copy(title, translation.isEmpty() ? null : translation, entries);
    }

    /**
     * One article's copies by language: the languages read when first asked for, a copy when it is asked for (a
     * diagnosis in English decodes the English questions only, not the Chinese ones' UTF-8).
     */
    private static final class LazyCopies extends java.util.AbstractMap<String, Copy> {
        private final PackedReader from;
        /** Language → where its copy's title is, in file order. */
        private Map<String, Integer> at;
        private final Map<String, Copy> decoded = new java.util.HashMap<>();

        LazyCopies(PackedReader from) {
            this.from = from;
        }

        private synchronized Map<String, Integer> at() {
            if (at == null) {
                Map<String, Integer> m = new LinkedHashMap<>();
                PackedReader in = from.at(from.position());
                try {
                    for (int j = in.readInt(); j > 0; j--) {
                        String lang = in.readString();
                        m.put(lang, in.position());
                        in.skip(8);
                        in.skip(8 * in.readInt());
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("damaged FAQ index", e);
                }
                at = java.util.Collections.unmodifiableMap(m);
            }
            return at;
        }

        @Override
        public synchronized Copy get(Object lang) {
            Integer position = at().get(lang);
            if (position == null) return null;
            Copy c = decoded.get(lang);
            if (c == null) {
                try {
                    c = copy(from.at(position));
                } catch (IOException e) {
                    throw new IllegalStateException("damaged FAQ index", e);
                }
                decoded.put((String) lang, c);
            }
            return c;
        }

        @Override
        public boolean containsKey(Object lang) {
            return at().containsKey(lang);
        }

        @Override
        public java.util.Set<String> keySet() {
            return at().keySet();
        }

        @Override
        public int size() {
            return at().size();
        }

        @Override
        public java.util.Set<Map.Entry<String, Copy>> entrySet() {
            Map<String, Copy> all = new LinkedHashMap<>();
            for (String lang : at().keySet()) all.put(lang, get(lang));
            return java.util.Collections.unmodifiableMap(all).entrySet();
        }
    }
}
