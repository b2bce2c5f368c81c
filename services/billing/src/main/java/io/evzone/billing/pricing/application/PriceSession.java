package io.evzone.billing.pricing.application;

import io.evzone.billing.pricing.domain.PricedSession;
import io.evzone.billing.pricing.domain.PricedSessions;
import io.evzone.billing.pricing.domain.SessionPrice;
import io.evzone.billing.pricing.domain.SessionPrices;
import io.evzone.billing.tariffs.domain.PriceBreakdown;
import io.evzone.billing.tariffs.domain.Tariff;
import io.evzone.billing.tariffs.domain.TariffCalculator;
import io.evzone.contracts.Topics;
import io.evzone.contracts.billing.SessionPriced;
import io.evzone.platform.outbox.Outbox;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices a stopped session from what billing knows of it now. The first price is version 1; when a
 * later fact (a corrected stop, a late reading) changes the price, the next version is added and
 * published as a correction. Pricing again to the same result adds nothing, so a session whose
 * events arrive twice is priced once.
 */
@Service
public class PriceSession {

    private static final Logger log = LoggerFactory.getLogger(PriceSession.class);

    private final PricedSessions sessions;
    private final SessionPrices prices;
    private final SessionTariffs tariffs;
    private final Outbox outbox;
    private final Clock clock;

    PriceSession(PricedSessions sessions, SessionPrices prices, SessionTariffs tariffs, Outbox outbox, Clock clock) {
        this.sessions = sessions;
        this.prices = prices;
        this.tariffs = tariffs;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return the new price version, or empty when the session is running, has no tariff, or kept its price */
    @Transactional
    public Optional<SessionPrice> handle(String sessionId) {
        PricedSession session = sessions.byId(sessionId).orElse(null);
        if (session == null || !session.stopped() || session.startedAt() == null) {
            return Optional.empty();
        }
        Optional<Tariff> tariff = tariffs.tariffOf(session);
        if (tariff.isEmpty()) {
            log.info("No tariff in effect for session {} of organization {}", sessionId, session.organizationId());
            return Optional.empty();
        }
        PriceBreakdown breakdown = TariffCalculator.price(
                tariff.get().terms(),
                tariffs.profile(session, session.stoppedAt(), sessions.readings(sessionId), session.energyWh()));
        Optional<SessionPrice> latest = prices.latest(sessionId);
        if (latest.isPresent() && latest.get().sameAs(tariff.get().id(), breakdown)) {
            return Optional.empty();
        }
        SessionPrice price = new SessionPrice(
                sessionId,
                latest.map(p -> p.version() + 1).orElse(1),
                tariff.get().id(),
                breakdown,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        prices.add(price);
        outbox.append(Topics.BILLING_EVENTS, sessionId, priced(session, price));
        return Optional.of(price);
    }

    private static SessionPriced priced(PricedSession session, SessionPrice price) {
        PriceBreakdown b = price.breakdown();
        return new SessionPriced(
                session.sessionId(),
                price.version(),
                session.userId(),
                session.organizationId(),
                session.stationId(),
                session.chargePointId(),
                price.tariffId().toString(),
                b.currency(),
                b.total(),
                b.vat(),
                b.net(),
                b.energyWh(),
                price.pricedAt());
    }
}
