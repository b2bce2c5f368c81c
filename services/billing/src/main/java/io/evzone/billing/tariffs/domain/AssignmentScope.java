package io.evzone.billing.tariffs.domain;

/** Where a tariff is assigned; a more specific assignment wins over a broader one. */
public enum AssignmentScope {
    ORGANIZATION,
    SITE,
    STATION,
    /** By the charger's OCPP identity, as session events name it. */
    CHARGE_POINT;

    public int specificity() {
        return ordinal();
    }
}
