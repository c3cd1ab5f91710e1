package sspr.doctor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sspr.doctor.rules.Rule;

/** A rule's or finding's sources as JSON: [{"page","commit"?,"date"?,"quote"?}] (rules list, diagnose findings). */
public final class RuleSources {
    private RuleSources() {}

    public static List<Object> tree(List<Rule.Source> sources) {
        List<Object> out = new ArrayList<>();
        for (Rule.Source s : sources) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("page", s.page());
            if (s.commit() != null) m.put("commit", s.commit());
            if (s.date() != null) m.put("date", s.date());
            if (s.quote() != null) m.put("quote", s.quote());
            out.add(m);
        }
        return out;
    }
}
