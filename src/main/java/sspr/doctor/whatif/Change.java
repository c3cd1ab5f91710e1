package sspr.doctor.whatif;

/**
 * One fact of a what-if proposal: its name as in the JSON {@code input} object, its value now and
 * the value that unblocks (the whole value: the full role list, not the role added).
 */
public record Change(String fact, Object from, Object to) {}
