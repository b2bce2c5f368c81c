package io.evzone.session.charging.domain;

/**
 * Who owns a charge point, as far as the session service has learned it (from station events).
 *
 * @param organizationId null while the charger is unknown
 * @param stationId null while unknown
 */
public record ChargerOwner(String organizationId, String stationId) {

    public static ChargerOwner unknown() {
        return new ChargerOwner(null, null);
    }
}
