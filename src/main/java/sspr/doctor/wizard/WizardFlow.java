package sspr.doctor.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import sspr.doctor.catalog.Resolution;
import sspr.doctor.catalog.Role;
import sspr.doctor.catalog.RoleCatalog;
import sspr.doctor.catalog.Sku;
import sspr.doctor.catalog.SkuCatalog;
import sspr.doctor.diagnosis.DerivedFacts;
import sspr.doctor.diagnosis.InputResolver;
import sspr.doctor.diagnosis.RawFact;
import sspr.doctor.i18n.Messages;
import sspr.doctor.text.ShellQuoting;
import sspr.doctor.text.Suggestions;

/**
 * The wizard's questions, in order, and what each answer means. Pure: no terminal, no picocli. A
 * {@link Io} asks and tells; the flow validates every answer as typed (an unknown value is asked
 * again with did-you-mean suggestions), lets the user go back one question with {@code <} or
 * {@code back}, and ends with the facts for the diagnosis and the equivalent {@code diagnose}
 * arguments.
 */
public final class WizardFlow {

    /** Reads answers and shows messages; the JLine and plain-stream adapters live in the CLI. */
    public interface Io {
        /**
         * Shows {@code prompt} for {@code question} and returns the line typed (without its line end).
         *
         * @throws EndOfInput when the input ends (Ctrl-D, or the end of piped input)
         * @throws Interrupted when the user presses Ctrl-C
         */
        String ask(Question question, String prompt, List<String> completions);

        /** A line of text for the user: a question, an error, a hint. */
        void tell(String line);
    }

    /** The input ended before all questions were answered. */
    public static final class EndOfInput extends RuntimeException {
        public EndOfInput() { super(null, null, false, false); }
    }

    /** The user pressed Ctrl-C. */
    public static final class Interrupted extends RuntimeException {
        public Interrupted() { super(null, null, false, false); }
    }

    /** What the wizard learnt: facts keyed as in profiles, and the same facts as diagnose arguments. */
    public record Result(Map<String, RawFact> facts, List<String> arguments) {}

    private static final String UNKNOWN = "?";
    private static final List<String> ORDER = List.of("scenario", "role", "target-role", "guest", "hybrid",
            "sspr-scope", "in-sspr-group", "registered", "license", "writeback", "portal", "symptom");

    private final RoleCatalog roles;
    private final SkuCatalog skus;
    private final Messages m;
    private final Map<String, Object> answers = new LinkedHashMap<>();
    private final List<String> asked = new ArrayList<>();

    public WizardFlow(RoleCatalog roles, SkuCatalog skus, Messages messages) {
        this.roles = roles;
        this.skus = skus;
        this.m = messages;
    }

    /** Asks every question that matters for the answers so far, then returns the result. */
    public Result run(Io io) {
        io.tell(m.get("intro"));
        Question q;
        while ((q = next()) != null) {
            io.tell("");
            io.tell(m.format(q.messageKey(), "choices", choicesHint(q)));
            String suggested = null;
            while (true) {
                String line = io.ask(q, suggested != null ? "[" + suggested + "] > " : prompt(q), completions(q)).strip();
                // Enter right after a did-you-mean takes the suggestion, not the question's default
                if (line.isEmpty() && suggested != null) line = suggested;
                suggested = null;
                if (line.equals("<") || line.equalsIgnoreCase("back") || words("word.back").contains(line.toLowerCase(Locale.ROOT))) {
                    if (asked.isEmpty()) {
                        io.tell(m.get("back.first"));
                        continue;
                    }
                    answers.remove(asked.remove(asked.size() - 1));
                    break;
                }
                try {
                    answers.put(q.key(), line.isEmpty() ? defaultValue(q) : parse(q, line));
                    asked.add(q.key());
                    break;
                } catch (Invalid e) {
                    io.tell(e.getMessage());
                    if (e.suggestion != null) {
                        suggested = e.suggestion;
                        io.tell(m.format("suggestion.enter", "answer", suggested));
                    }
                }
            }
        }
        io.tell("");
        return new Result(facts(), arguments());
    }

    /** The first question that matters and is not answered yet; null when done. */
    Question next() {
        for (String key : ORDER) {
            if (!asked.contains(key) && applies(key)) return question(key);
        }
        return null;
    }

    private boolean selfService() {
        return "self-service".equals(answers.get("scenario"));
    }

    private boolean hybrid() {
        return Boolean.TRUE.equals(answers.get("hybrid"));
    }

    /** A self-service user holding a role on the administrator-policy list: the tenant's scope does not apply. */
    private boolean administrator() {
        Object targetRoles = answers.get("target-role");
        if (!(targetRoles instanceof List<?> list)) return false;
        List<String> aliases = new ArrayList<>();
        for (Object alias : list) aliases.add(String.valueOf(alias));
        return DerivedFacts.targetIsAdmin(aliases, roles);
    }

