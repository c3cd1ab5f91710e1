package sspr.doctor.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import sspr.doctor.i18n.FixableError;
import sspr.doctor.i18n.LocalizedText;

/**
 * The one place that words an I/O failure on a path the user named: "cannot read FILE: permission
 * denied" (exit 2), in the user's language, whichever reader met it. Readers may call
 * {@link #cannotRead}; anything that still escapes as an {@link IOException} or
 * {@link UncheckedIOException} is mapped by {@link #userError} where the command line handles errors.
 */
public final class IoErrors {
    /** A file the user named cannot be read or written. Exit code 2. */
    public static final class InputError extends FixableError {
        public InputError(String origin, LocalizedText text) {
            super(origin, text);
        }
    }

    private IoErrors() {}

    public static InputError cannotRead(Object path, IOException e) {
        if (e instanceof Utf8Check.Malformed bad) return new InputError(bad.origin(), bad.text());
        return new InputError(null, LocalizedText.of("io.cannot-read", "path", shown(path, e), "reason", reason(e)));
    }

    public static InputError cannotWrite(Object path, IOException e) {
        return new InputError(null, LocalizedText.of("io.cannot-write", "path", shown(path, e), "reason", reason(e)));
    }

    /** What went wrong, in words: permission denied, no such file, … */
    public static LocalizedText reason(IOException e) {
        String m = String.valueOf(e instanceof FileSystemException f ? f.getReason() : e.getMessage()).toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException || m.contains("permission denied") || m.contains("access is denied")) {
            return LocalizedText.of("io.permission-denied");
        }
        if (e instanceof NoSuchFileException || m.contains("no such file")) return LocalizedText.of("io.no-such-file");
        if (e instanceof NotDirectoryException || m.contains("not a directory")) return LocalizedText.of("io.not-a-folder");
        if (m.contains("is a directory")) return LocalizedText.of("io.is-folder");
        if (m.contains("no space left")) return LocalizedText.of("io.disk-full");
        if (m.contains("read-only")) return LocalizedText.of("io.read-only");
        return LocalizedText.of("io.other");
    }

    /**
     * The user error an escaped failure stands for, or null when it is not an I/O failure on a file
     * (then it is a bug). Looks through causes: picocli and streams wrap what readers throw.
     */
    public static FixableError userError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof Utf8Check.Malformed bad) return new InputError(bad.origin(), bad.text());
            if (c instanceof FileSystemException f && f.getFile() != null) return cannotRead(f.getFile(), f);
            // a JSON reader that guessed UTF-16/32 from NUL bytes and failed: the input is not UTF-8 text
            if (c instanceof java.io.CharConversionException) return new InputError(null, LocalizedText.of("parse.not-utf8"));
            if (c == c.getCause()) break;
        }
        return null;
    }

    private static String shown(Object path, IOException e) {
        Object p = path != null ? path : e instanceof FileSystemException f ? f.getFile() : "?";
        return sspr.doctor.text.ControlCharacters.clean(p instanceof Path q ? q.toString() : String.valueOf(p));
    }
}
