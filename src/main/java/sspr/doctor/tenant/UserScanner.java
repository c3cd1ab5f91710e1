package sspr.doctor.tenant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import sspr.doctor.audit.JsonByteWindow;
import sspr.doctor.audit.JsonBytes;
import sspr.doctor.audit.SharedStrings;

/**
 * Reads the users of a snapshot file straight from its raw bytes into a reused {@link UserFields},
 * several times faster than Jackson's tokens: field names are matched as bytes, values the facts do
 * not use are validated and stepped over without being decoded, and an {@code assignedLicenses} list
 * whose bytes were seen before is the list read then.
 *
 * <p>It reads a strict subset of what {@link GraphRecords} reads (pages, pages joined, NDJSON, an array,
 * one object a file as EntraExporter writes them; UTF-8 validated as strictly as
 * {@link sspr.doctor.io.Utf8Check}) and stops with {@link Unsupported} on anything else: a syntax error,
 * ill-formed UTF-8, an escaped field name, a property read by the facts given twice or with a value
 * of another type than a string, true/false or null, a token too long, UTF-16. The snapshot then
 * lets the Jackson path take the file over after the records already given, so every message about a
 * bad file, and every record of an unusual one, is exactly what that path gives. For the records it
 * does give, the fields are those of {@link UserFields#parse} and of {@link UserFields#of}, which agree
 * on this subset.
 */
final class UserScanner extends JsonByteWindow {
    // the properties read, as kinds of name; a bit each in a record's mask of properties seen
    private static final int OTHER = 0;
    private static final int ID = 1;
    private static final int USER_PRINCIPAL_NAME = 2;
    private static final int USER_TYPE = 3;
    private static final int CREATION_TYPE = 4;
    private static final int EXTERNAL_USER_STATE = 5;
    private static final int ACCOUNT_ENABLED = 6;
    private static final int ON_PREMISES_SYNC_ENABLED = 7;
    private static final int ASSIGNED_LICENSES = 8;
    private static final int IDENTITIES = 9;
    private static final int SKU_ID = 10;
    private static final int DISABLED_PLANS = 11;
    private static final int SIGN_IN_TYPE = 12;
    private static final int ISSUER = 13;

    private static final byte[] ID_NAME = ascii("id");
    private static final byte[] USER_PRINCIPAL_NAME_NAME = ascii("userPrincipalName");
    private static final byte[] USER_TYPE_NAME = ascii("userType");
    private static final byte[] CREATION_TYPE_NAME = ascii("creationType");
    private static final byte[] EXTERNAL_USER_STATE_NAME = ascii("externalUserState");
    private static final byte[] ACCOUNT_ENABLED_NAME = ascii("accountEnabled");
    private static final byte[] ON_PREMISES_SYNC_ENABLED_NAME = ascii("onPremisesSyncEnabled");
    private static final byte[] ASSIGNED_LICENSES_NAME = ascii("assignedLicenses");
    private static final byte[] IDENTITIES_NAME = ascii("identities");
    private static final byte[] SKU_ID_NAME = ascii("skuId");
    private static final byte[] DISABLED_PLANS_NAME = ascii("disabledPlans");
    private static final byte[] SIGN_IN_TYPE_NAME = ascii("signInType");
    private static final byte[] ISSUER_NAME = ascii("issuer");
    private static final byte[] VALUE = ascii("value");
    private static final byte[] ODATA = ascii("@odata");
    private enum Where { TOP, TOP_ARRAY, PAGE_ARRAY }

    private final SharedStrings shared = new SharedStrings();
    private final LicenceLists licenceLists = new LicenceLists();
    private String file;
    private boolean started;
    private Where where = Where.TOP;
    private boolean firstInArray;
    private int document;
    private int index;

    /** Starts on another file (the buffer and what was learnt of the names are kept); {@code file} names it in sources. */
    void reset(InputStream in, String file) {
        this.in = in;
        this.file = file;
        pos = limit = 0;
        eof = started = firstInArray = false;
        where = Where.TOP;
        document = 0;
        index = 0;
    }

