package sspr.doctor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Translated role names: read only when needed, current names, ambiguity said, kept when custom roles join. */
class LocalizedRoleNamesTest {
    static Role role(String alias, String name, String id) {
        return new Role(alias, name, id, false, false, false, false, List.of(), "", List.of(), false, true, Provenance.NONE);
    }

    final List<String> asked = new ArrayList<>();
    final RoleCatalog catalog = new RoleCatalog(List.of(role("global-admin", "Global Administrator", "62e90394-69f5-4237-9190-012177145e10"),
            role("groups-admin", "Groups Administrator", "fdd7a751-b60b-444a-984c-02652fe8fa1c")))
            .localizedNames(List.of("zh-TW", "id-ID"), lang -> {
                asked.add(lang);
                return lang.equals("zh-TW") ? Map.of("global-admin", "全域管理員", "groups-admin", "群組管理員")
                        : Map.of("global-admin", "Administrator Global", "groups-admin", "Administrator Grup");
            });

    @Test
    void aliasesAndEnglishNamesReadNoTranslation() {
        assertThat(catalog.resolve("global-admin").value().alias()).isEqualTo("global-admin");
        assertThat(catalog.resolve("groups administrator").value().alias()).isEqualTo("groups-admin");
        assertThat(catalog.displayName("global-admin", "en")).isEqualTo("Global Administrator");
        assertThat(asked).isEmpty();
    }

    @Test
    void translatedNamesResolveIgnoringCaseAndSpaces() {
        assertThat(catalog.resolve("全域管理員").value().alias()).isEqualTo("global-admin");
        assertThat(catalog.resolve(" administrator   GRUP ").value().alias()).isEqualTo("groups-admin");
        assertThat(catalog.resolve("全域\u3000管理員").value().alias()).isEqualTo("global-admin");
        assertThat(catalog.resolve("Administrator Globl").suggestions()).contains("Administrator Global");
        assertThat(asked).containsExactlyInAnyOrder("zh-TW", "id-ID");
    }

    @Test
    void printingInOneLanguageReadsOnlyThatOne() {
        assertThat(catalog.displayName("groups-admin", "zh-TW")).isEqualTo("群組管理員");
        assertThat(catalog.displayName("nobody", "zh-TW")).isEqualTo("nobody");
        assertThat(asked).containsExactly("zh-TW");
    }

    @Test
    void aNameTwoRolesShareIsAmbiguous() {
        RoleCatalog c = new RoleCatalog(List.of(role("a", "A", "1"), role("b", "B", "2")))
                .localizedNames(List.of("zh-TW"), lang -> Map.of("a", "管理員", "b", "管理員"));
        assertThat(c.resolve("管理員").isAmbiguous()).isTrue();
    }

    @Test
    void customRolesKeepTheTranslationsOfBuiltInOnes() {
        Role custom = new Role("Tier 1 Reset", "Tier 1 Reset", "", false, true, false, false, List.of(), "",
                List.of("microsoft.directory/users/password/update"), true, false, Provenance.NONE);
        RoleCatalog c = catalog.plus(List.of(custom));
        assertThat(c.resolve("全域管理員").value().alias()).isEqualTo("global-admin");
        assertThat(c.resolve("tier 1 reset").value().builtIn()).isFalse();
        assertThat(c.displayName("Tier 1 Reset", "zh-TW")).isEqualTo("Tier 1 Reset");
    }
}
