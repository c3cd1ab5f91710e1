package sspr.doctor.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads JUnit XML with the JDK's parser, validates it against src/test/resources/junit/junit-ci.xsd
 * and checks what a schema cannot: the counts on testsuites/testsuite agree with the test cases.
 */
public final class JunitXmlCheck {
    private static Schema schema;

    private JunitXmlCheck() {}

    static synchronized Schema schema() throws Exception {
        if (schema == null) {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            schema = f.newSchema(new StreamSource(new File("src/test/resources/junit/junit-ci.xsd")));
        }
        return schema;
    }

    /** Validates and parses; fails the test with the validator's message if the document is not valid. */
    public static Document valid(String xml) {
        try {
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(bytes)));
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
            countsAgree(doc);
            return doc;
        } catch (Exception e) {
            throw new AssertionError("not valid JUnit XML: " + e.getMessage() + "\n" + (xml.length() > 4000 ? xml.substring(0, 4000) + "…" : xml), e);
        }
    }

    private static void countsAgree(Document doc) {
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        long tests = 0, failures = 0;
        NodeList suites = root.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            NodeList cases = suite.getElementsByTagName("testcase");
            int failed = 0;
            for (int j = 0; j < cases.getLength(); j++) {
                if (((Element) cases.item(j)).getElementsByTagName("failure").getLength() > 0) failed++;
            }
            assertThat(Long.parseLong(suite.getAttribute("tests"))).as("testsuite@tests").isEqualTo(cases.getLength());
            assertThat(Long.parseLong(suite.getAttribute("failures"))).as("testsuite@failures").isEqualTo(failed);
            tests += cases.getLength();
            failures += failed;
        }
        assertThat(Long.parseLong(root.getAttribute("tests"))).as("testsuites@tests").isEqualTo(tests);
        assertThat(Long.parseLong(root.getAttribute("failures"))).as("testsuites@failures").isEqualTo(failures);
    }

    /** The test cases in document order. */
    public static java.util.List<Element> testcases(Document doc) {
        NodeList list = doc.getElementsByTagName("testcase");
        java.util.List<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    /** The failure elements of one test case. */
    public static java.util.List<Element> failures(Element testcase) {
        NodeList list = testcase.getElementsByTagName("failure");
        java.util.List<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    /** The text of the test case's system-out, or "". */
    public static String systemOut(Element testcase) {
        NodeList list = testcase.getElementsByTagName("system-out");
        return list.getLength() == 0 ? "" : list.item(0).getTextContent();
    }
}
