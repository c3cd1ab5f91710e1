package sspr.doctor.tenant;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The properties of a Graph user the facts are made from, and nothing else: read from a tree
 * (diagnose, EntraExporter's one-object files) or straight off the parser (audit of a page of a
 * million users), so that the audit builds no tree per user. Reused from user to user; where the
 * user sits in its file is kept as parts, and a {@link Source} is made only when one is asked for.
 */
final class UserFields implements FactSink.Located {
    /** One entry of assignedLicenses: the SKU and the service plans switched off in it. */
    record License(String skuId, List<String> disabledPlans) {}

    /** One entry of identities: how the user signs in, and which organization issues it. */
    record Identity(String signInType, String issuer) {}

    String id;
    String userPrincipalName;
    String userType;
    Boolean accountEnabled;
    boolean hasOnPremisesSyncEnabled;
    Boolean onPremisesSyncEnabled;
    /** null when the object has no assignedLicenses (not selected), else the list (maybe empty). */
    List<License> assignedLicenses;
    List<Identity> identities;
    String creationType;
    String externalUserState;

    private String file;
    private String arrayPath;
    private int index = -1;
    private int page;
    private Source source;

    void clear() {
        id = userPrincipalName = userType = creationType = externalUserState = null;
        accountEnabled = onPremisesSyncEnabled = null;
        hasOnPremisesSyncEnabled = false;
        assignedLicenses = null;
        identities = null;
        source = null;
    }

    void at(String file, String arrayPath, int index, int page) {
        this.file = file;
        this.arrayPath = arrayPath;
        this.index = index;
        this.page = page;
        this.source = null;
    }

    void at(Source source) {
        this.source = source;
    }

    /** Where the user object is; made on first use. */
    @Override
    public Source source() {
        if (source == null) source = new Source(file, index < 0 ? arrayPath : arrayPath + "[" + index + "]", page);
        return source;
    }

    static UserFields of(JsonNode n, Source source) {
        UserFields u = new UserFields();
        u.id = TenantIndex.text(n, "id");
        u.userPrincipalName = TenantIndex.text(n, "userPrincipalName");
        u.userType = TenantIndex.text(n, "userType");
        u.accountEnabled = TenantIndex.bool(n, "accountEnabled");
        u.hasOnPremisesSyncEnabled = n.has("onPremisesSyncEnabled");
        u.onPremisesSyncEnabled = TenantIndex.bool(n, "onPremisesSyncEnabled");
        JsonNode l = n.get("assignedLicenses");
        if (l != null && l.isArray()) {
            u.assignedLicenses = new ArrayList<>(l.size());
            for (JsonNode e : l) {
                List<String> disabled = new ArrayList<>(0);
                JsonNode d = e.get("disabledPlans");
                if (d != null && d.isArray()) for (JsonNode p : d) if (p.isTextual()) disabled.add(p.asText().toLowerCase(java.util.Locale.ROOT));
                u.assignedLicenses.add(new License(TenantIndex.text(e, "skuId"), disabled));
            }
        }
        JsonNode ids = n.get("identities");
        if (ids != null && ids.isArray()) {
            u.identities = new ArrayList<>(ids.size());
            for (JsonNode e : ids) u.identities.add(new Identity(TenantIndex.text(e, "signInType"), TenantIndex.text(e, "issuer")));
        }
        u.creationType = TenantIndex.text(n, "creationType");
        u.externalUserState = TenantIndex.text(n, "externalUserState");
        u.at(source);
        return u;
    }

    /** Reads the object the parser is at (START_OBJECT) up to its END_OBJECT, skipping what the facts do not use. */
    void parse(JsonParser p) throws IOException {
        clear();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "id": id = text(p, v); break;
                case "userPrincipalName": userPrincipalName = text(p, v); break;
                case "userType": userType = text(p, v); break;
                case "accountEnabled": accountEnabled = bool(p, v); break;
                case "onPremisesSyncEnabled":
                    hasOnPremisesSyncEnabled = true;
                    onPremisesSyncEnabled = bool(p, v);
                    break;
                case "creationType": creationType = text(p, v); break;
                case "externalUserState": externalUserState = text(p, v); break;
                case "assignedLicenses":
                    if (v == JsonToken.START_ARRAY) assignedLicenses = licenses(p);
                    else p.skipChildren();
                    break;
                case "identities":
                    if (v == JsonToken.START_ARRAY) identities = identities(p);
                    else p.skipChildren();
                    break;
                default: p.skipChildren();
            }
        }
        if (t != JsonToken.END_OBJECT) throw new IOException("object not closed");
    }

    private static List<License> licenses(JsonParser p) throws IOException {
        List<License> out = new ArrayList<>(2);
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) { p.skipChildren(); continue; }
            String sku = null;
            List<String> disabled = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("skuId")) sku = text(p, v);
                else if (field.equals("disabledPlans") && v == JsonToken.START_ARRAY) {
                    while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (v == JsonToken.VALUE_STRING) {
                            if (disabled.isEmpty()) disabled = new ArrayList<>(2);
                            disabled.add(p.getText().toLowerCase(java.util.Locale.ROOT));
                        } else p.skipChildren();
                    }
                } else p.skipChildren();
            }
            out.add(new License(sku, disabled));
        }
        return out;
    }

    private static List<Identity> identities(JsonParser p) throws IOException {
        List<Identity> out = new ArrayList<>(2);
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) { p.skipChildren(); continue; }
            String type = null;
            String issuer = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("signInType")) type = text(p, v);
                else if (field.equals("issuer")) issuer = text(p, v);
                else p.skipChildren();
            }
            out.add(new Identity(type, issuer));
        }
        return out;
    }

    /** A scalar as text, as JsonNode.asText does; null for null and for objects or arrays (skipped). */
    private static String text(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NULL) return null;
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        return p.getText();
    }

    private static Boolean bool(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) p.skipChildren();
        return v == JsonToken.VALUE_TRUE ? Boolean.TRUE : v == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }
}
