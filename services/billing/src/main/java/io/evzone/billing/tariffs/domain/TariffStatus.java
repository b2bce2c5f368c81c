package io.evzone.billing.tariffs.domain;

/** A tariff's lifecycle: edited as a DRAFT, used while ACTIVE, kept for re-pricing once ARCHIVED. */
public enum TariffStatus {
    DRAFT,
    ACTIVE,
    ARCHIVED
}