    /** Fills {@code u} with the next user; false at the clean end of the file. */
    boolean next(UserFields u) throws IOException, Unsupported {
        while (true) {
            refill();
            if (!started) {
                started = true;
                skipWhitespace();
                // the byte order mark of UTF-8; UTF-16 and UTF-32 (NUL bytes, FF FE) are left to Jackson
                if (limit - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) pos += 3;
            }
            if (where != Where.TOP) {
                skipWhitespace();
                byte c = at(pos);
                if (firstInArray) {
                    firstInArray = false;
                    if (c == ']') {
                        pos++;
                        endArray();
                        continue;
                    }
                } else if (c == ',') {
                    pos++;
                    skipWhitespace();
                    c = at(pos);
                } else if (c == ']') {
                    pos++;
                    endArray();
                    continue;
                } else {
                    throw UNSUPPORTED;
                }
                if (c != '{') throw UNSUPPORTED;
                pos++;
                u.clear();
                u.at(file, where == Where.PAGE_ARRAY ? "$.value" : "$", index++, document);
                skipWhitespace();
                if (at(pos) == '}') pos++;
                else fields(u, false);
                return true;
            }
            skipWhitespace();
            if (pos >= limit) {
                if (!eof) throw UNSUPPORTED;
                return false;
            }
            byte c = buf[pos];
            if (c == (byte) 0xEF && limit - pos >= 3 && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
                // the BOM of a page joined by cat, after a closed document: dropped, as Utf8Check does
                pos += 3;
                continue;
            }
            document++;
            index = 0;
            if (c == '[') {
                pos++;
                where = Where.TOP_ARRAY;
                firstInArray = true;
                continue;
            }
            if (c != '{') throw UNSUPPORTED;
            pos++;
            u.clear();
            u.at(file, "$", -1, document);
            skipWhitespace();
            if (at(pos) == '}') { // an empty object is a user with no properties, as GraphRecords gives it
                pos++;
                return true;
            }
            name();
            while (nameStartsWith(ODATA)) {
                colon();
                skipValue(0);
                skipWhitespace();
                byte d = at(pos++);
                if (d == '}') return true; // annotations only: a user with no properties
                if (d != ',') throw UNSUPPORTED;
                skipWhitespace();
                name();
            }
            if (nameIs(VALUE)) {
                int afterName = pos;
                colon();
                if (at(pos) == '[') {
                    pos++;
                    where = Where.PAGE_ARRAY;
                    firstInArray = true;
                    continue;
                }
                pos = afterName;
            }
            fields(u, true); // one user object (NDJSON, or EntraExporter's one object a file)
            return true;
        }
    }

    /** After the ']' of a list of records: a page's remaining fields (@odata.nextLink, or anything) are stepped over. */
    private void endArray() throws Unsupported {
        if (where == Where.PAGE_ARRAY) {
            while (true) {
                skipWhitespace();
                byte c = at(pos++);
                if (c == '}') break;
                if (c != ',') throw UNSUPPORTED;
                skipWhitespace();
                name();
                colon();
                skipValue(0);
            }
        }
        where = Where.TOP;
    }

    /** The fields of a user, positioned on the name of its first field (or after it, when {@code nameRead}); ends after its '}'. */
    private void fields(UserFields u, boolean nameRead) throws Unsupported {
        int slot = 0;
        int seen = 0;
        while (true) {
            int kind;
            if (nameRead) {
                kind = kindOfName();
                nameRead = false;
                slot = SLOTS; // a first name read to tell a record from a page: this record's names are not remembered
            } else {
                kind = nameAt(slot);
            }
            colon();
            if (kind == OTHER || kind >= SKU_ID) { // the names of nested objects are not read at the top
                skipValueAt(slot, 1);
            } else {
                // a property given twice: Jackson's tree keeps the last, its tokens may add up; not worth telling apart
                if ((seen & (1 << kind)) != 0) throw UNSUPPORTED;
                seen |= 1 << kind;
                switch (kind) {
                    case ID: u.id = string(false); break;
                    case USER_PRINCIPAL_NAME: u.userPrincipalName = string(false); break;
                    case USER_TYPE: u.userType = string(true); break;
                    case CREATION_TYPE: u.creationType = string(true); break;
                    case EXTERNAL_USER_STATE: u.externalUserState = string(true); break;
                    case ACCOUNT_ENABLED: u.accountEnabled = bool(); break;
                    case ON_PREMISES_SYNC_ENABLED:
                        u.hasOnPremisesSyncEnabled = true;
                        u.onPremisesSyncEnabled = bool();
                        break;
                    case ASSIGNED_LICENSES: u.assignedLicenses = licences(); break;
                    default: u.identities = identities(); break;
                }
            }
            slot++;
            skipWhitespace();
            byte c = at(pos++);
            if (c == '}') return;
            if (c != ',') throw UNSUPPORTED;
            skipWhitespace();
        }
    }

