package sspr.doctor.rules;

/** Finding severities, most severe first (the order findings are listed in). */
public enum Severity {
    blocker, warning, info;

    public static Severity parse(String s) {
        for (Severity v : values()) if (v.name().equals(s)) return v;
        return null;
    }

    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
