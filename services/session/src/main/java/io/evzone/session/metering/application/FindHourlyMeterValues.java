package io.evzone.session.metering.application;

import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.web.ApiException;
import io.evzone.session.chargers.application.Chargers;
import io.evzone.session.chargers.application.KnownCharger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A charge point's hourly meter values for its operators (a platform admin sees every charger's);
 * another organization's charger is "not found". The organization is the one owning the charger now.
 */
@Service
public class FindHourlyMeterValues {

    static final Duration DEFAULT_RANGE = Duration.ofDays(1);
    static final Duration MAX_RANGE = Duration.ofDays(31);

    private final HourlyRollups rollups;
    private final Chargers chargers;
    private final Clock clock;

    public FindHourlyMeterValues(HourlyRollups rollups, Chargers chargers, Clock clock) {
        this.rollups = rollups;
        this.chargers = chargers;
        this.clock = clock;
    }

    /**
     * @param from hours starting at or after; default: a day before {@code to}
     * @param to hours starting before; default: now
     */
    public record Request(
            String chargePointId, Instant from, Instant to, String measurand, Integer evseId, int limit, int offset) {}

    public List<HourlyMeterValue> handle(AccessTokenClaims caller, Request r) {
        Instant to = r.to() == null ? clock.instant() : r.to();
        Instant from = r.from() == null ? to.minus(DEFAULT_RANGE) : r.from();
        if (!from.isBefore(to)) {
            throw ApiException.badRequest("from: must be before to");
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw ApiException.badRequest("to: at most 31 days after from");
        }
        if (!caller.isPlatformAdmin() && !operates(caller, r.chargePointId())) {
            throw ApiException.notFound("Charge point", r.chargePointId());
        }
        return rollups.series(
                new HourlySeriesQuery(r.chargePointId(), from, to, r.measurand(), r.evseId(), r.limit(), r.offset()));
    }

    private boolean operates(AccessTokenClaims caller, String chargePointId) {
        return caller.organizationId() != null
                && chargers.find(chargePointId)
                        .map(KnownCharger::organizationId)
                        .filter(caller.organizationId()::equals)
                        .isPresent();
    }
}
