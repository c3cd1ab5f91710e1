package sspr.doctor.catalog.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The catalogues in content/catalog are exactly what {@link CatalogGenerator} derives from
 * Microsoft's pages in ../shared/reference: any byte of difference fails. To refresh after newer
 * pages were dropped in: {@code mvn -q test -Dtest=CatalogRegenerationTest -Dcatalog.update=true}
 * (with {@code -Dcatalog.checked=YYYY-MM-DD} for the day of the check), then review the diff.
 */
class CatalogRegenerationTest {
    static final Path REFERENCE = Path.of("../shared/reference");
    static final Path OVERLAY = Path.of("src/test/resources/catalog");
    static final Path CONTENT = Path.of("content");

    @Test
    void everyCatalogueIsWhatThePagesSay() throws IOException {
        assumeTrue(Files.isDirectory(REFERENCE.resolve("entra-docs")),
                "../shared/reference/entra-docs is absent (a user's clone): the catalogues cannot be regenerated here");
        Properties p = new Properties();
        Path props = OVERLAY.resolve("generator.properties");
        p.load(new StringReader(Files.readString(props, StandardCharsets.UTF_8)));
        String checked = System.getProperty("catalog.checked", p.getProperty("checked"));
        Map<String, String> files = new CatalogGenerator(REFERENCE, OVERLAY, checked).generate();
        if (Boolean.getBoolean("catalog.update")) {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Files.writeString(CONTENT.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            Files.writeString(props, Files.readString(props, StandardCharsets.UTF_8)
                    .replaceAll("(?m)^checked=.*$", "checked=" + checked), StandardCharsets.UTF_8);
        }
        assertThat(files).containsOnlyKeys("catalog/roles.csv", "catalog/reset-permissions.csv", "catalog/skus.csv",
                "catalog/provenance.csv", "messages/roles.en.properties");
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path file = CONTENT.resolve(e.getKey());
            assertThat(Files.exists(file)).as(file + " exists").isTrue();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as(file + " differs from what CatalogGenerator derives from ../shared/reference; "
                            + "regenerate with -Dcatalog.update=true and review the diff")
                    .isEqualTo(e.getValue());
        }
    }
}
