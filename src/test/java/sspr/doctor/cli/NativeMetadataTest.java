package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The -Pnative profile cannot be built here (no GraalVM), so what it depends on is checked instead:
 * picocli's annotation processor registered every command class (and its options' types) for
 * reflection, and the bundled content is declared as resources.
 */
class NativeMetadataTest {
    private static String resource(String path) throws Exception {
        try (InputStream in = NativeMetadataTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyCommandClassIsRegisteredForReflection() throws Exception {
        String reflect = resource("META-INF/native-image/picocli-generated/dev.sspr-doctor/sspr-doctor/reflect-config.json");
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        CommandLine root = CommandLines.commandLine(sink, sink, Map.of(), false);
        Set<String> classes = new LinkedHashSet<>();
        ArrayDeque<CommandLine> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            CommandLine c = todo.pop();
            Object user = c.getCommandSpec().userObject();
            if (user != null && !(user instanceof CommandLine.HelpCommand)) classes.add(user.getClass().getName());
            todo.addAll(c.getSubcommands().values());
        }
        assertThat(classes).hasSizeGreaterThan(12).contains(DiagnoseCommand.class.getName(), SsprDoctor.class.getName());
        for (String name : classes) assertThat(reflect).as(name).contains("\"name\" : \"" + name + "\"");
    }

    @Test
    void bundledContentIsDeclaredAsResources() throws Exception {
        assertThat(resource("META-INF/native-image/dev.sspr-doctor/sspr-doctor/resource-config.json")).contains("^content/.*");
    }
}
