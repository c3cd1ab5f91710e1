package sspr.doctor.cli;

/**
 * Stand-in for the class the build generates: at process-classes, {@link DirectGenerator} writes
 * {@code target/generated-sources/models/sspr/doctor/cli/GeneratedDirect.java} from the commands'
 * annotations and compiles it over this one (as {@link GeneratedModels}). It names no picocli type.
 */
final class GeneratedDirect {
    private GeneratedDirect() {}

    /** Whether the command the words name ("" the root, "faq") has subcommands. */
    static boolean hasSubcommands(String path) {
        throw notGenerated();
    }

    /** Whether the words name a command ("faq", "faq list", "audit"), run without picocli or not. */
    static boolean exists(String path) {
        throw notGenerated();
    }

    /** A new command object for the words ("diagnose", "faq list"), its mixins made; null when it is not run without picocli. */
    static Object command(String path) {
        throw notGenerated();
    }

    /** The options and parameters of the command the words name, its own and its mixins' ("" the root's); null: none known. */
    static DirectOption[] options(String path) {
        throw notGenerated();
    }

    /** Sets field {@code field} (a {@link DirectOption#field}) of the command or root object {@code target}. */
    static void set(Object target, int field, Object value) {
        throw notGenerated();
    }

    /** Gives a command object its invocation. */
    static void attach(Object command, DirectInvocation invocation) {
        throw notGenerated();
    }

    private static IllegalStateException notGenerated() {
        return new IllegalStateException("the direct parser was not generated: build with 'mvn package' (DirectGenerator runs at process-classes)");
    }
}
