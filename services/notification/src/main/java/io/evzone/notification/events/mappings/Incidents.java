package io.evzone.notification.events.mappings;

/** How a message names where an incident is. */
final class Incidents {

    private Incidents() {}

    /** The station and, when the incident concerns one, its charger: {@code Kampala Mall / CP-7}. */
    static String place(String stationName, String ocppId) {
        String station = stationName == null ? "" : stationName;
        if (ocppId == null) {
            return station;
        }
        return station.isEmpty() ? ocppId : station + " / " + ocppId;
    }
}
