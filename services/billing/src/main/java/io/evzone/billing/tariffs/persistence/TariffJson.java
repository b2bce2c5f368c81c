package io.evzone.billing.tariffs.persistence;

import io.evzone.billing.tariffs.domain.Assignment;
import io.evzone.billing.tariffs.domain.PriceBreakdown;
import io.evzone.billing.tariffs.domain.TariffTerms;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON columns of billing's tables: tariff terms, assignments and price breakdowns, written as
 * the domain records are. Reading ignores the derived members records expose ({@code empty}).
 */
@Component
public class TariffJson {

    private static final TypeReference<List<Assignment>> ASSIGNMENTS = new TypeReference<>() {};

    private final JsonMapper json;

    public TariffJson(JsonMapper json) {
        this.json = json.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public String write(Object value) {
        return json.writeValueAsString(value);
    }

    public TariffTerms terms(String value) {
        return json.readValue(value, TariffTerms.class);
    }

    public List<Assignment> assignments(String value) {
        return json.readValue(value, ASSIGNMENTS);
    }

    public PriceBreakdown breakdown(String value) {
        return json.readValue(value, PriceBreakdown.class);
    }
}
