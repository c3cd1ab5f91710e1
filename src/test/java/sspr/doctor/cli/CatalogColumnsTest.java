package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract: roles list and licenses list print objects with the catalog's columns, in camelCase. */
class CatalogColumnsTest {
    @ParameterizedTest
    @CsvSource({"roles,roles.csv", "licenses,skus.csv"})
    void everyCatalogColumnIsAJsonKey(String command, String catalog) throws IOException {
        String header = Files.readAllLines(Path.of("content/catalog", catalog)).get(0);
        List<String> columns = List.of(header.split(","));
        JsonNode rows = new ObjectMapper().readTree(CliRunner.exec(command, "list", "-o", "json").out());
        assertThat(rows.size()).isGreaterThan(10);
        for (JsonNode row : rows) {
            List<String> keys = new ArrayList<>();
            row.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as(row.toString()).containsAll(columns);
        }
    }
}
