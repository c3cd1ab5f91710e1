package sspr.doctor.content;

/** A run of inline text: plain text, or a link with its text. */
public record Segment(String text, String url) implements java.io.Serializable {
    /** Content text enters the model here, so no control character reaches any output. */
    public Segment {
        text = sspr.doctor.text.ControlCharacters.clean(text);
        url = sspr.doctor.text.ControlCharacters.clean(url);
    }

    public static Segment text(String text) { return new Segment(text, null); }
    public static Segment link(String text, String url) { return new Segment(text, url); }
    public boolean isLink() { return url != null; }
}