    private boolean applies(String key) {
        switch (key) {
            case "scenario": case "target-role": case "hybrid": case "symptom": return true;
            case "role": return !selfService();
            case "guest": case "registered": return selfService();
            case "sspr-scope": return selfService() && !administrator();
            case "in-sspr-group": return selfService() && !administrator() && "selected".equals(answers.get("sspr-scope"));
            case "license": return selfService() || hybrid();
            case "writeback": case "portal": return hybrid();
            default: return false;
        }
    }

    Question question(String key) {
        switch (key) {
            case "scenario": return new Question(key, Question.Kind.CHOICE, "q.scenario", false);
            case "role": return new Question(key, Question.Kind.ROLES, "q.role", true);
            case "target-role": return new Question(key, Question.Kind.ROLES, selfService() ? "q.target-role.self" : "q.target-role.admin", false);
            case "guest": return new Question(key, Question.Kind.YES_NO, "q.guest", false);
            case "hybrid": return new Question(key, Question.Kind.YES_NO, "q.hybrid", false);
            case "sspr-scope": return new Question(key, Question.Kind.CHOICE, "q.sspr-scope", true);
            case "in-sspr-group": return new Question(key, Question.Kind.YES_NO, "q.in-sspr-group", true);
            case "registered": return new Question(key, Question.Kind.YES_NO, "q.registered", true);
            case "license": return new Question(key, Question.Kind.LICENSES, selfService() ? "q.license.self" : "q.license.admin", true);
            case "writeback": return new Question(key, Question.Kind.YES_NO, "q.writeback", true);
            case "portal": return new Question(key, Question.Kind.CHOICE, "q.portal", false);
            case "symptom": return new Question(key, Question.Kind.SYMPTOMS, "q.symptom", false);
            default: throw new IllegalArgumentException(key);
        }
    }

    /** The values a CHOICE question accepts. */
    List<String> choices(Question q) {
        switch (q.key()) {
            case "scenario": return InputResolver.SCENARIOS;
            case "sspr-scope": return InputResolver.SSPR_SCOPES;
            case "portal":
                if (selfService()) {
                    List<String> self = new ArrayList<>(InputResolver.PORTALS);
                    self.remove("my-staff"); // an administrators' portal
                    return self;
                }
                List<String> admin = new ArrayList<>(InputResolver.PORTALS);
                admin.remove("sspr-portal");
                return admin;
            default: return List.of();
        }
    }

    private Object defaultValue(Question q) {
        switch (q.key()) {
            case "scenario": return "admin-reset";
            case "target-role": case "symptom": return List.of();
            case "guest": case "hybrid": return Boolean.FALSE;
            case "portal": return selfService() ? "sspr-portal" : "entra";
            default: return null; // unknown
        }
    }

    private String display(Question q, Object value) {
        if (value == null) return UNKNOWN;
        if (value instanceof Boolean b) return word(b ? "word.yes" : "word.no");
        if (value instanceof List<?> list) {
            if (list.isEmpty()) return word("word.none");
            List<String> s = new ArrayList<>();
            for (Object o : list) s.add(String.valueOf(o));
            return String.join(",", s);
        }
        return String.valueOf(value);
    }

    String prompt(Question q) {
        return "[" + display(q, defaultValue(q)) + "] > ";
    }

    private String choicesHint(Question q) {
        List<String> parts = new ArrayList<>();
        switch (q.kind()) {
            case CHOICE: parts.addAll(choices(q)); break;
            case YES_NO: parts.add(word("word.yes")); parts.add(word("word.no")); break;
            case SYMPTOMS: parts.addAll(InputResolver.SYMPTOMS); parts.add(word("word.none")); break;
            case ROLES: parts.add(m.get("example.roles")); parts.add(word("word.none")); break;
            case LICENSES: parts.add(m.get("example.licenses")); break;
            default: break;
        }
        if (q.unknownAllowed()) parts.add(UNKNOWN);
        return String.join(" / ", parts);
    }

    /** Completion candidates for the question (the adapter completes the text after the last comma of multi-value answers). */
    public List<String> completions(Question q) {
        Set<String> c = new LinkedHashSet<>();
        switch (q.kind()) {
            case CHOICE: c.addAll(choices(q)); break;
            case YES_NO: c.add(word("word.yes")); c.add(word("word.no")); c.add("yes"); c.add("no"); break;
            case ROLES:
                c.add(RoleCatalog.NONE);
                for (Role r : roles.all()) c.add(r.alias());
                for (Role r : roles.all()) c.add(r.displayName());
                // names in the wizard's language complete too (the same names --role accepts)
                if (!m.lang().equals("en")) for (Role r : roles.all()) c.add(roles.displayName(r.alias(), m.lang()));
                break;
            case LICENSES:
                for (Sku s : skus.all()) if (!s.alias().isEmpty()) c.add(s.alias());
                for (Sku s : skus.all()) c.add(s.skuPartNumber());
                for (Sku s : skus.all()) c.add(s.productName());
                break;
            case SYMPTOMS: c.addAll(InputResolver.SYMPTOMS); c.add(RoleCatalog.NONE); break;
            default: break;
        }
        if (q.unknownAllowed()) c.add("unknown");
        return new ArrayList<>(c);
    }

