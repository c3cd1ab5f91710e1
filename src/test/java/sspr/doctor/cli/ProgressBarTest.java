package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import sspr.doctor.text.DisplayWidth;

class ProgressBarTest {
    private final StringWriter sink = new StringWriter();
    private final AtomicLong clock = new AtomicLong();

    private ProgressBar bar(long total, int columns) {
        return new ProgressBar(new PrintWriter(sink), total, columns, n -> "已讀取 " + n + " 位使用者…", clock::get);
    }

    @Test
    void barFollowsBytesAndFitsTheTerminalWidthWithCjkLabels() {
        ProgressBar bar = bar(1000, 60);
        bar.bytesRead(250);
        assertThat(bar.line()).contains(" 25%").contains("已讀取 0 位使用者");
        assertThat(DisplayWidth.of(bar.line())).isEqualTo(59);
        bar.bytesRead(750);
        assertThat(bar.line()).contains("100%").doesNotContain("░");
    }

    @Test
    void redrawsAtMostTenTimesASecond() {
        ProgressBar bar = bar(1000, 80);
        for (int i = 0; i < 1024 * 50; i++) bar.item();
        assertThat(sink.toString().chars().filter(c -> c == '\r').count()).isEqualTo(1);
        clock.addAndGet(150_000_000L);
        for (int i = 0; i < 1024; i++) bar.item();
        assertThat(sink.toString().chars().filter(c -> c == '\r').count()).isEqualTo(2);
    }

    @Test
    void finishClearsTheLineOnlyIfSomethingWasDrawn() {
        ProgressBar quiet = bar(10, 40);
        quiet.item();
        quiet.finish();
        assertThat(sink.toString()).isEmpty();
        ProgressBar busy = bar(10, 40);
        for (int i = 0; i < 1024; i++) busy.item();
        busy.finish();
        assertThat(sink.toString()).endsWith("\r" + " ".repeat(39) + "\r");
    }

    @Test
    void narrowTerminalsTruncateInsteadOfWrapping() {
        ProgressBar bar = bar(100, 20);
        bar.bytesRead(50);
        assertThat(DisplayWidth.of(bar.line())).isEqualTo(19);
    }
}
