package sspr.doctor.audit;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts from a Graph users export, joined to registration records by id, else by user principal
 * name. Each user is kept as one int (three flags and the index of its shared licence set) in two
 * {@link CompactIndex}es, 24 bytes a user. The file is read twice, once to count the users so that
 * the indexes are allocated once at their exact size.
 */
public final class UserDirectory {
    static final int SYNCED = 1;
    static final int DISABLED = 2;
    static final int GUEST = 4;
    private static final int LICENCE_SET_SHIFT = 3;

    private final CompactIndex byId;
    private final CompactIndex byUpn;
    private final List<List<String>> licenceSets = new ArrayList<>();
    private final Map<List<String>, Integer> licenceSetIndex = new HashMap<>();

    /** What the directory knows about one user. */
    public record Facts(boolean synced, boolean disabled, boolean guest, List<String> skuIds) {}

    private static final class UserFields {
        String id;
        String upn;
        Boolean synced;
        Boolean enabled;
        String userType;
        boolean userProperties;
        final List<String> skuIds = new ArrayList<>();
    }

    private static final GraphJsonReader.Fields<UserFields> USER = new GraphJsonReader.Fields<>() {
        @Override
        public void clear(UserFields u) {
            u.id = null; u.upn = null; u.synced = null; u.enabled = null; u.userType = null; u.userProperties = false;
            u.skuIds.clear();
        }

        @Override
        public void field(UserFields u, String name, JsonToken v, GraphJsonReader in) throws IOException {
            switch (name) {
                case "id": u.id = in.string(name, v); break;
                case "userPrincipalName": u.upn = in.string(name, v); break;
                case "onPremisesSyncEnabled": u.synced = in.bool(name, v); u.userProperties = true; break;
                case "accountEnabled": u.enabled = in.bool(name, v); u.userProperties = true; break;
                case "userType": u.userType = in.string(name, v); break;
                case "assignedLicenses":
                    u.userProperties = true;
                    if (v == JsonToken.VALUE_NULL) break;
                    if (v != JsonToken.START_ARRAY) throw in.field(name, sspr.doctor.i18n.LocalizedText.of("audit.expected.skus"));
                    JsonToken t;
                    while ((t = in.parser().nextToken()) != JsonToken.END_ARRAY) {
                        if (t != JsonToken.START_OBJECT) throw in.field(name, sspr.doctor.i18n.LocalizedText.of("audit.expected.skus"));
                        while (in.parser().nextToken() == JsonToken.FIELD_NAME) {
                            String f = in.parser().currentName();
                            JsonToken fv = in.parser().nextToken();
                            if (f.equals("skuId")) {
                                String sku = in.string("assignedLicenses.skuId", fv);
                                if (sku != null) u.skuIds.add(sku.toLowerCase(java.util.Locale.ROOT));
                            } else {
                                in.parser().skipChildren();
                            }
                        }
                    }
                    break;
                default: in.parser().skipChildren();
            }
        }
    };

    private UserDirectory(int users) {
        byId = new CompactIndex(users);
        byUpn = new CompactIndex(users);
    }

    private static final GraphJsonReader.Fields<Object> SKIP = new GraphJsonReader.Fields<>() {
        @Override
        public void clear(Object ignored) {}

        @Override
        public void field(Object ignored, String name, JsonToken v, GraphJsonReader in) throws IOException {
            in.parser().skipChildren();
        }
    };

    public static UserDirectory read(Path file) {
        int users = 0;
        try (InputStream in = new java.io.BufferedInputStream(new sspr.doctor.io.Utf8Check(Files.newInputStream(file), file.toString(), true), 1 << 16)) {
            GraphJsonReader reader = new GraphJsonReader(in, file.toString());
            Object none = new Object();
            while (reader.read(none, SKIP)) users++;
        } catch (IOException e) {
            throw sspr.doctor.io.IoErrors.cannotRead(file, e);
        }
        UserDirectory d = new UserDirectory(users);
        try (InputStream in = new java.io.BufferedInputStream(new sspr.doctor.io.Utf8Check(Files.newInputStream(file), file.toString(), true), 1 << 16)) {
            GraphJsonReader reader = new GraphJsonReader(in, file.toString());
            UserFields u = new UserFields();
            int read = 0;
            while (read < users && reader.read(u, USER)) {
                read++;
                if (!u.userProperties) {
                    throw new AuditInputException(file.toString(), sspr.doctor.i18n.LocalizedText.of("parse.record", "record", read,
                            "problem", sspr.doctor.i18n.LocalizedText.of("audit.not-users")));
                }
                int flags = 0;
                if (Boolean.TRUE.equals(u.synced)) flags |= SYNCED;
                if (Boolean.FALSE.equals(u.enabled)) flags |= DISABLED;
                if ("guest".equalsIgnoreCase(u.userType)) flags |= GUEST;
                Integer index = d.licenceSetIndex.get(u.skuIds);
                if (index == null) {
                    List<String> set = List.copyOf(u.skuIds);
                    index = d.licenceSets.size();
                    d.licenceSets.add(set);
                    d.licenceSetIndex.put(set, index);
                }
                int packed = flags | (index << LICENCE_SET_SHIFT);
                if (u.id != null) d.byId.put(u.id, packed);
                if (u.upn != null) d.byUpn.put(u.upn, packed);
            }
        } catch (IOException e) {
            throw sspr.doctor.io.IoErrors.cannotRead(file, e);
        }
        d.byId.seal();
        d.byUpn.seal();
        return d;
    }

    /**
     * The directory's entry for a registration record, packed (flags and licence set), or
     * {@link CompactIndex#MISSING} when the user is not in it. Equal entries mean equal {@link Facts}.
     */
    public int entry(String id, String upn) {
        int packed = id == null ? CompactIndex.MISSING : byId.get(id);
        if (packed == CompactIndex.MISSING && upn != null) packed = byUpn.get(upn);
        return packed;
    }

    /** The facts an {@link #entry} stands for, or null for a user not in the directory. */
    public Facts facts(int entry) {
        if (entry == CompactIndex.MISSING) return null;
        return new Facts((entry & SYNCED) != 0, (entry & DISABLED) != 0, (entry & GUEST) != 0,
                licenceSets.get(entry >>> LICENCE_SET_SHIFT));
    }
}
