package sspr.doctor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sspr.doctor.diagnosis.Catalogs;

class CatalogResolutionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "entra-id-p1|AAD_PREMIUM", "AAD_PREMIUM|AAD_PREMIUM", "aad_premium|AAD_PREMIUM",
            "078d2b04-f1bd-4111-bbd4-b4b1b354cef4|AAD_PREMIUM", "Microsoft Entra ID P1|AAD_PREMIUM",
            "microsoft entra id p1|AAD_PREMIUM", "m365-e3|SPE_E3", "SPE_E3|SPE_E3", "Microsoft 365 E3|SPE_E3",
            "o365-e3|ENTERPRISEPACK", "Microsoft 365 Business Premium (no Teams)|Microsoft_365_ Business_ Premium_(no Teams)"})
    void licenceSpellings(String typed, String partNumber) {
        Resolution<Sku> r = Catalogs.skus().resolve(typed);
        assertThat(r.found()).as(typed).isTrue();
        assertThat(r.value().skuPartNumber()).isEqualTo(partNumber);
    }

    @Test
    void ambiguousProductNameListsCandidates() {
        Resolution<Sku> r = Catalogs.skus().resolve("Microsoft 365 F1");
        assertThat(r.isAmbiguous()).isTrue();
        assertThat(r.candidates()).hasSizeGreaterThan(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "user-admin|user-admin", "User Administrator|user-admin", "user administrator|user-admin",
            "UserAdministrator|user-admin", "fe930be7-5e62-47db-91af-98c3a49a38b1|user-admin",
            "Company Administrator|global-admin", "Password Administrator|password-admin",
            "Helpdesk (Password) Administrator|helpdesk-admin", "User Account Administrator|user-admin"})
    void roleSpellings(String typed, String alias) {
        Resolution<Role> r = Catalogs.roles().resolve(typed);
        assertThat(r.found()).as(typed).isTrue();
        assertThat(r.value().alias()).isEqualTo(alias);
    }

    @Test
    void unknownRoleSuggests() {
        assertThat(Catalogs.roles().resolve("user-admn").suggestions()).contains("user-admin");
    }

    @Test
    void everyPublishedSkuIsInTheCatalog() {
        assertThat(Catalogs.skus().all()).hasSize(569);
        assertThat(Catalogs.roles().all()).hasSize(146);
    }
}
