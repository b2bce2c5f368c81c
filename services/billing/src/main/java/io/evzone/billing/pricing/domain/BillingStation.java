package io.evzone.billing.pricing.domain;

import java.time.Instant;

/** A station as billing needs it to choose a tariff: its organization and site. */
public record BillingStation(String stationId, String organizationId, String siteId, Instant changedAt) {}
