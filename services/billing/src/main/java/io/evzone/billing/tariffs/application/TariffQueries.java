package io.evzone.billing.tariffs.application;

import io.evzone.billing.tariffs.domain.DomainException;
import io.evzone.billing.tariffs.domain.OrganizationScope;
import io.evzone.billing.tariffs.domain.Tariff;
import io.evzone.billing.tariffs.domain.TariffStatus;
import io.evzone.billing.tariffs.domain.Tariffs;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Reads tariffs within the caller's organization scope. */
@Service
public class TariffQueries {

    private final Tariffs tariffs;

    public TariffQueries(Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    public Tariff get(UUID id, OrganizationScope scope) {
        return tariffs.byId(id, scope).orElseThrow(() -> DomainException.notFound("tariff", id));
    }

    public List<Tariff> list(OrganizationScope scope, TariffStatus status, int limit, int offset) {
        return tariffs.list(scope, status, limit, offset);
    }
}
