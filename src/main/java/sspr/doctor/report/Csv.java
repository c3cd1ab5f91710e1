package sspr.doctor.report;

/** RFC 4180 fields, as audit's CSV writes them. */
final class Csv {
    private Csv() {}

    static String field(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
