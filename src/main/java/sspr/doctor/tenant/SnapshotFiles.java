package sspr.doctor.tenant;

import sspr.doctor.i18n.LocalizedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the files of each collection in a snapshot folder. Per collection the flat file wins; else
 * EntraExporter's folder, where each object is {@code <Folder>/<id>/<id>.json} (PIM writes
 * {@code PIM/DirectoryRoles/<id>.json} directly) and children sit in {@code <Folder>/<id>/Members/…}.
 * So an EntraExporter export with a {@code userRegistrationDetails.json} beside it is read as one.
 */
final class SnapshotFiles {
    private final Path root;
    private final SnapshotManifest manifest;

    SnapshotFiles(Path root) {
        this.root = root;
        this.manifest = SnapshotManifest.read(root);
    }

    /** The snapshot's manifest.json, or null. */
    SnapshotManifest manifest() { return manifest; }

    /** Why the manifest does not let a collection be read (its name and entry), or null when it does. */
    java.util.Map.Entry<String, SnapshotManifest.Entry> withheld(Collection c) {
        return manifest == null ? null : manifest.notComplete(c);
    }

    Path root() { return root; }

    /** A file in a snapshot, with the name it is shown by (relative, '/'-separated). */
    record SnapshotFile(Path path, String name) {}

    /** The files of a collection, or null when the snapshot has none of it. */
    List<SnapshotFile> files(Collection c) {
        if (withheld(c) != null) return null;
        Path flat = root.resolve(c.flatFile);
        if (Files.isRegularFile(flat)) return List.of(file(flat));
        SnapshotManifest.Entry listed = manifest == null ? null : manifest.entry(c);
        // complete and empty: the fetch may write no file for no records
        if (listed != null && listed.complete() && Long.valueOf(0).equals(listed.count())) return List.of();
        if (c.exporterPath == null) return null;
        Path exported = root.resolve(c.exporterPath);
        if (Files.isRegularFile(exported)) return List.of(file(exported));
        if (!Files.isDirectory(exported)) return null;
        return objectFiles(exported);
    }

    /** The child files of one object: flat {@code <collection>-<id>-<child>.json}, or the exporter's child folder. */
    List<SnapshotFile> children(Collection c, String id, Collection.Child child) {
        Path flat = root.resolve(c.childPrefix() + "-" + id + "-" + child.flat + ".json");
        if (Files.isRegularFile(flat)) return List.of(file(flat));
        if (c.exporterPath == null) return List.of();
        Path folder = root.resolve(c.exporterPath).resolve(id).resolve(child.folder);
        if (!Files.isDirectory(folder)) return List.of();
        return objectFiles(folder);
    }

    private List<SnapshotFile> objectFiles(Path folder) {
        List<SnapshotFile> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : (Iterable<Path>) entries.sorted()::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith(".")) continue;
                if (Files.isRegularFile(p) && n.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                    out.add(file(p));
                } else if (Files.isDirectory(p)) {
                    Path object = p.resolve(n + ".json");
                    if (Files.isRegularFile(object)) out.add(file(object));
                }
            }
        } catch (IOException e) {
            throw new SnapshotException(null, LocalizedText.of("io.cannot-read", "path", name(folder), "reason", sspr.doctor.io.IoErrors.reason(e)));
        }
        return out;
    }

    SnapshotFile file(Path p) {
        return new SnapshotFile(p, name(p));
    }

    String name(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
