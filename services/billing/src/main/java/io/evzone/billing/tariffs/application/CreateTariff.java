package io.evzone.billing.tariffs.application;

import io.evzone.billing.tariffs.domain.OrganizationScope;
import io.evzone.billing.tariffs.domain.Tariff;
import io.evzone.billing.tariffs.domain.TariffDetails;
import io.evzone.billing.tariffs.domain.Tariffs;
import io.evzone.contracts.TimeOrderedIds;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates a tariff as a DRAFT of the caller's organization. */
@Service
public class CreateTariff {

    private final Tariffs tariffs;
    private final Clock clock;

    public CreateTariff(Tariffs tariffs, Clock clock) {
        this.tariffs = tariffs;
        this.clock = clock;
    }

    @Transactional
    public Tariff handle(TariffDetails details, String requestedOrganization, OrganizationScope scope) {
        Tariff tariff = Tariff.draft(TimeOrderedIds.next(), scope.owner(requestedOrganization), details, now());
        tariffs.add(tariff);
        return tariff;
    }

    /** Now, to the microsecond PostgreSQL keeps, so an answer shows the times a later read returns. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
