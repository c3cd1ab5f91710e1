package sspr.doctor.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes one kind of result (a report model) in one format. Renderers are registered in
 * {@link Reports}; a command hands its model to {@link Reports#render} and never formats by hand.
 */
@FunctionalInterface
public interface Renderer<M> {
    void render(M model, ReportContext ctx, Writer out) throws IOException;
}
