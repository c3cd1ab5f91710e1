package sspr.doctor.content;

import sspr.doctor.io.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sspr.doctor.io.YamlTree;

/** Reads an article's {@code index.yaml}: entry mode and entry IDs in order. */
public final class IndexParser {
    private IndexParser() {}

    public static ArticleIndex parse(ContentFile file, List<Problem> problems) {
        YamlTree.Node root;
        try {
            root = YamlTree.parseYaml(new String(file.bytes(), StandardCharsets.UTF_8));
        } catch (YamlTree.SyntaxError e) {
            problems.add(new Problem(file.path(), e.line, e.column, "index", e.getMessage()));
            return null;
        }
        if (!root.isMap()) {
            problems.add(new Problem(file.path(), 1, 1, "index", "index is not a map", Map.of(Problem.MESSAGE_KEY, "content.index-not-map")));
            return null;
        }
        Map<String, YamlTree.Node> map = root.asMap();
        YamlTree.Node modeNode = map.get("entries");
        EntryMode mode = modeNode == null ? EntryMode.BOLD_QUESTION : EntryMode.fromKey(modeNode.text());
        if (mode == null) {
            problems.add(new Problem(file.path(), modeNode.line(), modeNode.column(), "index",
                    "entries must be bold-question or lead-paragraph", Map.of(Problem.MESSAGE_KEY, "content.index-mode")));
            return null;
        }
        YamlTree.Node idsNode = map.get("ids");
        if (idsNode == null || !idsNode.isList()) {
            problems.add(new Problem(file.path(), idsNode == null ? 1 : idsNode.line(), 1, "index", "ids must be a list", Map.of(Problem.MESSAGE_KEY, "content.index-ids")));
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (YamlTree.Node id : idsNode.asList()) {
            String v = id.text();
            if (v == null || !v.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problems.add(new Problem(file.path(), id.line(), id.column(), "index", "entry ID '" + v + "' is not kebab-case",
                        Map.of(Problem.MESSAGE_KEY, "content.index-id", "id", String.valueOf(v))));
                return null;
            }
            if (ids.contains(v)) {
                problems.add(new Problem(file.path(), id.line(), id.column(), "index", "duplicate entry ID '" + v + "'", Map.of(Problem.MESSAGE_KEY, "content.index-duplicate", "id", v)));
                return null;
            }
            ids.add(v);
        }
        return new ArticleIndex(file.slug(), mode, List.copyOf(ids));
    }
}
