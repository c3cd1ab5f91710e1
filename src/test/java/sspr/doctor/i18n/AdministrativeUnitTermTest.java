package sspr.doctor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One word for an administrative unit in zh-TW, in every bundle: 管理單位, as Microsoft's zh-TW page
 * "建立或刪除管理單位" (learn.microsoft.com/zh-tw/entra/identity/role-based-access-control/admin-units-manage,
 * read 2026-12-06) names it and the admin center's blade ([身分識別]>[角色與系統管理員]>[管理單位]); a
 * restricted-management unit is that page's 管理受限的管理單位. The messages had mixed in 系統管理單位 and
 * three wordings of the restricted kind.
 */
class AdministrativeUnitTermTest {
    @Test
    void zhTwSaysManagementUnitEverywhere() {
        int uses = 0;
        for (String bundle : List.of("help", "findings", "wizard", "ui", "terms", "errors", "report", "notes", "catalog", "roles")) {
            for (Object value : Messages.load(bundle, "zh-TW").values()) {
                assertThat(value.toString()).as(bundle).doesNotContain("系統管理單位").doesNotContain("限制管理");
                if (value.toString().contains("管理單位")) uses++;
            }
        }
        assertThat(uses).as("messages naming administrative units").isGreaterThan(20);
    }
}
