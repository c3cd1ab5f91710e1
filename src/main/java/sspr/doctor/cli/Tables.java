package sspr.doctor.cli;

import sspr.doctor.i18n.LocalizedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import sspr.doctor.bundle.CompiledContent;
import sspr.doctor.bundle.FaqIndex;
import sspr.doctor.content.BundledContent;
import sspr.doctor.i18n.LanguageTags;
import sspr.doctor.diagnosis.Finding;
import sspr.doctor.content.ContentLibrary;
import sspr.doctor.content.FaqEntry;
import sspr.doctor.io.SafeYaml;
import sspr.doctor.rules.DecisionTable;
import sspr.doctor.rules.DecisionTableParser;

/** Loading decision tables and files given on the command line, with user-facing errors. */
final class Tables {
    static final String BUNDLED = "rules/sspr-reset.yaml";

    private Tables() {}



    static DecisionTableParser.Result parseBundled() {
        return DecisionTableParser.parse(BundledContent.readText(BUNDLED), "content/" + BUNDLED);
    }

    /** The bundled table, or the one in {@code file}; a table with errors is a user error naming the first. */
    static DecisionTable load(Path file) {
        if (file == null) {
            DecisionTable compiled = CompiledContent.rules();
            if (compiled != null) return compiled;
        }
        DecisionTableParser.Result r = file == null ? parseBundled() : DecisionTableParser.parse(readFile(file, "--rules"), file.toString());
        if (!r.problems().isEmpty()) {
            var p = r.problems().get(0);
            throw new UserError(p.location() + ": " + p.message()
                    + (r.problems().size() > 1 ? " (and " + (r.problems().size() - 1) + " more; run 'sspr-doctor rules check " + (file == null ? "" : file) + "')" : ""));
        }
        return r.table();
    }

    /** Reads a small text file the user named, refusing missing, unreadable, huge or non-UTF-8 files. */
    static String readFile(Path file, String option) {
        try {
            if (Files.isDirectory(file)) throw new UserError(option, LocalizedText.of("is-a-folder", "path", file));
            if (!Files.exists(file)) throw new UserError(option, LocalizedText.of("no-such-file", "path", file));
            byte[] bytes;
            if (Files.isRegularFile(file)) {
                if (Files.size(file) > SafeYaml.MAX_FILE_BYTES) {
                    throw new UserError(option, LocalizedText.of("file-too-large", "path", file, "mb", SafeYaml.MAX_FILE_BYTES / (1024 * 1024)));
                }
                bytes = Files.readAllBytes(file);
            } else {
                // a pipe: process substitution (--profile <(...)) names /dev/fd/N, which has no size
                try (java.io.InputStream in = Files.newInputStream(file)) {
                    bytes = readBounded(in, file, option);
                }
            }
            // decoded at the reader: ill-formed UTF-8 is refused with its file:line:column
            return sspr.doctor.io.Utf8Check.decode(bytes, file.toString());
        } catch (IOException e) {
            throw sspr.doctor.io.IoErrors.cannotRead(file, e);
        }
    }

    /** Reads {@code file}, or standard input when it is "-" ({@code --profile -}). */
    static String readFile(Path file, String option, java.io.InputStream stdin) {
        if (!file.toString().equals("-")) return readFile(file, option);
        try {
            byte[] bytes = readBounded(stdin, file, option);
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new UserError(option, LocalizedText.of("not-utf8", "path", "-"));
            }
        } catch (IOException e) {
            throw new UserError(option + ": -", LocalizedText.of("cannot-read", "reason", String.valueOf(e.getMessage())));
        }
    }

    private static byte[] readBounded(java.io.InputStream in, Path file, String option) throws IOException {
        byte[] bytes = in.readNBytes(SafeYaml.MAX_FILE_BYTES + 1);
        if (bytes.length > SafeYaml.MAX_FILE_BYTES) {
            throw new UserError(option, LocalizedText.of("file-too-large", "path", file, "mb", SafeYaml.MAX_FILE_BYTES / (1024 * 1024)));
        }
        return bytes;
    }

    /** Looks up the question of a FAQ entry in the chosen language, for linking findings. */
    static Finding.FaqRef faqRef(Cli cli, String article, String id) {
        FaqIndex index = cli.faqIndex();
        if (index != null) {
            Map<String, FaqIndex.Copy> copies = index.articles().get(article);
            if (copies == null) return null;
            String lang = LanguageTags.match(cli.requestedLang(), copies.keySet()).tag();
            for (String[] e : copies.get(lang).entries()) {
                if (e[0].equals(id)) return withNotes(new Finding.FaqRef(article, id, lang, e[1]));
            }
            return null;
        }
        ContentLibrary lib = cli.library();
        return lib.article(article, cli.requestedLang()).flatMap(r -> {
            for (FaqEntry e : r.article().entries()) {
                if (e.id().equals(id)) return java.util.Optional.of(withNotes(new Finding.FaqRef(article, id, e.lang(), e.questionText())));
            }
            return java.util.Optional.empty();
        }).orElse(null);
    }

    /**
     * The entry's notes on superseded text and, for a fragment question, its usable title, in the
     * language of the entry's copy (the notes bundle has every language the articles have).
     */
    static Finding.FaqRef withNotes(Finding.FaqRef ref) {
        sspr.doctor.faq.ArticleNotes data = sspr.doctor.faq.ArticleNotes.bundled();
        sspr.doctor.i18n.Messages texts = null;
        // a usable title only in the languages the notes are written in: another copy keeps its own question
        String titleKey = sspr.doctor.i18n.Messages.LANGUAGES.contains(ref.lang()) ? data.titleKey(ref.article(), ref.entry()) : null;
        java.util.List<sspr.doctor.faq.ArticleNotes.Note> notes = data.forEntry(ref.article(), ref.entry());
        if (titleKey == null && notes.isEmpty()) return ref;
        texts = sspr.doctor.i18n.Messages.of("notes", ref.lang());
        java.util.List<Finding.Note> out = new java.util.ArrayList<>();
        for (sspr.doctor.faq.ArticleNotes.Note n : notes) out.add(new Finding.Note(texts.get(n.key()), n.source(), n.shortSource()));
        return new Finding.FaqRef(ref.article(), ref.entry(), ref.lang(), titleKey == null ? ref.question() : texts.get(titleKey), java.util.List.copyOf(out));
    }
}
