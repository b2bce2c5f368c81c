package io.evzone.billing.tariffs.domain;

import java.util.Optional;

/** The tariff settings of each organization that stored some. */
public interface Tenants {

    Optional<TenantSettings> settingsOf(String organizationId);

    void save(TenantSettings settings);
}
