package io.evzone.billing.pricing.application;

import io.evzone.billing.pricing.domain.PricedSession;
import io.evzone.billing.pricing.domain.PricedSessions;
import io.evzone.billing.tariffs.domain.MeterSample;
import io.evzone.billing.tariffs.domain.PriceBreakdown;
import io.evzone.billing.tariffs.domain.Tariff;
import io.evzone.billing.tariffs.domain.TariffCalculator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The cost so far of a running session, as of its latest reading (chargers of any OCPP version). */
@Service
public class RunningCost {

    /** A running session's cost as of a reading, with the tariff that priced it. */
    public record Cost(Tariff tariff, MeterSample asOf, PriceBreakdown breakdown) {}

    private final PricedSessions sessions;
    private final SessionTariffs tariffs;

    RunningCost(PricedSessions sessions, SessionTariffs tariffs) {
        this.sessions = sessions;
        this.tariffs = tariffs;
    }

    public Optional<Cost> of(PricedSession session) {
        if (session.stopped() || session.startedAt() == null) {
            return Optional.empty();
        }
        List<MeterSample> readings = sessions.readings(session.sessionId());
        MeterSample latest = readings.stream()
                .max(Comparator.comparing(MeterSample::at))
                .filter(r -> !r.at().isBefore(session.startedAt()))
                .orElse(new MeterSample(session.startedAt(), 0));
        return tariffs.tariffOf(session)
                .map(tariff -> new Cost(
                        tariff,
                        latest,
                        TariffCalculator.price(
                                tariff.terms(), tariffs.profile(session, latest.at(), readings, latest.energyWh()))));
    }
}
