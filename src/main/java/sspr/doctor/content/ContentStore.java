package sspr.doctor.content;

import java.util.List;
import java.util.Optional;

/** Where articles and their indexes come from: the bundled jar, or a folder given by the user. */
public interface ContentStore {
    List<ContentFile> articles();

    /** The text of {@code <slug>/index.yaml}, if this store has one. */
    Optional<ContentFile> index(String slug);

    /** Slugs for which this store has an index. */
    List<String> indexedSlugs();
}
