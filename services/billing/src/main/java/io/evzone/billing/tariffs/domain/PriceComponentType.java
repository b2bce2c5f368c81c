package io.evzone.billing.tariffs.domain;

/**
 * OCPI 2.2.1 TariffDimensionType: what a price component charges for, and the size of the unit its
 * price is per (quantities are kept in Wh and seconds).
 */
public enum PriceComponentType {
    /** Per kWh delivered. */
    ENERGY(1_000),
    /** Once per session. */
    FLAT(1),
    /** Per hour the car is plugged in but not charging. */
    PARKING_TIME(3_600),
    /** Per hour of charging. */
    TIME(3_600);

    private final long unitSize;

    PriceComponentType(long unitSize) {
        this.unitSize = unitSize;
    }

    /** Quantity units (Wh, s, or sessions) in one priced unit (kWh, hour, session). */
    public long unitSize() {
        return unitSize;
    }
}
