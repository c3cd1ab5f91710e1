package sspr.doctor.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Writes JUnit XML as the CI servers read it (Jenkins, GitLab, Azure DevOps): {@code testsuites} →
 * {@code testsuite} → {@code testcase} with {@code failure} and {@code system-out}. Streaming: each
 * call writes at once, so a report of a million test cases needs no memory for them; the counts a
 * suite's start tag carries must be known by then (callers spool when they are not).
 */
public final class JunitWriter {
    private final Writer out;

    public JunitWriter(Writer out) {
        this.out = out;
    }

    public JunitWriter declaration() {
        return raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** {@code failures} counts failed test cases, not failure elements, as JUnit does. */
    public JunitWriter startTestsuites(String name, long tests, long failures, double seconds) {
        return startTestsuites(name, tests, failures, 0, seconds);
    }

    /** {@code errors}: test cases that could not run (a bad input file), shown by CI apart from failures. */
    public JunitWriter startTestsuites(String name, long tests, long failures, long errors, double seconds) {
        return raw("<testsuites name=\"" + XmlText.attribute(name) + "\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"" + errors + "\" time=\"" + seconds(seconds) + "\">\n");
    }

    public JunitWriter startTestsuite(String name, long tests, long failures, double seconds) {
        return startTestsuite(name, tests, failures, 0, seconds);
    }

    public JunitWriter startTestsuite(String name, long tests, long failures, long errors, double seconds) {
        return startTestsuite(name, tests, failures, errors, 0, seconds);
    }

    /** {@code skipped}: test cases holding a {@code <skipped>} (every failure waived), which CI shows apart from passes. */
    public JunitWriter startTestsuite(String name, long tests, long failures, long errors, long skipped, double seconds) {
        return raw("  <testsuite name=\"" + XmlText.attribute(name) + "\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"" + errors + "\" skipped=\"" + skipped + "\" time=\"" + seconds(seconds) + "\">\n");
    }

    /** The test case could not run: CI shows it as an error, not a failure and never as a pass. */
    public JunitWriter error(String message, String type, String body) {
        raw("      <error message=\"" + XmlText.attribute(message) + "\" type=\"" + XmlText.attribute(type) + "\"");
        if (body == null || body.isEmpty()) return raw("/>\n");
        return raw(">" + XmlText.text(body) + "</error>\n");
    }

    /**
     * A whole document for a run that could not produce its report (a bad or empty input): one test
     * case {@code testcase} in suite {@code suite} with an {@code <error>} carrying the message the
     * user saw on stderr, so a CI test tab shows why instead of nothing (or a green empty suite).
     */
    public static void errorDocument(Writer out, String suite, String testcase, String message, String type) {
        new JunitWriter(out).declaration()
                .startTestsuites("sspr-doctor", 1, 0, 1, 0).startTestsuite(suite, 1, 0, 1, 0)
                .startTestcase(testcase, suite, 0).error(message, type, message).endTestcase()
                .endTestsuite().endTestsuites();
    }

    public JunitWriter properties(Map<String, ?> properties) {
        if (properties.isEmpty()) return this;
        raw("    <properties>\n");
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            raw("      <property name=\"" + XmlText.attribute(e.getKey()) + "\" value=\"" + XmlText.attribute(String.valueOf(e.getValue())) + "\"/>\n");
        }
        return raw("    </properties>\n");
    }

    public JunitWriter startTestcase(String name, String classname, double seconds) {
        return raw("    <testcase name=\"" + XmlText.attribute(name) + "\" classname=\"" + XmlText.attribute(classname)
                + "\" time=\"" + seconds(seconds) + "\">\n");
    }

    /** A test case without failures or output, on one line. */
    public JunitWriter passedTestcase(String name, String classname, double seconds) {
        return raw("    <testcase name=\"" + XmlText.attribute(name) + "\" classname=\"" + XmlText.attribute(classname)
                + "\" time=\"" + seconds(seconds) + "\"/>\n");
    }

    public JunitWriter failure(String message, String type, String body) {
        raw("      <failure message=\"" + XmlText.attribute(message) + "\" type=\"" + XmlText.attribute(type) + "\"");
        if (body == null || body.isEmpty()) return raw("/>\n");
        return raw(">" + XmlText.text(body) + "</failure>\n");
    }

    /** A skipped test case's reason (a waived finding), inside an open test case. */
    public JunitWriter skipped(String message) {
        return raw("      <skipped message=\"" + XmlText.attribute(message) + "\"/>\n");
    }

    public JunitWriter systemOut(String text) {
        if (text == null || text.isEmpty()) return this;
        return raw("      <system-out>" + XmlText.text(text) + "</system-out>\n");
    }

    public JunitWriter endTestcase() {
        return raw("    </testcase>\n");
    }

    public JunitWriter endTestsuite() {
        return raw("  </testsuite>\n");
    }

    public JunitWriter endTestsuites() {
        return raw("</testsuites>\n");
    }

    /** Seconds with millisecond precision and a dot, whatever the locale (the schemas want a decimal). */
    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f", Math.max(0, seconds));
    }

    private JunitWriter raw(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
