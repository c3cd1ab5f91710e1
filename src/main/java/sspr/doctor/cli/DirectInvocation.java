package sspr.doctor.cli;

import java.util.Set;

/**
 * What a command run without picocli ({@link DirectLine}) knows of its invocation, in place of picocli's
 * {@code CommandSpec}: the root command (global options, streams) and which options were given.
 */
final class DirectInvocation {
    private final SsprDoctor root;
    private final Set<String> matched;

    DirectInvocation(SsprDoctor root, Set<String> matched) {
        this.root = root;
        this.matched = matched;
    }

    SsprDoctor root() {
        return root;
    }

    /** Whether the option with this name (any of its names) was on the command line. */
    boolean matched(String option) {
        return matched.contains(option);
    }
}
