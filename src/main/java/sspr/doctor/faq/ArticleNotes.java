package sspr.doctor.faq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.io.YamlTree;
import sspr.doctor.io.YamlTree.Node;

/**
 * Where the current documentation supersedes what a bundled article says, and usable titles for
 * FAQ "questions" that are sentence fragments: content/articles/notes.yaml. The article text is
 * never changed; the notes and titles are shown beside it. Texts are message keys of the
 * {@code notes} bundle, so every note exists in every language.
 */
public record ArticleNotes(List<Note> notes, Map<String, String> titles) {
    public static final String FILE = "articles/notes.yaml";
    public static final String COMPILED = "notes.bin";
    private static final int MAGIC = 0x4e4f5445; // "NOTE"

    /**
     * A note on some entries of an article (an empty entry list: the article as a whole). {@code key}
     * is the message key of its text; the source is the page it rests on with its commit and ms.date.
     */
    public record Note(String article, List<String> entries, String key, String page, String commit, String date) {
        /** "page, commit <full>, ms.date 10/15/2024" (the provenance, for JSON). */
        public String source() {
            return describe(page, commit);
        }

        /** "file.md, commit abc1234, ms.date 10/15/2024" (for terminal text). */
        public String shortSource() {
            return describe(page.substring(page.lastIndexOf('/') + 1), commit == null ? null : commit.substring(0, Math.min(7, commit.length())));
        }

        private String describe(String name, String commitShown) {
            StringBuilder s = new StringBuilder(name);
            if (commitShown != null) s.append(", commit ").append(commitShown);
            if (date != null) s.append(", ms.date ").append(date);
            return s.toString();
        }
    }

    /** The notes on one entry (and on its article as a whole), in file order. */
    public List<Note> forEntry(String article, String entry) {
        List<Note> out = new ArrayList<>();
        for (Note n : notes) if (n.article().equals(article) && (n.entries().isEmpty() || n.entries().contains(entry))) out.add(n);
        return out;
    }

    /** Every note on an article, whichever entries. */
    public List<Note> forArticle(String article) {
        List<Note> out = new ArrayList<>();
        for (Note n : notes) if (n.article().equals(article)) out.add(n);
        return out;
    }

    /** The title message key for an entry whose question is a fragment, or null. */
    public String titleKey(String article, String entry) {
        return titles.get(article + "/" + entry);
    }

    /** Parses notes.yaml; a malformed file is a build error (the bundled file is checked by a test). */
    public static ArticleNotes parse(String yaml) {
        Node root;
        try {
            root = YamlTree.parseYaml(yaml);
        } catch (YamlTree.SyntaxError e) {
            throw new IllegalArgumentException(FILE + ":" + e.line + ":" + e.column + ": " + e.getMessage());
        }
        List<Note> notes = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Node> top = root.asMap();
        for (Node n : list(top.get("notes"))) {
            Map<String, Node> m = n.asMap();
            List<String> entries = new ArrayList<>();
            for (Node e : list(m.get("entries"))) entries.add(e.text());
            Map<String, Node> src = m.get("source").asMap();
            notes.add(new Note(m.get("article").text(), List.copyOf(entries), m.get("note").text(), src.get("page").text(),
                    src.containsKey("commit") ? src.get("commit").text() : null, src.containsKey("date") ? src.get("date").text() : null));
        }
        for (Node t : list(top.get("titles"))) {
            Map<String, Node> m = t.asMap();
            titles.put(m.get("article").text() + "/" + m.get("entry").text(), m.get("title").text());
        }
        return new ArticleNotes(List.copyOf(notes), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(titles))); // ordered: compiled byte for byte
    }

    private static List<Node> list(Node n) {
        return n == null || n.isNull() ? List.of() : n.asList();
    }

    /** Written at build time in the packed form of the FAQ index (one string pool, decoded at once at start-up). */
    public byte[] write() {
        sspr.doctor.io.PackedWriter out = new sspr.doctor.io.PackedWriter();
        out.writeInt(notes.size());
        for (Note n : notes) {
            out.writeString(n.article()).writeStrings(n.entries()).writeString(n.key()).writeString(n.page())
                    .writeString(n.commit()).writeString(n.date());
        }
        out.writeInt(titles.size());
        for (Map.Entry<String, String> t : titles.entrySet()) out.writeString(t.getKey()).writeString(t.getValue());
        return out.toBytes(MAGIC);
    }

    public static ArticleNotes read(byte[] compiled) throws java.io.IOException {
        sspr.doctor.io.PackedReader in = sspr.doctor.io.PackedReader.of(compiled, MAGIC);
        List<Note> notes = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            notes.add(new Note(in.readString(), in.readStrings(), in.readString(), in.readString(), in.readString(), in.readString()));
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) titles.put(in.readString(), in.readString());
        return new ArticleNotes(List.copyOf(notes), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(titles))); // ordered: compiled byte for byte
    }

    private static ArticleNotes bundled;

    /** The bundled notes: compiled at build time, else parsed from content/. */
    public static synchronized ArticleNotes bundled() {
        if (bundled == null) {
            byte[] bytes = sspr.doctor.content.JarFiles.read("content/compiled/" + COMPILED);
            try {
                if (bytes != null) bundled = read(bytes);
            } catch (java.io.IOException e) {
                bundled = null;
            }
            if (bundled == null) bundled = parse(sspr.doctor.content.BundledContent.readText(FILE));
        }
        return bundled;
    }
}
