package io.evzone.billing.tariffs.application;

import io.evzone.billing.config.BillingProperties;
import io.evzone.billing.tariffs.domain.CurrencyCode;
import io.evzone.billing.tariffs.domain.OrganizationScope;
import io.evzone.billing.tariffs.domain.TariffTemplate;
import io.evzone.billing.tariffs.domain.TariffTemplates;
import io.evzone.billing.tariffs.domain.TenantSettings;
import io.evzone.billing.tariffs.domain.Tenants;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's tariff settings (the deployment's defaults until it stores its own) and the
 * templates priced in them.
 */
@Service
public class TenantTariffSettings {

    private final Tenants tenants;
    private final BillingProperties properties;
    private final Clock clock;

    public TenantTariffSettings(Tenants tenants, BillingProperties properties, Clock clock) {
        this.tenants = tenants;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a change sets; a null member keeps the current value. */
    public record Change(String currency, BigDecimal vatPercent, String timeZone) {}

    public TenantSettings of(String requestedOrganization, OrganizationScope scope) {
        String organization = scope.owner(requestedOrganization);
        return tenants.settingsOf(organization).orElseGet(() -> defaults(organization));
    }

    @Transactional
    public TenantSettings change(String requestedOrganization, OrganizationScope scope, Change change) {
        TenantSettings current = of(requestedOrganization, scope);
        TenantSettings changed = new TenantSettings(
                current.organizationId(),
                change.currency() == null ? current.currency() : CurrencyCode.of("currency", change.currency()),
                change.vatPercent() == null ? current.vatPercent() : change.vatPercent(),
                change.timeZone() == null ? current.timeZone() : TenantSettings.ianaZone("timeZone", change.timeZone()),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        tenants.save(changed);
        return changed;
    }

    public List<TariffTemplate> templates(String currency, String requestedOrganization, OrganizationScope scope) {
        TenantSettings settings = of(requestedOrganization, scope);
        CurrencyCode code = currency == null ? settings.currency() : CurrencyCode.of("currency", currency);
        return TariffTemplates.all(code, settings.vatPercent());
    }

    private TenantSettings defaults(String organization) {
        return new TenantSettings(
                organization,
                CurrencyCode.of("currency", properties.defaultCurrency()),
                properties.defaultVatPercent(),
                null,
                null);
    }
}
