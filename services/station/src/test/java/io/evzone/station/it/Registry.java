package io.evzone.station.it;

import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Builds registry fixtures through the REST API, with unique codes and OCPP ids. */
final class Registry {

    private final Api api;

    Registry(Api api) {
        this.api = api;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    JsonNode station(double latitude, double longitude) {
        return api.post("/api/v1/stations", """
                        {"code":"%s","name":"Kampala Central","address":"Plot 1, Kampala Road",
                         "latitude":%s,"longitude":%s,"type":"CHARGING","price":1200,
                         "bookingFee":2000,"amenities":["wifi","cafe"],"open247":true}""".formatted(unique("KLA"), latitude, longitude))
                .ok();
    }

    /** A 1.6 charge point at the station with a Type2 AC and a CCS2 DC connector. */
    JsonNode chargePointAt(String stationId, String ocppId) {
        return api.post("/api/v1/charge-points", """
                        {"ocppId":"%s","stationId":"%s","manufacturer":"ABB","model":"Terra 54",
                         "connectors":[{"type":"Type2","powerType":"AC","maxPowerKw":22},
                                       {"type":"CCS2","powerType":"DC","maxPowerKw":50}]}""".formatted(ocppId, stationId))
                .ok();
    }
}