    /**
     * assignedLicenses: null, or a list of objects. Users share a few licence lists, so a list whose
     * bytes were read before is that list again (the same bytes are the same valid value).
     */
    private List<UserFields.License> licences() throws Unsupported {
        byte c = at(pos);
        if (c == 'n') {
            literal(NULL);
            return null;
        }
        if (c != '[') throw UNSUPPORTED;
        int start = pos;
        skipValue(0);
        int end = pos;
        List<UserFields.License> known = licenceLists.get(buf, start, end - start);
        if (known != null) return known;
        pos = start + 1;
        List<UserFields.License> out = new ArrayList<>(2);
        skipWhitespace();
        if (at(pos) == ']') {
            pos++;
        } else {
            while (true) {
                if (at(pos) != '{') throw UNSUPPORTED;
                pos++;
                String sku = null;
                List<String> disabled = List.of();
                int seen = 0;
                skipWhitespace();
                if (at(pos) == '}') {
                    pos++;
                } else {
                    while (true) {
                        name();
                        int kind = kindOfName();
                        colon();
                        if (kind == SKU_ID || kind == DISABLED_PLANS) {
                            if ((seen & (1 << kind)) != 0) throw UNSUPPORTED;
                            seen |= 1 << kind;
                        }
                        if (kind == SKU_ID) sku = string(false);
                        else if (kind == DISABLED_PLANS) disabled = plans();
                        else skipValue(1);
                        skipWhitespace();
                        byte d = at(pos++);
                        if (d == '}') break;
                        if (d != ',') throw UNSUPPORTED;
                        skipWhitespace();
                    }
                }
                out.add(new UserFields.License(sku, disabled));
                skipWhitespace();
                byte d = at(pos++);
                if (d == ']') break;
                if (d != ',') throw UNSUPPORTED;
                skipWhitespace();
            }
        }
        if (pos != end) throw UNSUPPORTED; // cannot be: the same bytes were stepped over above
        List<UserFields.License> list = List.copyOf(out);
        licenceLists.put(buf, start, end - start, list);
        return list;
    }

    /** disabledPlans: null (none), or a list of strings (nulls in it skipped, as both Jackson paths do), lower-cased. */
    private List<String> plans() throws Unsupported {
        byte c = at(pos);
        if (c == 'n') {
            literal(NULL);
            return List.of();
        }
        if (c != '[') throw UNSUPPORTED;
        pos++;
        skipWhitespace();
        List<String> out = List.of();
        if (at(pos) == ']') {
            pos++;
            return out;
        }
        while (true) {
            byte d = at(pos);
            if (d == 'n') {
                literal(NULL);
            } else if (d == '"') {
                scanString();
                if (out.isEmpty()) out = new ArrayList<>(2);
                out.add(decoded(false).toLowerCase(Locale.ROOT));
            } else {
                throw UNSUPPORTED;
            }
            skipWhitespace();
            byte e = at(pos++);
            if (e == ']') return out;
            if (e != ',') throw UNSUPPORTED;
            skipWhitespace();
        }
    }

    /** identities: null, or a list of objects whose signInType and issuer are kept. */
    private List<UserFields.Identity> identities() throws Unsupported {
        byte c = at(pos);
        if (c == 'n') {
            literal(NULL);
            return null;
        }
        if (c != '[') throw UNSUPPORTED;
        pos++;
        List<UserFields.Identity> out = new ArrayList<>(2);
        skipWhitespace();
        if (at(pos) == ']') {
            pos++;
            return out;
        }
        while (true) {
            if (at(pos) != '{') throw UNSUPPORTED;
            pos++;
            String type = null;
            String issuer = null;
            int seen = 0;
            skipWhitespace();
            if (at(pos) == '}') {
                pos++;
            } else {
                while (true) {
                    name();
                    int kind = kindOfName();
                    colon();
                    if (kind == SIGN_IN_TYPE || kind == ISSUER) {
                        if ((seen & (1 << kind)) != 0) throw UNSUPPORTED;
                        seen |= 1 << kind;
                    }
                    if (kind == SIGN_IN_TYPE) type = string(true);
                    else if (kind == ISSUER) issuer = string(true);
                    else skipValue(1);
                    skipWhitespace();
                    byte d = at(pos++);
                    if (d == '}') break;
                    if (d != ',') throw UNSUPPORTED;
                    skipWhitespace();
                }
            }
            out.add(new UserFields.Identity(type, issuer));
            skipWhitespace();
            byte d = at(pos++);
            if (d == ']') return out;
            if (d != ',') throw UNSUPPORTED;
            skipWhitespace();
        }
    }

