package sspr.doctor.rules;

import java.util.List;

/** A known dependency between facts (e.g. federated implies hybrid), used to find rules that can never fire. */
public record Constraint(List<Condition> when, List<Condition> then, int line) {}
