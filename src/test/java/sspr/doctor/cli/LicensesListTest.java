package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sspr.doctor.catalog.Sku;
import sspr.doctor.diagnosis.Catalogs;
import sspr.doctor.text.DisplayWidth;

/** {@code licenses list} text: columns line up by display width in every language, part numbers are never cut. */
class LicensesListTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "id-ID", "zh-CN", "zh-TW"})
    void columnsLineUpAndPartNumbersAreWhole(String lang) {
        CliRunner.Result r = new CliRunner().env("COLUMNS", "200").run("--lang", lang, "licenses", "list", "--search", "GCCHIGH");
        assertThat(r.exit()).isZero();
        Golden.assertMatches("licenses-list-gcchigh." + lang + ".txt", r.out());
        List<String> lines = r.out().lines().toList();
        List<Sku> skus = Catalogs.skus().search("GCCHIGH");
        String header = lines.get(0);
        int productColumn = DisplayWidth.of(header.substring(0, header.lastIndexOf("  ") + 2));
        int row = 1;
        for (Sku s : skus) {
            String line = lines.get(row++);
            if (DisplayWidth.of(s.skuPartNumber()) > LicensesCommand.ListLicenses.PART_COLUMN_MAX) {
                assertThat(line).isEqualTo(s.skuPartNumber());
                line = lines.get(row++);
            } else {
                assertThat(line).startsWith(s.skuPartNumber() + " ");
            }
            int at = line.indexOf(s.productName());
            assertThat(DisplayWidth.of(line.substring(0, at))).as(line).isEqualTo(productColumn);
        }
        assertThat(r.out()).doesNotContain("…");
    }
}
