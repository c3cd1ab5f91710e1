package sspr.doctor.audit;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** skuId → skuPartNumber from a Graph {@code subscribedSkus} export (the tenant's own SKUs). */
public final class SubscribedSkus {
    private final Map<String, String> partNumbers = new HashMap<>();

    private static final class Sku {
        String id;
        String part;
    }

    private static final GraphJsonReader.Fields<Sku> SKU = new GraphJsonReader.Fields<>() {
        @Override
        public void clear(Sku s) { s.id = null; s.part = null; }

        @Override
        public void field(Sku s, String name, JsonToken v, GraphJsonReader in) throws IOException {
            if (name.equals("skuId")) s.id = in.string(name, v);
            else if (name.equals("skuPartNumber")) s.part = in.string(name, v);
            else in.parser().skipChildren();
        }
    };

    public static SubscribedSkus read(Path file) {
        SubscribedSkus skus = new SubscribedSkus();
        try (InputStream in = new java.io.BufferedInputStream(new sspr.doctor.io.Utf8Check(Files.newInputStream(file), file.toString(), true))) {
            GraphJsonReader reader = new GraphJsonReader(in, file.toString());
            Sku s = new Sku();
            long record = 0;
            while (reader.read(s, SKU)) {
                record++;
                if (s.id == null || s.part == null) {
                    throw new AuditInputException(file.toString(), sspr.doctor.i18n.LocalizedText.of("parse.record", "record", record,
                            "problem", sspr.doctor.i18n.LocalizedText.of("audit.not-skus")));
                }
                skus.partNumbers.put(s.id.toLowerCase(Locale.ROOT), s.part);
            }
        } catch (IOException e) {
            throw sspr.doctor.io.IoErrors.cannotRead(file, e);
        }
        return skus;
    }

    public String partNumber(String skuId) {
        return partNumbers.get(skuId.toLowerCase(Locale.ROOT));
    }
}
