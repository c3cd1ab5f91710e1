package sspr.doctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sspr.doctor.cli.CliRunner;
import sspr.doctor.i18n.Messages;

/** The Markdown and HTML reports give a finding's FAQ entries and the notes on them, as the text report does. */
class DiagnosisFaqNotesTest {
    private static final String[] FACTS = {"diagnose", "--role", "user-admin", "--hybrid", "--fail-on", "never"};

    private static CliRunner.Result run(String lang, String format) {
        String[] args = java.util.Arrays.copyOf(FACTS, FACTS.length + 4);
        args[FACTS.length] = "--lang";
        args[FACTS.length + 1] = lang;
        args[FACTS.length + 2] = "-o";
        args[FACTS.length + 3] = format;
        return CliRunner.exec(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "id-ID", "zh-CN", "zh-TW"})
    void markdownListsEachFaqInItsFindingWithItsNotesOnce(String lang) {
        Messages ui = Messages.of("ui", lang);
        String text = run(lang, "text").out();
        String md = run(lang, "markdown").out();
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
        // every FAQ entry the text report names is a list item of its own with the command to show it
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("faq show (\\S+/[a-z-]+)").matcher(text.replaceAll("\\s+", " "));
        int faqs = 0;
        while (m.find()) {
            faqs++;
            assertThat(html).contains("<code>sspr-doctor faq show " + m.group(1) + "</code>");
        }
        assertThat(faqs).isGreaterThan(2);
        assertThat(html).contains("<li>" + ui.get("diagnose.faq"));
        // a fix never runs on into the FAQ list
        for (String fix : html.split("<ol>")) {
            if (fix.contains("</ol>")) assertThat(fix.substring(0, fix.indexOf("</ol>"))).doesNotContain(ui.get("diagnose.faq"));
        }
        // the notes, each once, as quotes under their entry, as many as the text report shows
        String label = ui.get("faq.note.label");
        int notes = html.split(java.util.regex.Pattern.quote("<p><strong>" + label + "</strong>"), -1).length - 1;
        String noteStart = ui.get("faq.note").substring(0, ui.get("faq.note").indexOf('{')).replaceAll("\\s+", "");
        int textNotes = text.replaceAll("\\s+", "").split(java.util.regex.Pattern.quote(noteStart), -1).length - 1;
        assertThat(notes).isEqualTo(textNotes).isGreaterThan(1);
        assertThat(html).contains("<blockquote>\n<p><strong>" + label + "</strong>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-TW"})
    void htmlShowsTheNotesToo(String lang) {
        Messages ui = Messages.of("ui", lang);
        String html = run(lang, "html").out();
        assertThat(html).contains("<p class=\"note\"><strong>" + ui.get("faq.note.label") + "</strong>");
    }
}
