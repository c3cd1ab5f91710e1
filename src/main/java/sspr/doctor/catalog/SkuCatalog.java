package sspr.doctor.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import sspr.doctor.io.CsvReader;
import sspr.doctor.text.Suggestions;

/**
 * Every SKU in Microsoft's list, found by alias, part number, skuId GUID or product name. Some
 * product names belong to two SKUs: such a name is ambiguous and the caller lists the candidates.
 */
public final class SkuCatalog {
    private final List<Sku> skus;
    private final Map<String, List<Sku>> byKey = new HashMap<>();

    public SkuCatalog(List<Sku> skus) {
        this(skus, keys(skus));
    }

    /** With each SKU's distinct lookup keys worked out already ({@link #keys}; the compiled catalogue stores them). */
    SkuCatalog(List<Sku> skus, List<List<String>> keys) {
        this.skus = List.copyOf(skus);
        for (int i = 0; i < skus.size(); i++) {
            for (String k : keys.get(i)) byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(skus.get(i));
        }
    }

    /** Per SKU: its part number, id and alias in lower case and its product name's key, each once. */
    static List<List<String>> keys(List<Sku> skus) {
        List<List<String>> out = new ArrayList<>(skus.size());
        for (Sku s : skus) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(s.skuPartNumber().toLowerCase(Locale.ROOT));
            keys.add(s.skuId().toLowerCase(Locale.ROOT));
            if (!s.alias().isEmpty()) keys.add(s.alias().toLowerCase(Locale.ROOT));
            keys.add(Names.compact(s.productName()));
            out.add(List.copyOf(keys));
        }
        return out;
    }

    public static SkuCatalog parse(String csv) {
        return fromRows(CsvReader.readAll(csv));
    }

    /** The catalogue from skus.csv's records, header first (parsed, or as the build compiled them). */
    public static SkuCatalog fromRows(List<List<String>> rows) {
        List<String> header = rows.get(0);
        List<Sku> skus = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> f = new HashMap<>();
            for (int i = 0; i < header.size() && i < row.size(); i++) f.put(header.get(i), row.get(i));
            skus.add(new Sku(f.get("skuPartNumber"), f.get("skuId"), f.get("productName"), f.getOrDefault("alias", ""),
                    bool(f, "hasEntraP1"), bool(f, "hasEntraP2"), bool(f, "isBusinessStandard"), bool(f, "isBusinessPremium"), bool(f, "isFree"), bool(f, "isTrial"),
                    bool(f, "isGovernment"), bool(f, "writebackLicensed"), f.getOrDefault("cloudResetLicensed", "unclear"),
                    count(f.get("servicePlanCount"))));
        }
        return new SkuCatalog(skus);
    }

    private static int count(String text) {
        if (text == null || text.isBlank()) return 0;
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean bool(Map<String, String> f, String key) {
        return Boolean.parseBoolean(f.get(key));
    }

    public List<Sku> all() { return skus; }

    public Resolution<Sku> resolve(String typed) {
        String t = typed.strip();
        List<Sku> exact = byKey.get(t.toLowerCase(Locale.ROOT));
        if (exact == null) exact = byKey.get(Names.compact(t));
        if (exact != null) {
            // a part number or GUID is unique; a product name may not be
            if (exact.size() == 1) return Resolution.of(exact.get(0));
            return Resolution.ambiguous(exact);
        }
        List<String> names = new ArrayList<>();
        for (Sku s : skus) {
            if (!s.alias().isEmpty()) names.add(s.alias());
            names.add(s.skuPartNumber());
        }
        return Resolution.none(Suggestions.closest(t, names, 3));
    }

    /** SKUs whose alias, part number or product name contains {@code text} (case-insensitive). */
    public List<Sku> search(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        List<Sku> out = new ArrayList<>();
        for (Sku s : skus) {
            if (s.skuPartNumber().toLowerCase(Locale.ROOT).contains(needle)
                    || s.productName().toLowerCase(Locale.ROOT).contains(needle)
                    || s.alias().toLowerCase(Locale.ROOT).contains(needle)
                    || s.skuId().equalsIgnoreCase(needle)) out.add(s);
        }
        return out;
    }
}
