package io.evzone.billing.tariffs.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;
import java.util.Objects;

/**
 * An organization's tariff settings: the currency and VAT rate its new tariffs and the templates
 * start from, and the time zone of its stations whose own zone billing does not know.
 *
 * @param timeZone an IANA zone id, or null for the deployment's default
 */
public record TenantSettings(
        String organizationId, CurrencyCode currency, BigDecimal vatPercent, ZoneId timeZone, Instant updatedAt) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TenantSettings {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(currency, "currency");
        if (vatPercent == null) {
            throw DomainException.invalid("vat: required");
        }
        if (vatPercent.signum() < 0 || vatPercent.compareTo(HUNDRED) > 0) {
            throw DomainException.invalid("vat: a percentage from 0 to 100");
        }
    }

    /** An IANA zone id such as {@code Europe/Paris}; offsets like {@code +03:00} are refused. */
    public static ZoneId ianaZone(String field, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        if (!ZoneRulesProvider.getAvailableZoneIds().contains(id.strip())) {
            throw DomainException.invalid(field + ": not an IANA time zone id such as Africa/Kampala");
        }
        return ZoneId.of(id.strip());
    }
}
