package sspr.doctor.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {
    static List<BoundedLineReader.Line> all(InputStream in, int max) throws Exception {
        BoundedLineReader r = new BoundedLineReader(in, max);
        List<BoundedLineReader.Line> out = new ArrayList<>();
        for (BoundedLineReader.Line l; (l = r.next()) != null; ) out.add(l);
        return out;
    }

    static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void linesUpToTheLimitAreReadLongerOnesAreReportedAndSkipped() throws Exception {
        List<BoundedLineReader.Line> lines = all(bytes("12345678\n123456789\n\nlast without newline"), 8);
        assertThat(lines).extracting(BoundedLineReader.Line::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(lines.get(0).text()).isEqualTo("12345678");
        assertThat(lines.get(1).text()).isNull();
        assertThat(lines.get(1).problem()).startsWith("line is longer than");
        assertThat(lines.get(2).text()).isEmpty();
        assertThat(lines.get(3).problem()).isNotNull();
    }

    /** Lines longer than the read buffer, multi-byte characters split across reads, CRLF. */
    @Test
    void longLinesAcrossBufferBoundaries() throws Exception {
        String chinese = "重設密碼".repeat(30_000);
        List<BoundedLineReader.Line> lines = all(bytes(chinese + "\r\nend\r\n"), 1 << 20);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).text()).isEqualTo(chinese);
        assertThat(lines.get(1).text()).isEqualTo("end");
    }

    @Test
    void emptyInputHasNoLines() throws Exception {
        assertThat(all(bytes(""), 10)).isEmpty();
        assertThat(all(bytes("\n"), 10)).hasSize(1);
    }
}
