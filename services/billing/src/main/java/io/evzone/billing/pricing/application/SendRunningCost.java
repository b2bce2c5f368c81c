package io.evzone.billing.pricing.application;

import io.evzone.billing.config.BillingProperties;
import io.evzone.billing.pricing.domain.CostDisplay;
import io.evzone.billing.pricing.domain.CostDisplays;
import io.evzone.billing.pricing.domain.PricedSession;
import io.evzone.contracts.charger.command.CostUpdated;
import io.evzone.platform.commands.IssueCommand;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Sends a running session's cost to its charger when the charger shows costs (OCPP 2.0.1 CostUpdated,
 * through the platform's command path), at most once per {@code evzone.billing.cost-update-interval}
 * per session and only when the cost changed. Runs in the transaction that priced the reading.
 */
@Component
class SendRunningCost {

    static final String REQUESTED_BY = "billing";

    private final CostDisplays displays;
    private final IssueCommand issue;
    private final BillingProperties properties;
    private final Clock clock;

    SendRunningCost(CostDisplays displays, IssueCommand issue, BillingProperties properties, Clock clock) {
        this.displays = displays;
        this.issue = issue;
        this.properties = properties;
        this.clock = clock;
    }

    void started(PricedSession session, String ocppVersion) {
        if (CostDisplay.shownBy(ocppVersion) && !session.stopped()) {
            displays.register(new CostDisplay(
                    session.sessionId(),
                    session.chargePointId(),
                    session.transactionId(),
                    session.organizationId(),
                    null,
                    null));
        }
    }

    void offer(PricedSession session, RunningCost.Cost cost) {
        long total = cost.breakdown().total();
        var now = clock.instant();
        displays.lock(session.sessionId())
                .filter(display -> display.due(total, now, properties.costUpdateInterval()))
                .ifPresent(display -> {
                    issue.handle(new IssueCommand.Request(
                            display.ocppId(),
                            display.organizationId(),
                            session.sessionId(),
                            new CostUpdated(
                                    display.transactionId(),
                                    total,
                                    cost.breakdown().currency()),
                            REQUESTED_BY));
                    displays.sent(session.sessionId(), total, now);
                });
    }

    void stopped(String sessionId) {
        displays.forget(sessionId);
    }
}
