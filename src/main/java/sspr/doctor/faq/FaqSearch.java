package sspr.doctor.faq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sspr.doctor.content.FaqEntry;

/**
 * BM25 ranking over FAQ entries. A question counts more than its answer; the English source text
 * of the same entry is indexed too at a lower weight, so an English query still finds a translated
 * entry, but only adds to that entry's score.
 */
public final class FaqSearch {
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double QUESTION_WEIGHT = 3.0;
    private static final double ANSWER_WEIGHT = 1.0;
    private static final double ENGLISH_WEIGHT = 0.5;

    /** A searchable entry: the entry shown, and its English text if a different copy exists. */
    public record Document(FaqEntry entry, String question, String answer, String englishText) {}

    public record Hit(FaqEntry entry, double score) {}

    private final List<Document> documents;
    private final List<Map<String, Double>> termWeights = new ArrayList<>();
    private final double[] lengths;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    public FaqSearch(List<Document> documents) {
        this.documents = documents;
        this.lengths = new double[documents.size()];
        double total = 0;
        for (Document d : documents) {
            Map<String, Double> tf = new HashMap<>();
            add(tf, d.question(), QUESTION_WEIGHT);
            add(tf, d.answer(), ANSWER_WEIGHT);
            if (d.englishText() != null) add(tf, d.englishText(), ENGLISH_WEIGHT);
            termWeights.add(tf);
            double length = tf.values().stream().mapToDouble(Double::doubleValue).sum();
            lengths[termWeights.size() - 1] = length;
            total += length;
            for (String term : tf.keySet()) documentFrequency.merge(term, 1, Integer::sum);
        }
        this.averageLength = documents.isEmpty() ? 1 : total / documents.size();
    }

    private static void add(Map<String, Double> tf, String text, double weight) {
        for (String t : Tokenizer.documentTerms(text)) tf.merge(t, weight, Double::sum);
    }

    public List<Hit> search(String query, int limit) {
        Set<String> terms = Tokenizer.queryTerms(query);
        List<Hit> hits = new ArrayList<>();
        int n = documents.size();
        for (int i = 0; i < n; i++) {
            Map<String, Double> tf = termWeights.get(i);
            double length = lengths[i];
            double score = 0;
            for (String term : terms) {
                Double f = tf.get(term);
                if (f == null) continue;
                int df = documentFrequency.getOrDefault(term, 0);
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                score += idf * (f * (K1 + 1)) / (f + K1 * (1 - B + B * length / averageLength));
            }
            if (score > 0) hits.add(new Hit(documents.get(i).entry(), Math.round(score * 1000) / 1000.0));
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed()
                .thenComparing(h -> h.entry().article()).thenComparing(h -> h.entry().id()));
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }
}
