package sspr.doctor.content;

/**
 * An article file as found in a content store. {@code lang} is taken from the file name in the
 * folder layout ({@code <slug>/<lang>.md}) and is null in the flat layout ({@code <slug>.md}),
 * where the front matter's {@code ms.contentlocale} decides.
 */
public record ContentFile(String path, String slug, String lang, byte[] bytes) {}
