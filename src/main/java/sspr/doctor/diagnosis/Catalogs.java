package sspr.doctor.diagnosis;

import java.util.LinkedHashMap;
import java.util.Map;
import sspr.doctor.catalog.CompiledCatalogs;
import sspr.doctor.catalog.ErrorCatalog;
import sspr.doctor.catalog.ResetMatrix;
import sspr.doctor.catalog.RoleCatalog;
import sspr.doctor.catalog.SkuCatalog;
import sspr.doctor.content.BundledContent;
import sspr.doctor.content.BundledCsv;

/** The bundled catalogs, each parsed on first use only (start-up stays cheap for commands that need none). */
public final class Catalogs {
    private static RoleCatalog roles;
    /** The built-in catalogue with this run's custom roles (--role-definition, a snapshot's definitions). */
    private static RoleCatalog withCustom;
    private static SkuCatalog skus;
    private static ResetMatrix matrix;
    private static Map<String, String> errorFindings;
    private static final Map<String, ErrorCatalog> errors = new java.util.HashMap<>();

    /** The languages role names are translated into (content/messages/roles.<lang>.properties). */
    static final java.util.List<String> ROLE_NAME_LANGUAGES = java.util.List.of("id-ID", "zh-CN", "zh-TW");
    private static final Map<String, Map<String, String>> roleNames = new java.util.concurrent.ConcurrentHashMap<>();

    private Catalogs() {}

    /** alias → role name in {@code lang}; each language's bundle is read the first time it is asked for. */
    private static Map<String, String> roleNames(String lang) {
        return roleNames.computeIfAbsent(lang, l -> sspr.doctor.i18n.Messages.entries("roles", l));
    }

    public static synchronized RoleCatalog roles() {
        if (withCustom != null) return withCustom;
        return builtInRoles();
    }

    /** Adds custom roles (a snapshot's definitions) to those already in use; the same id twice is kept once. */
    public static synchronized void addCustomRoles(java.util.List<sspr.doctor.catalog.Role> custom) {
        if (custom.isEmpty()) return;
        java.util.List<sspr.doctor.catalog.Role> all = new java.util.ArrayList<>(roles().custom());
        all.addAll(custom);
        useCustomRoles(all);
    }

    /** The bundled built-in roles only. */
    public static synchronized RoleCatalog builtInRoles() {
        if (roles == null) {
            RoleCatalog compiled = compiled(CompiledCatalogs.ROLES_FILE, CompiledCatalogs::readRoles);
            roles = (compiled != null ? compiled : RoleCatalog.fromRows(BundledCsv.rows("catalog/roles.csv")))
                    .localizedNames(ROLE_NAME_LANGUAGES, Catalogs::roleNames);
        }
        return roles;
    }

    /**
     * Custom roles for what follows in this process (one command run): {@link #roles()} then knows
     * them by name and id. An empty list goes back to the built-in roles only.
     */
    public static synchronized void useCustomRoles(java.util.List<sspr.doctor.catalog.Role> custom) {
        withCustom = custom.isEmpty() ? null : builtInRoles().withCustom(custom);
    }

    public static synchronized SkuCatalog skus() {
        if (skus == null) {
            SkuCatalog compiled = compiled(CompiledCatalogs.SKUS_FILE, CompiledCatalogs::readSkus);
            skus = compiled != null ? compiled : SkuCatalog.fromRows(BundledCsv.rows("catalog/skus.csv"));
        }
        return skus;
    }

    private interface Reader<T> { T read(byte[] compiled) throws java.io.IOException; }

    /** A catalogue as the build compiled it, or null when there is none (or it cannot be read): then the CSV is parsed. */
    private static <T> T compiled(String file, Reader<T> reader) {
        byte[] bytes = sspr.doctor.content.JarFiles.read(file);
        if (bytes == null) return null;
        try {
            return reader.read(bytes);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    public static synchronized ResetMatrix matrix() {
        if (matrix == null) matrix = ResetMatrix.fromRows(BundledCsv.rows("catalog/reset-permissions.csv"));
        return matrix;
    }

    /** Error codes with meanings in {@code lang} where a translation exists. */
    public static synchronized ErrorCatalog errors(String lang) {
        return errors.computeIfAbsent(lang, l -> {
            String translated = "catalog/error-codes." + l + ".csv";
            return ErrorCatalog.fromRows(BundledCsv.rows("catalog/error-codes.csv"),
                    !l.equals("en") && BundledContent.exists(translated) ? BundledCsv.rows(translated) : null);
        });
    }

    /** Error code → the finding it is evidence of. */
    public static synchronized Map<String, String> errorFindings() {
        if (errorFindings == null) {
            errorFindings = compiled(ERROR_FINDINGS, Catalogs::readErrorFindings);
            if (errorFindings == null) errorFindings = parseErrorFindings(BundledContent.readText("catalog/error-findings.properties"));
        }
        return errorFindings;
    }

    /** Where the build puts error-findings.properties compiled (pairs in a string pool: no Properties parsing at start-up). */
    public static final String ERROR_FINDINGS = "content/compiled/error-findings.bin";
    private static final int ERROR_FINDINGS_MAGIC = 0x45524646; // "ERFF"

    /** error-findings.properties parsed, in the order {@code stringPropertyNames()} gives. */
    public static Map<String, String> parseErrorFindings(String text) {
        java.util.Properties p = new java.util.Properties();
        try {
            p.load(new java.io.StringReader(text));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
        return m;
    }

    /** Build step: the compiled form of error-findings.properties. */
    public static byte[] compileErrorFindings(String text) {
        sspr.doctor.io.PackedWriter out = new sspr.doctor.io.PackedWriter();
        Map<String, String> m = parseErrorFindings(text);
        out.writeInt(m.size());
        m.forEach((k, v) -> out.writeString(k).writeString(v));
        return out.toBytes(ERROR_FINDINGS_MAGIC);
    }

    static Map<String, String> readErrorFindings(byte[] compiled) throws java.io.IOException {
        sspr.doctor.io.PackedReader in = sspr.doctor.io.PackedReader.of(compiled, ERROR_FINDINGS_MAGIC);
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) m.put(in.readString(), in.readString());
        return m;
    }
}
