package sspr.doctor.rules;

import java.util.List;

/**
 * A promise of the table: under {@code when}, every combination of the {@code over} facts' values
 * is decided by some rule that tests nothing else. {@code rules check} reports the gaps.
 */
public record Coverage(String name, List<Condition> when, List<String> over, int line) {}
