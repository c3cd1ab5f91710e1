package sspr.doctor.content;

import java.util.Map;

/** The YAML front matter of a Microsoft help article; {@code bodyLine} is the first line after it. */
public record FrontMatter(Map<String, String> fields, int bodyLine) implements java.io.Serializable {
    public String get(String key) { return fields.get(key); }
}
