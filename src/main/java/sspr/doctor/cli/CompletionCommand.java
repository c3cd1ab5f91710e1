package sspr.doctor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code completion}: placeholder, written next. */
@Command(name = "completion", hidden = true)
final class CompletionCommand implements Callable<Integer> {
    @Override
    public Integer call() { return 0; }
}
