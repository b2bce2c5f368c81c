package io.evzone.billing.pricing.application;

import io.evzone.billing.pricing.domain.PricedSession;
import io.evzone.billing.pricing.domain.PricedSessions;
import io.evzone.billing.pricing.domain.SessionPrice;
import io.evzone.billing.pricing.domain.SessionPrices;
import io.evzone.billing.tariffs.domain.DomainException;
import io.evzone.billing.tariffs.domain.PriceBreakdown;
import io.evzone.contracts.Permissions;
import io.evzone.platform.security.AccessTokenClaims;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Reads what a session costs: its latest price version once it stopped, its cost so far while it
 * runs. Visible to billing readers of the station owner's organization and to the session's driver.
 */
@Service
public class SessionCosts {

    /**
     * @param status ACTIVE (cost so far) or PRICED
     * @param version the price version, or null while ACTIVE
     * @param asOf when the price was computed, or the reading the cost so far is based on
     */
    public record SessionCost(
            String sessionId, String status, Integer version, UUID tariffId, Instant asOf, PriceBreakdown breakdown) {}

    private final PricedSessions sessions;
    private final SessionPrices prices;
    private final RunningCost runningCost;

    SessionCosts(PricedSessions sessions, SessionPrices prices, RunningCost runningCost) {
        this.sessions = sessions;
        this.prices = prices;
        this.runningCost = runningCost;
    }

    public SessionCost of(String sessionId, AccessTokenClaims caller) {
        PricedSession session = visible(sessionId, caller);
        return prices.latest(sessionId)
                .map(SessionCosts::priced)
                .or(() -> runningCost
                        .of(session)
                        .map(cost -> new SessionCost(
                                sessionId,
                                "ACTIVE",
                                null,
                                cost.tariff().id(),
                                cost.asOf().at(),
                                cost.breakdown())))
                .orElseThrow(() -> DomainException.notFound("price of session", sessionId));
    }

    public List<SessionCost> versions(String sessionId, AccessTokenClaims caller) {
        visible(sessionId, caller);
        return prices.versions(sessionId).stream().map(SessionCosts::priced).toList();
    }

    private PricedSession visible(String sessionId, AccessTokenClaims caller) {
        return sessions.byId(sessionId)
                .filter(s -> caller.isPlatformAdmin()
                        || (caller.can(Permissions.BILLING_READ) || caller.can(Permissions.BILLING_MANAGE))
                                && caller.organizationId() != null
                                && caller.organizationId().equals(s.organizationId())
                        || caller.userId().equals(s.userId()))
                .orElseThrow(() -> DomainException.notFound("session", sessionId));
    }

    private static SessionCost priced(SessionPrice price) {
        return new SessionCost(
                price.sessionId(), "PRICED", price.version(), price.tariffId(), price.pricedAt(), price.breakdown());
    }
}
