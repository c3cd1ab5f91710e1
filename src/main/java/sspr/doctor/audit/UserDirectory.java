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
 * name. Each user is kept as one int: three flags and the index of its (shared) licence set, so a
 * large tenant costs a map entry per user and nothing more.
 */
public final class UserDirectory {
    static final int SYNCED = 1;
    static final int DISABLED = 2;
    static final int GUEST = 4;
    static final int KNOWN = 8;

    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, String> idByUpn = new HashMap<>();
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
        final List<String> skuIds = new ArrayList<>();
    }

    private static final GraphJsonReader.Fields<UserFields> USER = new GraphJsonReader.Fields<>() {
        @Override
        public void clear(UserFields u) {
            u.id = null; u.upn = null; u.synced = null; u.enabled = null; u.userType = null;
            u.skuIds.clear();
        }

        @Override
        public void field(UserFields u, String name, JsonToken v, GraphJsonReader in) throws IOException {
            switch (name) {
                case "id": u.id = in.string(name, v); break;
                case "userPrincipalName": u.upn = in.string(name, v); break;
                case "onPremisesSyncEnabled": u.synced = in.bool(name, v); break;
                case "accountEnabled": u.enabled = in.bool(name, v); break;
                case "userType": u.userType = in.string(name, v); break;
                case "assignedLicenses":
                    if (v == JsonToken.VALUE_NULL) break;
                    if (v != JsonToken.START_ARRAY) throw in.field(name, "a list of {skuId}");
                    JsonToken t;
                    while ((t = in.parser().nextToken()) != JsonToken.END_ARRAY) {
                        if (t != JsonToken.START_OBJECT) throw in.field(name, "a list of {skuId}");
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

    public static UserDirectory read(Path file) {
        UserDirectory d = new UserDirectory();
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            GraphJsonReader reader = new GraphJsonReader(in, file.toString());
            UserFields u = new UserFields();
            while (reader.read(u, USER)) {
                int flags = KNOWN;
                if (Boolean.TRUE.equals(u.synced)) flags |= SYNCED;
                if (Boolean.FALSE.equals(u.enabled)) flags |= DISABLED;
                if ("guest".equalsIgnoreCase(u.userType)) flags |= GUEST;
                List<String> set = List.copyOf(u.skuIds);
                Integer index = d.licenceSetIndex.get(set);
                if (index == null) {
                    index = d.licenceSets.size();
                    d.licenceSets.add(set);
                    d.licenceSetIndex.put(set, index);
                }
                int packed = flags | (index << 4);
                if (u.id != null) d.byId.put(u.id, packed);
                if (u.upn != null && u.id != null) d.idByUpn.put(u.upn.toLowerCase(java.util.Locale.ROOT), u.id);
                else if (u.upn != null) d.byId.put("upn:" + u.upn.toLowerCase(java.util.Locale.ROOT), packed);
            }
        } catch (IOException e) {
            throw new AuditInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
        return d;
    }

    /** The directory's facts for a registration record, or null when the user is not in it. */
    public Facts lookup(String id, String upn) {
        Integer packed = id == null ? null : byId.get(id);
        if (packed == null && upn != null) {
            String key = upn.toLowerCase(java.util.Locale.ROOT);
            String joinedId = idByUpn.get(key);
            packed = joinedId != null ? byId.get(joinedId) : byId.get("upn:" + key);
        }
        if (packed == null) return null;
        return new Facts((packed & SYNCED) != 0, (packed & DISABLED) != 0, (packed & GUEST) != 0, licenceSets.get(packed >>> 4));
    }

    public int size() {
        return byId.size();
    }
}
