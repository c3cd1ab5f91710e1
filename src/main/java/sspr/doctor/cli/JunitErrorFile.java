package sspr.doctor.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import sspr.doctor.i18n.LocalizedError;
import sspr.doctor.io.IoErrors;
import sspr.doctor.io.TempFiles;
import sspr.doctor.junit.JunitWriter;

/**
 * {@code --format junit --output FILE} when the run fails on the user's input (a bad, unreadable or
 * empty file): FILE still gets a JUnit document, with one {@code <error>} saying what stderr says,
 * (or stdout, where the report would have gone) so the CI test tab shows the failure instead of nothing. Reusable by every command with a JUnit
 * report ({@code audit} of exports, {@code audit --tenant}).
 */
final class JunitErrorFile {
    private JunitErrorFile() {}

    /**
     * Writes the error document for {@code failure} if it is the user's to fix; a bug writes nothing.
     * Never throws: the line on stderr is what matters, this file is a courtesy to CI.
     */
    static void write(Cli cli, Path output, Throwable failure, String suite, String testcase) {
        Throwable userError = Failures.isUserError(failure) ? failure : IoErrors.userError(failure);
        if (userError == null) return;
        String line = userError instanceof LocalizedError l ? l.line(cli.messagesLanguage()) : userError.getMessage();
        line = ErrorLines.safe(line);
        if (output == null) {
            // `--format junit > report.xml`: the report's place is stdout
            JunitWriter.errorDocument(cli.out(), suite, testcase, line, "input-error");
            cli.out().flush();
            return;
        }
        Path temp = null;
        try {
            Path dir = output.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir) || Files.isDirectory(output)) return;
            temp = TempFiles.create(dir, ".sspr-doctor-junit-", ".tmp");
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8))) {
                JunitWriter.errorDocument(w, suite, testcase, line, "input-error");
            }
            Files.move(temp, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            TempFiles.release(temp);
        } catch (IOException | RuntimeException e) {
            TempFiles.delete(temp);
        }
    }
}
