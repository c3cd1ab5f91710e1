package sspr.doctor.junit;

import java.io.IOException;
import java.io.Writer;
import sspr.doctor.text.ControlCharacters;

/**
 * A JUnit document that says the run itself failed (bad input: an empty or unreadable snapshot or
 * export): one test case with an {@code <error>}, {@code errors="1"}, so a CI server shows a red,
 * named test instead of "0 tests, 0 failures". Written where the report would have gone, with the
 * same exit code 2 as every bad input.
 */
public final class JunitError {
    private JunitError() {}

    /** {@code message}: the one line the user also sees on stderr; {@code type}: a short token ("bad-input"). */
    public static String document(String suite, String classname, String testcase, String message, String type) {
        String m = XmlText.attribute(ControlCharacters.clean(message));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"" + XmlText.attribute(suite) + "\" tests=\"1\" failures=\"0\" errors=\"1\" time=\"0.000\">\n"
                + "  <testsuite name=\"" + XmlText.attribute(suite) + "\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" time=\"0.000\">\n"
                + "    <testcase name=\"" + XmlText.attribute(testcase) + "\" classname=\"" + XmlText.attribute(classname) + "\" time=\"0.000\">\n"
                + "      <error message=\"" + m + "\" type=\"" + XmlText.attribute(type) + "\">" + XmlText.text(ControlCharacters.clean(message)) + "</error>\n"
                + "    </testcase>\n"
                + "  </testsuite>\n"
                + "</testsuites>\n";
    }

    public static void write(Writer out, String suite, String classname, String testcase, String message, String type) throws IOException {
        out.write(document(suite, classname, testcase, message, type));
        out.flush();
    }
}
