package sspr.doctor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sspr.doctor.io.YamlTree.Node;

/** Anchors and aliases resolve as YAML says, within limits that make an alias bomb cheap to refuse. */
class YamlAliasesTest {
    private static List<String> texts(Node list) {
        return list.asList().stream().map(Node::text).toList();
    }

    @Test
    void anAliasStandsForItsAnchoredListOrMap() throws Exception {
        Node root = YamlTree.parseYaml("role: &admins [user-admin, helpdesk-admin]\ntarget-role: *admins\n"
                + "base: &base {hybrid: true, writeback: false}\ncopy: *base\n");
        Map<String, Node> m = root.asMap();
        assertThat(texts(m.get("target-role"))).containsExactly("user-admin", "helpdesk-admin");
        assertThat(m.get("copy").asMap().get("hybrid").value()).isEqualTo(Boolean.TRUE);
        assertThat(m.get("copy").asMap().get("writeback").value()).isEqualTo(Boolean.FALSE);
    }

    @Test
    void mergeKeysFillInWhatIsNotGivenExplicitly() throws Exception {
        Node root = YamlTree.parseYaml("cases:\n  - &first\n    name: a\n    role: [user-admin]\n    hybrid: true\n"
                + "  - <<: *first\n    name: b\n  - name: c\n    <<: [*first]\n    hybrid: false\n");
        List<Node> cases = root.asMap().get("cases").asList();
        assertThat(cases.get(1).asMap().get("name").text()).isEqualTo("b");
        assertThat(texts(cases.get(1).asMap().get("role"))).containsExactly("user-admin");
        assertThat(cases.get(2).asMap().get("hybrid").value()).isEqualTo(Boolean.FALSE);
        assertThat(cases.get(2).asMap()).doesNotContainKey("<<");
    }

    @Test
    void anAliasBombIsRefusedQuickly() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + prev + ", ").repeat(8)).append("*").append(prev).append("]\n");
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> YamlTree.parseYaml(bomb.toString()))
                .isInstanceOf(YamlTree.SyntaxError.class).hasMessage("too many aliases (more than 16)");
        // a bomb of few aliases to big values is stopped by the count of repeated values
        StringBuilder wide = new StringBuilder("a: &a [" + "x, ".repeat(2000) + "x]\nb: [");
        wide.append("*a, ".repeat(9)).append("*a]\n");
        assertThatThrownBy(() -> YamlTree.parseYaml(wide.toString()))
                .isInstanceOf(YamlTree.SyntaxError.class).hasMessageContaining("aliases repeat more than 10000 values");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5_000);
    }

    @Test
    void aliasesCannotNestDeeperThanTheLimit() {
        String deep = "a: &a " + "[".repeat(20) + "x" + "]".repeat(20) + "\nb: " + "[".repeat(15) + "*a" + "]".repeat(15) + "\n";
        assertThatThrownBy(() -> YamlTree.parseYaml(deep)).isInstanceOf(YamlTree.SyntaxError.class)
                .hasMessageContaining("nested more than 32 levels deep");
    }

    @Test
    void unresolvableAliasesSayWhy() {
        assertThatThrownBy(() -> YamlTree.parseYaml("role: *admins\n")).hasMessage("alias '*admins' has no anchor '&admins' before it");
        assertThatThrownBy(() -> YamlTree.parseYaml("a: &loop [x, *loop]\n")).hasMessageContaining("inside the value it names");
        assertThatThrownBy(() -> YamlTree.parseYaml("a: &one user-admin\nb: *one\n"))
                .hasMessageContaining("an anchor on a single value is not supported");
        assertThatThrownBy(() -> YamlTree.parseYaml("a: &m [x]\nb:\n  <<: *m\n")).hasMessage("'<<' merges a map or a list of maps");
    }
}
