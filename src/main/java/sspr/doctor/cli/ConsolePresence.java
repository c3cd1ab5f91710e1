package sspr.doctor.cli;

/**
 * Whether the process has a console: standard input and output both terminals, which is when
 * {@code System.console()} is not null (JDK 17, and JDK 23+ by default). The launchers test it with bash's
 * {@code -t} and pass it as {@code -Dsspr.doctor.console}: asking the JDK costs ~0.8 ms of every start on
 * JDK 25, which first looks through the boot layer for console providers. Run another way, the JDK is asked.
 */
final class ConsolePresence {
    static final String PROPERTY = "sspr.doctor.console";

    private ConsolePresence() {}

    static boolean present() {
        String told = System.getProperty(PROPERTY);
        if ("true".equals(told)) return true;
        if ("false".equals(told)) return false;
        return System.console() != null;
    }

    /** Whether the launcher said; then {@link #present()} is its answer. */
    static boolean told() {
        String told = System.getProperty(PROPERTY);
        return "true".equals(told) || "false".equals(told);
    }
}
