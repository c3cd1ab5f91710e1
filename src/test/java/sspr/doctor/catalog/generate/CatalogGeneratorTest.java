package sspr.doctor.catalog.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generator's small rules, each as the pages use it. */
class CatalogGeneratorTest {
    static final String RESET = CatalogGenerator.PASSWORD_UPDATE;

    @ParameterizedTest
    @CsvSource({"microsoft.directory/users/password/update,true", "microsoft.directory/users/allProperties/allTasks,true",
            "microsoft.directory/allEntities/allProperties/allTasks,true", "microsoft.directory/users/allTasks,true",
            "microsoft.directory/users/allProperties/read,false", "microsoft.directory/users/basic/update,false",
            "microsoft.directory/users/password/read,false", "microsoft.directory/groups/allProperties/allTasks,false",
            "microsoft.azure.supportTickets/allEntities/allTasks,false", "microsoft.directory/users/invalidateAllRefreshTokens,false"})
    void anActionGrantsPasswordResetItselfOrByAWildcard(String action, boolean grants) {
        assertThat(CatalogGenerator.grants(action, RESET)).isEqualTo(grants);
    }

    @ParameterizedTest
    @CsvSource({"Teams Devices Administrator,teams-devices-admin", "Entra SOC Identity Responder,entra-soc-identity-responder",
            "Microsoft 365 Backup Administrator,microsoft-365-backup-admin", "AI Administrator,ai-admin",
            "B2C IEF Keyset Administrator,b2c-ief-keyset-admin"})
    void newRolesGetAliasesInTheCatalogueStyle(String name, String alias) {
        assertThat(CatalogGenerator.alias(name)).isEqualTo(alias);
    }

    @ParameterizedTest
    @CsvSource({"Auth Admin,Authentication Administrator", "Privileged Auth Admin,Privileged Authentication Administrator",
            "Groups Admin,Groups Administrator", "Directory Readers,Directory Readers"})
    void theMatrixAbbreviationsExpand(String abbreviated, String name) {
        assertThat(CatalogGenerator.expand(abbreviated)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({"Microsoft_Entra_ID_Governance Microsoft Entra ID Governance,false",
            "Microsoft_Cloud_App_Security_App_Governance_Add_On App governance add-on,false",
            "ENTERPRISEPACK_GOV Office 365 G3 GCC,true", "SPE_E3_USGOV_DOD Microsoft 365 E3_USGOV_DOD,true",
            "CRMPLAN2_GCC Microsoft Dynamics CRM Online Basic for Government,true", "MCOEV_DOD Teams Phone Standard for DOD,true"})
    void governmentIsAWholeWord(String partAndName, boolean government) {
        assertThat(CatalogGenerator.GOVERNMENT.matcher(partAndName).find()).isEqualTo(government);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"plain;plain", "a,b;\"a,b\"", "say \"x\";\"say \"\"x\"\"\""})
    void csvCellsAreQuotedOnlyWhenNeeded(String cell, String written) {
        assertThat(CatalogGenerator.csvLine(List.of(cell))).isEqualTo(written + "\n");
    }

    @ParameterizedTest
    @CsvSource({"'MCOCAP_FACULTY\u00a0',MCOCAP_FACULTY", "' x ',x"})
    void noBreakSpacesAreStrippedAsPythonDoes(String raw, String stripped) {
        assertThat(CatalogGenerator.pyStrip(raw)).isEqualTo(stripped);
    }
}
