package sspr.doctor.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * Stand-in for the class the build generates: at process-classes, {@link ModelGenerator} writes
 * {@code target/generated-sources/models/sspr/doctor/cli/GeneratedModels.java} from the commands'
 * annotations and compiles it over this one. These bodies only let the rest compile first; they
 * never run in a build that got past process-classes (GeneratedModelsTest checks that the real one
 * is in place), and there is no fallback to reading the annotations at run time.
 */
final class GeneratedModels {
    private GeneratedModels() {}

    /** The root command's model, bound to {@code c}. */
    static CommandSpec root(SsprDoctor c) {
        throw notGenerated();
    }

    /** A command's model bound to {@code c}, with only its subcommand {@code only} (null: all of them). */
    static CommandSpec of(Object c, String only) {
        throw notGenerated();
    }

    /** The subcommands of a top-level command that can be built alone, or null. */
    static String[] nested(String command) {
        throw notGenerated();
    }

    private static IllegalStateException notGenerated() {
        return new IllegalStateException("the picocli models were not generated: build with 'mvn package' (ModelGenerator runs at process-classes)");
    }
}
