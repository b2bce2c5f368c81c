package io.evzone.billing.tariffs.domain;

/** A ready-made tariff to start from: its terms with placeholder prices in the tenant's currency. */
public record TariffTemplate(String key, String name, String description, TariffTerms terms) {}
