package sspr.doctor.audit;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads userRegistrationDetails records straight from UTF-8 bytes, several times faster than a
 * general JSON parser: field names are matched as bytes, unused values are validated and stepped
 * over without being decoded, and repeated short values (user types, method names) are shared.
 *
 * It accepts only a strict subset of what {@link GraphJsonReader} accepts and, on anything outside
 * it — a syntax or type error, an escaped field name, a token too long, a byte it does not expect —
 * it stops with {@link Unsupported} instead of reporting. {@link RegistrationReader} then lets the
 * Jackson reader take the file over from the start, so that every message about a bad file, and every
 * record of an unusual one, is exactly what that reader gives. For the records it does return, it
 * fills {@link UserRecord} with the same values as {@link GraphJsonReader#REGISTRATION}.
 */
final class RegistrationScanner extends JsonByteWindow implements Closeable {
    private static final byte[] ID_NAME = ascii("id");
    private static final byte[] USER_PRINCIPAL_NAME_NAME = ascii("userPrincipalName");
    private static final byte[] USER_TYPE_NAME = ascii("userType");
    private static final byte[] IS_ADMIN_NAME = ascii("isAdmin");
    private static final byte[] IS_SSPR_REGISTERED_NAME = ascii("isSsprRegistered");
    private static final byte[] IS_SSPR_ENABLED_NAME = ascii("isSsprEnabled");
    private static final byte[] IS_SSPR_CAPABLE_NAME = ascii("isSsprCapable");
    private static final byte[] METHODS_REGISTERED_NAME = ascii("methodsRegistered");
    // the fields kept, as kinds of name
    private static final int OTHER = 0;
    private static final int ID = 1;
    private static final int USER_PRINCIPAL_NAME = 2;
    private static final int USER_TYPE = 3;
    private static final int IS_ADMIN = 4;
    private static final int IS_SSPR_REGISTERED = 5;
    private static final int IS_SSPR_ENABLED = 6;
    private static final int IS_SSPR_CAPABLE = 7;
    private static final int METHODS_REGISTERED = 8;
    private static final byte[] VALUE = ascii("value");
    private static final byte[] ODATA = ascii("@odata");

    private enum Where { TOP, TOP_ARRAY, PAGE_ARRAY }

    private final SharedStrings shared = new SharedStrings();
    private boolean started;
    private Where where = Where.TOP;
    private boolean firstInArray;

    RegistrationScanner(InputStream in) {
        this.in = in;
    }

    /** Fills {@code r} with the next record; false at the clean end of the file. */
    boolean next(UserRecord r) throws IOException, Unsupported {
        while (true) {
            refill();
            if (!started) {
                started = true;
                // a UTF-8 byte order mark, which the general reader skips too
                if (limit - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) pos += 3;
                skipWhitespace();
                if (pos >= limit) throw UNSUPPORTED; // an empty file: the general reader says so
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
                r.clear();
                skipWhitespace();
                if (at(pos) == '}') {
                    pos++;
                } else {
                    fields(r, false);
                }
                return checked(r);
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
            if (c == '[') {
                pos++;
                where = Where.TOP_ARRAY;
                firstInArray = true;
                continue;
            }
            if (c != '{') throw UNSUPPORTED;
            pos++;
            skipWhitespace();
            if (at(pos) == '}') {
                pos++;
                continue;
            }
            r.clear();
            name();
            boolean ended = false;
            while (nameStartsWith(ODATA)) {
                colon();
                skipValue(0);
                skipWhitespace();
                byte d = at(pos++);
                if (d == '}') {
                    ended = true;
                    break;
                }
                if (d != ',') throw UNSUPPORTED;
                skipWhitespace();
                name();
            }
            if (ended) continue;
            if (nameIs(VALUE)) {
                colon();
                if (at(pos) != '[') throw UNSUPPORTED;
                pos++;
                where = Where.PAGE_ARRAY;
                firstInArray = true;
                continue;
            }
            fields(r, true); // an NDJSON record
            return checked(r);
        }
    }

    private boolean checked(UserRecord r) throws Unsupported {
        // not a registration record: the general reader names it
        if (r.isSsprRegistered == null && r.isSsprEnabled == null && r.isSsprCapable == null) throw UNSUPPORTED;
        return true;
    }

    /** After the ']' of a list of records: a page's remaining fields (@odata.nextLink) are stepped over. */
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

    /**
     * The fields of a record, positioned on the name of its first field (or just after it, when
     * {@code nameRead}); ends after its '}'.
     */
    private void fields(UserRecord r, boolean nameRead) throws Unsupported {
        int slot = 0;
        while (true) {
            int kind;
            if (nameRead) { // an NDJSON record: its first name was read to tell it from a page
                byte[] last = slots > 0 ? slotNames[0] : null;
                if (last != null && Arrays.equals(buf, nameStart - 1, nameEnd + 1, last, 0, last.length)) {
                    kind = slotKinds[0];
                } else {
                    kind = kindOfName();
                    remember(slot, kind);
                }
                nameRead = false;
            } else {
                kind = nameAt(slot);
            }
            colon();
            // one call site for each kind of value, so that the compiled loop holds one copy of each reader
            if (kind == OTHER) {
                skipValueAt(slot, 0);
            } else if (kind <= USER_TYPE) {
                String v = string(kind == USER_TYPE);
                if (kind == ID) r.id = v;
                else if (kind == USER_PRINCIPAL_NAME) r.userPrincipalName = v;
                else r.userType = v;
            } else if (kind <= IS_SSPR_CAPABLE) {
                Boolean v = bool();
                if (kind == IS_ADMIN) r.isAdmin = v;
                else if (kind == IS_SSPR_REGISTERED) r.isSsprRegistered = v;
                else if (kind == IS_SSPR_ENABLED) r.isSsprEnabled = v;
                else r.isSsprCapable = v;
            } else {
                strings(r.methodsRegistered);
            }
            slot++;
            skipWhitespace();
            byte c = at(pos++);
            if (c == '}') return;
            if (c != ',') throw UNSUPPORTED;
            skipWhitespace();
        }
    }

    /** The field name at pos: the kind remembered for this slot, else the name read, told and remembered. */
    private int nameAt(int slot) throws Unsupported {
        int kind = rememberedName(slot);
        if (kind == NEW_NAME) remember(slot, kind = kindOfName());
        return kind;
    }

    /** Which field the name last read is: one of the kinds this reader keeps, or OTHER. */
    private int kindOfName() {
        switch (nameEnd - nameStart) {
            case 2:
                if (nameIs(ID_NAME)) return ID;
                break;
            case 7:
                if (nameIs(IS_ADMIN_NAME)) return IS_ADMIN;
                break;
            case 8:
                if (nameIs(USER_TYPE_NAME)) return USER_TYPE;
                break;
            case 13:
                if (nameIs(IS_SSPR_ENABLED_NAME)) return IS_SSPR_ENABLED;
                if (nameIs(IS_SSPR_CAPABLE_NAME)) return IS_SSPR_CAPABLE;
                break;
            case 16:
                if (nameIs(IS_SSPR_REGISTERED_NAME)) return IS_SSPR_REGISTERED;
                break;
            case 17:
                if (nameIs(USER_PRINCIPAL_NAME_NAME)) return USER_PRINCIPAL_NAME;
                if (nameIs(METHODS_REGISTERED_NAME)) return METHODS_REGISTERED;
                break;
            default:
                break;
        }
        return OTHER;
    }

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

    private void strings(java.util.List<String> out) throws Unsupported {
        byte c = at(pos);
        if (c == 'n') {
            literal(NULL);
            return;
        }
        if (c != '[') throw UNSUPPORTED;
        pos++;
        skipWhitespace();
        if (at(pos) == ']') {
            pos++;
            return;
        }
        while (true) {
            if (at(pos) != '"') throw UNSUPPORTED;
            scanString();
            out.add(decoded(true));
            skipWhitespace();
            byte d = at(pos++);
            if (d == ']') return;
            if (d != ',') throw UNSUPPORTED;
            skipWhitespace();
        }
    }

    private Boolean bool() throws Unsupported {
        switch (at(pos)) {
            case 't': literal(TRUE); return Boolean.TRUE;
            case 'f': literal(FALSE); return Boolean.FALSE;
            case 'n': literal(NULL); return null;
            default: throw UNSUPPORTED;
        }
    }


    @Override
    public void close() throws IOException {
        in.close();
    }

    @Override
    protected String shared(int start, int length) {
        return shared.get(buf, start, length);
    }
}
