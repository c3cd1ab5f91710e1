package sspr.doctor.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import sspr.doctor.text.ControlCharacters;

/** Escaping and the page frame shared by the HTML reports: one file, inline CSS and JS, nothing loaded from anywhere. */
final class Html {
    private Html() {}

    /** Text from any input, safe in an element or a quoted attribute. */
    static String esc(Object o) {
        if (o == null) return "";
        String s = ControlCharacters.clean(String.valueOf(o));
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r == null) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            b.append(r);
        }
        return b == null ? s : b.toString();
    }

    /** A count with thousands separators, the same whatever the JVM's locale. */
    static String num(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** An id fragment from a finding code (letters, digits, '-', '.', ':' only). */
    static String id(String code) {
        return code.replaceAll("[^A-Za-z0-9.:-]", "_");
    }

    /**
     * The document head: a Content-Security-Policy that forbids every request (no default source;
     * only the inline style and script of the page itself, and data: images), so the report works
     * from file:// and as a CI artifact and cannot phone home.
     */
    static void head(StringBuilder out, String lang, String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"sspr-doctor\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(resource("report.css")).append("</style>\n</head>\n<body>\n");
    }

    static void tail(StringBuilder out, String footer) {
        out.append("<footer>").append(esc(footer)).append("</footer>\n<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
    }

    private static String resource(String name) {
        try (InputStream in = Html.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