    /** The field name at pos: the kind remembered for this slot, else the name read, told and remembered. */
    private int nameAt(int slot) throws Unsupported {
        int kind = rememberedName(slot);
        if (kind == NEW_NAME) remember(slot, kind = kindOfName());
        return kind;
    }

    /** Which property the name last read is: one this reader keeps, or OTHER. */
    private int kindOfName() {
        switch (nameEnd - nameStart) {
            case 2: return nameIs(ID_NAME) ? ID : OTHER;
            case 5: return nameIs(SKU_ID_NAME) ? SKU_ID : OTHER;
            case 6: return nameIs(ISSUER_NAME) ? ISSUER : OTHER;
            case 8: return nameIs(USER_TYPE_NAME) ? USER_TYPE : OTHER;
            case 10:
                if (nameIs(IDENTITIES_NAME)) return IDENTITIES;
                return nameIs(SIGN_IN_TYPE_NAME) ? SIGN_IN_TYPE : OTHER;
            case 12: return nameIs(CREATION_TYPE_NAME) ? CREATION_TYPE : OTHER;
            case 13: return nameIs(DISABLED_PLANS_NAME) ? DISABLED_PLANS : OTHER;
            case 14: return nameIs(ACCOUNT_ENABLED_NAME) ? ACCOUNT_ENABLED : OTHER;
            case 16: return nameIs(ASSIGNED_LICENSES_NAME) ? ASSIGNED_LICENSES : OTHER;
            case 17:
                if (nameIs(USER_PRINCIPAL_NAME_NAME)) return USER_PRINCIPAL_NAME;
                return nameIs(EXTERNAL_USER_STATE_NAME) ? EXTERNAL_USER_STATE : OTHER;
            case 21: return nameIs(ON_PREMISES_SYNC_ENABLED_NAME) ? ON_PREMISES_SYNC_ENABLED : OTHER;
            default: return OTHER;
        }
    }

    /** A string or null; any other value is Jackson's to read (as text: "true", "12", or null for a list). */
    private String string(boolean share) throws Unsupported {
        byte c = at(pos);
        if (c == 'n') {
            literal(NULL);
            return null;
        }
        if (c != '"') throw UNSUPPORTED;
        scanString();
        return decoded(share);
    }

    /** true, false or null; anything else (which both Jackson paths read as null) is left to them. */
    private Boolean bool() throws Unsupported {
        switch (at(pos)) {
            case 't': literal(TRUE); return Boolean.TRUE;
            case 'f': literal(FALSE); return Boolean.FALSE;
            case 'n': literal(NULL); return null;
            default: throw UNSUPPORTED;
        }
    }

    /** assignedLicenses lists by their bytes, bounded like {@link SharedStrings}: tenants have few distinct ones. */
    private static final class LicenceLists {
        private static final int SLOTS = 1024;
        private static final int KEPT = SLOTS / 2;
        private static final int LONGEST = 4096;
        private final byte[][] keys = new byte[SLOTS][];
        @SuppressWarnings("unchecked")
        private final List<UserFields.License>[] values = new List[SLOTS];
        private int size;

        List<UserFields.License> get(byte[] bytes, int start, int length) {
            if (length > LONGEST) return null;
            int slot = hash(bytes, start, length) & (SLOTS - 1);
            while (true) {
                byte[] key = keys[slot];
                if (key == null) return null;
                if (key.length == length && Arrays.equals(key, 0, length, bytes, start, start + length)) return values[slot];
                slot = (slot + 1) & (SLOTS - 1);
            }
        }

        void put(byte[] bytes, int start, int length, List<UserFields.License> list) {
            if (length > LONGEST || size >= KEPT) return;
            int slot = hash(bytes, start, length) & (SLOTS - 1);
            while (keys[slot] != null) slot = (slot + 1) & (SLOTS - 1);
            keys[slot] = Arrays.copyOfRange(bytes, start, start + length);
            values[slot] = list;
            size++;
        }
    }

    private static int hash(byte[] bytes, int start, int length) {
        return JsonBytes.hash(bytes, start, length);
    }

    @Override
    protected String shared(int start, int length) {
        return shared.get(buf, start, length);
    }
}
