package io.evzone.billing.tariffs.domain;

/**
 * A tariff's lifecycle: edited as a DRAFT, used while ACTIVE, paused while SUSPENDED (activated again
 * to resume), kept for re-pricing once ARCHIVED.
 */
public enum TariffStatus {
    DRAFT,
    ACTIVE,
    SUSPENDED,
    ARCHIVED
}