    /** An answer that is not valid for its question; the message says why, in the chosen language. */
    static final class Invalid extends RuntimeException {
        /** The answer with the mistyped part replaced by the closest candidate, or null. */
        final String suggestion;

        Invalid(String message) { this(message, null); }

        Invalid(String message, String suggestion) {
            super(message, null, false, false);
            this.suggestion = suggestion;
        }
    }

    /** {@code typed} with {@code part} replaced by the first of {@code close}, or null when there is none. */
    private static String suggestion(String typed, String part, List<String> close) {
        if (close.isEmpty()) return null;
        int at = typed.indexOf(part);
        return at < 0 ? close.get(0) : typed.substring(0, at) + close.get(0) + typed.substring(at + part.length());
    }

    /** The normalised value of a typed, non-empty answer. */
    Object parse(Question q, String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        if (lower.equals(UNKNOWN) || lower.equals("unknown") || words("word.unknown").contains(lower)) {
            if (q.unknownAllowed()) return null;
            throw new Invalid(m.format("error.unknown-not-allowed", "default", display(q, defaultValue(q))));
        }
        switch (q.kind()) {
            case CHOICE: {
                List<String> allowed = choices(q);
                if (allowed.contains(lower)) return lower;
                if (q.key().equals("portal") && lower.equals("sspr-portal")) throw new Invalid(m.get("error.sspr-portal-admin"));
                throw new Invalid(m.format("error.choice", "answer", typed, "choices", String.join(", ", allowed))
                        + didYouMean(typed, allowed), suggestion(typed, typed, Suggestions.closest(typed, allowed, 3)));
            }
            case YES_NO: {
                if (lower.equals("y") || lower.equals("yes") || lower.equals("true") || words("word.yes").contains(lower)) return Boolean.TRUE;
                if (lower.equals("n") || lower.equals("no") || lower.equals("false") || words("word.no").contains(lower)) return Boolean.FALSE;
                throw new Invalid(m.format("error.yes-no", "answer", typed));
            }
            case ROLES: return parseRoles(q, typed);
            case LICENSES: return parseLicenses(typed);
            case SYMPTOMS: {
                List<String> out = new ArrayList<>();
                for (String part : split(typed)) {
                    String p = part.toLowerCase(Locale.ROOT);
                    if (isNone(p)) continue;
                    if (!InputResolver.SYMPTOMS.contains(p)) {
                        throw new Invalid(m.format("error.choice", "answer", part, "choices", String.join(", ", InputResolver.SYMPTOMS))
                                + didYouMean(part, InputResolver.SYMPTOMS), suggestion(typed, part, Suggestions.closest(part, InputResolver.SYMPTOMS, 3)));
                    }
                    if (!out.contains(p)) out.add(p);
                }
                return out;
            }
            default: throw new IllegalStateException(q.kind().name());
        }
    }

    private List<String> parseRoles(Question q, String typed) {
        List<String> out = new ArrayList<>();
        boolean none = false;
        for (String part : split(typed)) {
            if (isNone(part.toLowerCase(Locale.ROOT))) { none = true; continue; }
            Resolution<Role> r = roles.resolve(part);
            if (r.isAmbiguous()) {
                List<String> c = new ArrayList<>();
                for (Role x : r.candidates()) c.add(x.alias());
                throw new Invalid(m.format("error.role-ambiguous", "answer", part, "candidates", String.join(", ", c)));
            }
            if (!r.found()) {
                throw new Invalid(m.format("error.role", "answer", part)
                        + (r.suggestions().isEmpty() ? m.get("hint.roles") : m.format("did-you-mean", "names", String.join(", ", r.suggestions()))),
                        suggestion(typed, part, r.suggestions()));
            }
            if (!out.contains(r.value().alias())) out.add(r.value().alias());
        }
        if (none && !out.isEmpty()) throw new Invalid(m.get("error.none-combined"));
        return out;
    }

