package sspr.doctor.graph;

import java.nio.file.Path;

/** The hand-written fixture tenant (src/test/resources/tenant), both layouts. */
final class TenantFixtures {
    static final Path FLAT = Path.of("src/test/resources/tenant/flat");
    static final Path EXPORTER = Path.of("src/test/resources/tenant/exporter");

    private TenantFixtures() {}
}
