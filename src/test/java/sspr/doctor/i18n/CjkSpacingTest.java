package sspr.doctor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CjkSpacingTest {
    @Test
    void aSpaceBetweenTwoChineseCharactersGoesOthersStay() {
        assertThat(CjkSpacing.tidy("技術支援管理員 無法重設擁有 Exchange 管理員（不在表格中） 的使用者"))
                .isEqualTo("技術支援管理員無法重設擁有 Exchange 管理員（不在表格中）的使用者");
        assertThat(CjkSpacing.tidy("a b")).isEqualTo("a b");
        assertThat(CjkSpacing.tidy(" 你 ")).isEqualTo(" 你 ");
        assertThat(CjkSpacing.tidy("")).isEmpty();
    }

    @Test
    void chineseMessagesDropTheSpaceAroundAChineseValueOnly() {
        Messages zh = Messages.of("findings", "zh-TW");
        String chineseValue = zh.format("role.target-roles-suspected.detail", "actorRoles", "使用者管理員", "targetRoles", "無系統管理員角色");
        assertThat(chineseValue).contains("使用者管理員可以重設擁有無系統管理員角色的使用者");
        String latinValue = zh.format("role.target-roles-suspected.detail", "actorRoles", "User Administrator", "targetRoles", "Exchange");
        assertThat(latinValue).contains("User Administrator 可以重設擁有 Exchange 的使用者");
        Messages en = Messages.of("findings", "en");
        assertThat(en.format("role.target-roles-suspected.detail", "actorRoles", "使用者管理員", "targetRoles", "無"))
                .isEqualTo(Messages.of("findings", "en").get("role.target-roles-suspected.detail")
                        .replace("{actorRoles}", "使用者管理員").replace("{targetRoles}", "無"));
    }
}
