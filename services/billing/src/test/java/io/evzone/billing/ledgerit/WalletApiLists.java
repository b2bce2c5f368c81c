package io.evzone.billing.ledgerit;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads one field of each element of a JSON array answer. */
final class WalletApiLists {

    private WalletApiLists() {}

    static List<String> field(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.path(field).asString()));
        return values;
    }
}
