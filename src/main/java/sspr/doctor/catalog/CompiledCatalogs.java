package sspr.doctor.catalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import sspr.doctor.io.PackedReader;
import sspr.doctor.io.PackedWriter;

/**
 * The role and SKU catalogues as the build compiles them from roles.csv and skus.csv (the sources of
 * truth): every field, and every lookup key already worked out, in the compact form of
 * {@link PackedWriter}. Loading them builds the records and maps and computes nothing per character.
 */
public final class CompiledCatalogs {
    private static final int ROLES = 0x524f4c45; // "ROLE"
    private static final int SKUS = 0x534b5553; // "SKUS"
    public static final String ROLES_FILE = "content/compiled/roles.bin";
    public static final String SKUS_FILE = "content/compiled/skus.bin";

    private CompiledCatalogs() {}

    /** The built-in roles of {@code catalog} with their keys. */
    public static byte[] writeRoles(RoleCatalog catalog) {
        List<Role> roles = catalog.all();
        String[][] keys = RoleCatalog.keys(roles);
        PackedWriter out = new PackedWriter();
        out.writeInt(roles.size());
        for (int i = 0; i < roles.size(); i++) {
            Role r = roles.get(i);
            out.writeString(r.alias()).writeString(r.displayName()).writeString(r.roleTemplateId())
                    .writeBoolean(r.isPrivileged()).writeBoolean(r.canResetPasswords()).writeBoolean(r.inResetMatrix())
                    .writeBoolean(r.inSsprAdminPolicyList()).writeStrings(r.legacyNames()).writeString(r.note())
                    .writeStrings(r.permissions()).writeBoolean(r.auScopable()).writeBoolean(r.builtIn())
                    .writeString(r.source().page()).writeString(r.source().commit()).writeString(r.source().date())
                    .writeString(r.source().checked());
            out.writeInt(keys[i].length);
            for (String k : keys[i]) out.writeString(k);
        }
        return out.toBytes(ROLES);
    }

    public static RoleCatalog readRoles(byte[] compiled) throws IOException {
        PackedReader in = PackedReader.of(compiled, ROLES);
        int n = in.readInt();
        if (n < 0 || n > compiled.length) throw new IOException("corrupt compiled role catalogue");
        List<Role> roles = new ArrayList<>(n);
        String[][] keys = new String[n][];
        for (int i = 0; i < n; i++) {
            roles.add(new Role(in.readString(), in.readString(), in.readString(), in.readBoolean(), in.readBoolean(),
                    in.readBoolean(), in.readBoolean(), in.readStrings(), in.readString(), in.readStrings(), in.readBoolean(),
                    in.readBoolean(), new Provenance(in.readString(), in.readString(), in.readString(), in.readString())));
            int k = in.readInt();
            if (k < 3 || k > compiled.length) throw new IOException("corrupt compiled role catalogue");
            keys[i] = new String[k];
            for (int j = 0; j < k; j++) keys[i][j] = in.readString();
        }
        return new RoleCatalog(roles, keys);
    }

    /** Every SKU of {@code catalog} with its keys. */
    public static byte[] writeSkus(SkuCatalog catalog) {
        List<Sku> skus = catalog.all();
        List<List<String>> keys = SkuCatalog.keys(skus);
        PackedWriter out = new PackedWriter();
        out.writeInt(skus.size());
        for (int i = 0; i < skus.size(); i++) {
            Sku s = skus.get(i);
            out.writeString(s.skuPartNumber()).writeString(s.skuId()).writeString(s.productName()).writeString(s.alias())
                    .writeBoolean(s.hasEntraP1()).writeBoolean(s.hasEntraP2()).writeBoolean(s.isBusinessStandard())
                    .writeBoolean(s.isBusinessPremium()).writeBoolean(s.isFree()).writeBoolean(s.isTrial())
                    .writeBoolean(s.isGovernment()).writeBoolean(s.writebackLicensed()).writeString(s.cloudResetLicensed())
                    .writeInt(s.servicePlanCount()).writeStrings(keys.get(i));
        }
        return out.toBytes(SKUS);
    }

    public static SkuCatalog readSkus(byte[] compiled) throws IOException {
        PackedReader in = PackedReader.of(compiled, SKUS);
        int n = in.readInt();
        if (n < 0 || n > compiled.length) throw new IOException("corrupt compiled SKU catalogue");
        List<Sku> skus = new ArrayList<>(n);
        List<List<String>> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            skus.add(new Sku(in.readString(), in.readString(), in.readString(), in.readString(), in.readBoolean(),
                    in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readBoolean(),
                    in.readBoolean(), in.readString(), in.readInt()));
            keys.add(in.readStrings());
        }
        return new SkuCatalog(skus, keys);
    }
}
