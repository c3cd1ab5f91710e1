package sspr.doctor.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Articles in a folder, in the bundled layout {@code DIR/<slug>/<lang>.md} or flat
 * {@code DIR/<slug>.md}. A folder holding {@code articles/} (the repository's content/) is read
 * from there.
 */
public class DirectoryContent implements ContentStore {
    private final Path root;

    public DirectoryContent(Path dir) {
        Path articles = dir.resolve("articles");
        this.root = Files.isDirectory(articles) ? articles : dir;
    }


    @Override
    public List<ContentFile> articles() {
        List<ContentFile> files = new ArrayList<>();
        for (Path p : list(root)) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p)) {
                for (Path inner : list(p)) {
                    String innerName = inner.getFileName().toString();
                    if (Files.isRegularFile(inner) && innerName.endsWith(".md")) {
                        files.add(new ContentFile(display(inner), name, innerName.substring(0, innerName.length() - 3), bytes(inner)));
                    }
                }
            } else if (Files.isRegularFile(p) && name.endsWith(".md")) {
                files.add(new ContentFile(display(p), name.substring(0, name.length() - 3), null, bytes(p)));
            }
        }
        return files;
    }

    @Override
    public Optional<ContentFile> index(String slug) {
        Path p = root.resolve(slug).resolve("index.yaml");
        if (!Files.isRegularFile(p)) return Optional.empty();
        return Optional.of(new ContentFile(display(p), slug, null, bytes(p)));
    }

    @Override
    public List<String> indexedSlugs() {
        List<String> slugs = new ArrayList<>();
        for (Path p : list(root)) {
            if (Files.isRegularFile(p.resolve("index.yaml"))) slugs.add(p.getFileName().toString());
        }
        return slugs;
    }

    /** How a file is named in messages. */
    protected String display(Path p) {
        return p.toString();
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path p) {
        try {
            if (Files.size(p) > 4L * 1024 * 1024) return new byte[0];
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
