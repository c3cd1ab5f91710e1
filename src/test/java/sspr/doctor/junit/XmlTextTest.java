package sspr.doctor.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XmlTextTest {
    @Test
    void escapesMarkupAndKeepsWhitespaceInAttributes() {
        assertThat(XmlText.attribute("a<b>&\"c\"\td\ne\r")).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;&#9;d&#10;e&#13;");
        assertThat(XmlText.text("a<b>&\"]]>\tx\ny\r")).isEqualTo("a&lt;b&gt;&amp;\"]]&gt;\tx\ny&#13;");
    }

    @Test
    void charactersXmlForbidsAreReplacedAndBidiControlsDropped() {
        assertThat(XmlText.text("a\u0000b\u001B[31mc\u0007\u009B\uFFFF")).isEqualTo("a\uFFFDb\uFFFD[31mc\uFFFD\uFFFD\uFFFD");
        assertThat(XmlText.text("x\u202Eevil\u2066y\u2069")).isEqualTo("xevily");
        assertThat(XmlText.text("lone \uD800 and \uDC00")).isEqualTo("lone \uFFFD and \uFFFD");
    }

    @Test
    void cjkAndAstralCharactersStayAsTheyAre() {
        String s = "重設密碼 重設 𠮷 😀";
        assertThat(XmlText.text(s)).isSameAs(s);
    }

    /** Whatever goes in comes back out of a real parser, minus what XML cannot carry. */
    @Test
    void roundTripsThroughTheJdkParser() {
        String nasty = "名字 <&> \"q\" 'a' \t tab\nline\r\ncrlf \u0001\u001B]0;title\u0007 \u202Ertl \uD83D\uDE00";
        StringWriter out = new StringWriter();
        new JunitWriter(out).declaration().startTestsuites(nasty, 1, 1, 0.0004).startTestsuite(nasty, 1, 1, 1234.5)
                .startTestcase(nasty, nasty, 0).failure(nasty, nasty, nasty).systemOut(nasty).endTestcase()
                .endTestsuite().endTestsuites();
        Document doc = JunitXmlCheck.valid(out.toString());
        String expected = "名字 <&> \"q\" 'a' \t tab\nline\r\ncrlf \uFFFD\uFFFD]0;title\uFFFD rtl \uD83D\uDE00";
        Element testcase = JunitXmlCheck.testcases(doc).get(0);
        assertThat(testcase.getAttribute("name")).isEqualTo(expected);
        Element failure = JunitXmlCheck.failures(testcase).get(0);
        assertThat(failure.getAttribute("message")).isEqualTo(expected);
        assertThat(failure.getTextContent()).isEqualTo(expected);
        assertThat(JunitXmlCheck.systemOut(testcase)).isEqualTo(expected);
        assertThat(doc.getDocumentElement().getAttribute("time")).isEqualTo("0.000");
    }
}
