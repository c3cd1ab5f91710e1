package sspr.doctor.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The content bundled in the jar under {@code content/}. The build writes {@code content/MANIFEST}
 * (one path per line) because a class path cannot be listed cheaply.
 */
public final class BundledContent implements ContentStore {
    private static final String ROOT = "content/";
    private final List<String> paths;

    public BundledContent() {
        this.paths = readManifest();
    }

    public static byte[] read(String relativePath) {
        byte[] bytes = JarFiles.read(ROOT + relativePath);
        if (bytes == null) throw new IllegalStateException("bundled content missing: " + relativePath);
        return bytes;
    }

    public static String readText(String relativePath) {
        return new String(read(relativePath), StandardCharsets.UTF_8);
    }

    public static boolean exists(String relativePath) {
        return JarFiles.exists(ROOT + relativePath);
    }


    private static List<String> readManifest() {
        List<String> out = new ArrayList<>();
        for (String line : readText("MANIFEST").split("\n")) {
            String p = line.strip();
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    @Override
    public List<ContentFile> articles() {
        List<ContentFile> files = new ArrayList<>();
        for (String p : paths) {
            if (!p.startsWith("articles/") || !p.endsWith(".md")) continue;
            String[] parts = p.split("/");
            if (parts.length != 3) continue;
            String lang = parts[2].substring(0, parts[2].length() - 3);
            files.add(new ContentFile("content/" + p, parts[1], lang, read(p)));
        }
        return files;
    }

    @Override
    public Optional<ContentFile> index(String slug) {
        String p = "articles/" + slug + "/index.yaml";
        if (!paths.contains(p)) return Optional.empty();
        return Optional.of(new ContentFile("content/" + p, slug, null, read(p)));
    }

    @Override
    public List<String> indexedSlugs() {
        List<String> slugs = new ArrayList<>();
        for (String p : paths) {
            String[] parts = p.split("/");
            if (parts.length == 3 && parts[0].equals("articles") && parts[2].equals("index.yaml")) slugs.add(parts[1]);
        }
        return slugs;
    }
}