    private List<String> parseLicenses(String typed) {
        Resolution<Sku> whole = skus.resolve(typed);
        List<String> parts = whole.found() || whole.isAmbiguous() || !typed.contains(",") ? List.of(typed) : split(typed);
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            Resolution<Sku> r = p.equals(typed) ? whole : skus.resolve(p);
            if (r.isAmbiguous()) {
                List<String> c = new ArrayList<>();
                for (Sku s : r.candidates()) c.add(s.skuPartNumber());
                throw new Invalid(m.format("error.license-ambiguous", "answer", p, "candidates", String.join(", ", c)));
            }
            if (!r.found()) {
                throw new Invalid(m.format("error.license", "answer", p)
                        + (r.suggestions().isEmpty() ? m.get("hint.licenses") : m.format("did-you-mean", "names", String.join(", ", r.suggestions()))),
                        suggestion(typed, p, r.suggestions()));
            }
            if (!out.contains(r.value().skuPartNumber())) out.add(r.value().skuPartNumber());
        }
        return out;
    }

    private boolean isNone(String lower) {
        return lower.equals(RoleCatalog.NONE) || lower.equals("-") || words("word.none").contains(lower);
    }

    private String didYouMean(String typed, List<String> candidates) {
        List<String> close = Suggestions.closest(typed, candidates, 3);
        return close.isEmpty() ? "" : m.format("did-you-mean", "names", String.join(", ", close));
    }

    private static List<String> split(String typed) {
        List<String> out = new ArrayList<>();
        for (String part : typed.split("[,，、]")) if (!part.isBlank()) out.add(part.strip());
        return out;
    }

    /** The first of a comma-separated list of words in the messages (the one shown). */
    private String word(String key) {
        return m.get(key).split(",")[0].strip();
    }

    private Set<String> words(String key) {
        Set<String> out = new LinkedHashSet<>();
        if (!m.has(key)) return out;
        for (String w : m.get(key).split(",")) if (!w.isBlank()) out.add(w.strip().toLowerCase(Locale.ROOT));
        return out;
    }

    /** The answers as facts keyed like a profile; unknown answers are left out (unknown, not false). */
    Map<String, RawFact> facts() {
        Map<String, RawFact> f = new LinkedHashMap<>();
        for (String key : ORDER) {
            if (!answers.containsKey(key)) continue;
            Object v = answers.get(key);
            if (v == null) continue;
            if (v instanceof List<?> list && list.isEmpty()) {
                if (key.equals("role")) f.put(key, new RawFact(List.of(RoleCatalog.NONE), "wizard: --" + key));
                continue;
            }
            f.put(key, new RawFact(v, "wizard: --" + key));
        }
        return f;
    }

    /** The same facts as {@code diagnose} arguments (without the program and command name). */
    List<String> arguments() {
        List<String> a = new ArrayList<>();
        for (String key : ORDER) {
            if (!answers.containsKey(key)) continue;
            Object v = answers.get(key);
            if (v == null) continue;
            switch (key) {
                case "scenario": if (!v.equals("admin-reset")) { a.add("--scenario"); a.add((String) v); } break;
                case "portal": if (!v.equals(selfService() ? "sspr-portal" : "entra")) { a.add("--portal"); a.add((String) v); } break;
                case "sspr-scope": a.add("--sspr-scope"); a.add((String) v); break;
                case "guest": if (Boolean.TRUE.equals(v)) a.add("--guest"); break;
                case "hybrid": if (Boolean.TRUE.equals(v)) a.add("--hybrid"); break;
                case "writeback": a.add(Boolean.TRUE.equals(v) ? "--writeback" : "--no-writeback"); break;
                case "registered": a.add(Boolean.TRUE.equals(v) ? "--registered" : "--not-registered"); break;
                case "in-sspr-group": a.add(Boolean.TRUE.equals(v) ? "--in-sspr-group" : "--not-in-sspr-group"); break;
                case "role": case "target-role": case "symptom": {
                    List<?> list = (List<?>) v;
                    if (list.isEmpty() && !key.equals("role")) break;
                    a.add("--" + key);
                    List<String> s = new ArrayList<>();
                    for (Object o : list) s.add(String.valueOf(o));
                    a.add(list.isEmpty() ? RoleCatalog.NONE : String.join(",", s));
                    break;
                }
                case "license":
                    // one option per licence: --license is split on commas only when the whole value does not resolve
                    for (Object o : (List<?>) v) { a.add("--license"); a.add(String.valueOf(o)); }
                    break;
                default: throw new IllegalStateException(key);
            }
        }
        return a;
    }

    /** Quotes one word for bash (and any POSIX shell): bare when safe, else in single quotes. */
    public static String shellQuote(String word) {
        return ShellQuoting.asNeeded(word);
    }

    /** A command line, quoted for bash. */
    public static String commandLine(List<String> words) {
        List<String> q = new ArrayList<>();
        for (String w : words) q.add(shellQuote(w));
        return String.join(" ", q);
    }
}
