package sspr.doctor.cli;

/**
 * One option or positional parameter of a command that {@link DirectLine} parses without picocli, as
 * {@link DirectGenerator} read it from the command's annotations at build time.
 *
 * @param names       the option's names; empty for a positional parameter
 * @param kind        how its text becomes the field's value
 * @param parsable    whether {@link DirectLine} reads it (else its presence sends the arguments to picocli: an optional value)
 * @param multiple    whether it collects values (a list field; a repeatable option or a {@code 1..*} parameter)
 * @param required    for a positional parameter: whether at least one value must be given
 * @param split       whether a value is a comma list ({@link EmptyArguments#LIST_SPLIT})
 * @param defaultValue the text picocli converts when the option is not given, or null
 * @param choices     for {@link Kind#CHOICE}: the enum's constants, one of which the text names (its {@code values()}:
 *                    {@code Class.getEnumConstants} goes through reflection, a cost at start-up)
 * @param field       the number {@link GeneratedDirect#set} knows the field by
 */
record DirectOption(String[] names, Kind kind, boolean parsable, boolean multiple, boolean required, boolean split, String defaultValue,
                    Enum<?>[] choices, int field) {

    /** How a value is converted; {@link #OTHER}: not here (never with a default value, and never parsable). */
    enum Kind { FLAG, TEXT, PATH, NUMBER, CHOICE, OTHER }

    boolean positional() {
        return names.length == 0;
    }

    boolean named(String name) {
        for (String n : names) if (n.equals(name)) return true;
        return false;
    }

    /** The option's value from its text, as picocli's converters give it; null where picocli might answer otherwise. */
    Object convert(String text) {
        switch (kind) {
            case TEXT:
                return text;
            case PATH:
                try {
                    return java.nio.file.Paths.get(text);
                } catch (java.nio.file.InvalidPathException e) {
                    return null;
                }
            case NUMBER:
                // plain decimal digits only: picocli's own rules for signs, zeros and radix are left to picocli
                if (text.isEmpty() || text.length() > 9 || (text.charAt(0) == '0' && text.length() > 1)) return null;
                for (int i = 0; i < text.length(); i++) if (text.charAt(i) < '0' || text.charAt(i) > '9') return null;
                return Integer.valueOf(text);
            case CHOICE:
                // exact first, then ignoring case (the command line allows it); two constants differing only in case: picocli's call
                Object found = null;
                for (Enum<?> e : choices) if (e.name().equals(text)) return e;
                for (Enum<?> e : choices) {
                    if (e.name().equalsIgnoreCase(text)) {
                        if (found != null) return null;
                        found = e;
                    }
                }
                return found;
            default:
                return null;
        }
    }
}
