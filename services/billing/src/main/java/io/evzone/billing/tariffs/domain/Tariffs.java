package io.evzone.billing.tariffs.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tariffs of all organizations (repository port). */
public interface Tariffs {

    Optional<Tariff> byId(UUID id, OrganizationScope scope);

    List<Tariff> list(OrganizationScope scope, TariffStatus status, int limit, int offset);

    /** ACTIVE and ARCHIVED tariffs of the organization: those that can price its sessions. */
    List<Tariff> inUse(String organizationId);

    void add(Tariff tariff);

    void update(Tariff tariff);

    void delete(UUID id);
}
