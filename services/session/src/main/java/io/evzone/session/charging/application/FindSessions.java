package io.evzone.session.charging.application;

import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.web.ApiException;
import io.evzone.session.charging.domain.SessionState;
import io.evzone.session.charging.domain.SessionStatus;
import io.evzone.session.metering.application.MeterValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Reads sessions within the caller's scope; a session outside it is "not found". */
@Service
public class FindSessions {

    private static final Duration SUMMARY_MARGIN = Duration.ofHours(1);

    private final SessionQueries queries;
    private final MeterValues meterValues;
    private final Clock clock;

    public FindSessions(SessionQueries queries, MeterValues meterValues, Clock clock) {
        this.queries = queries;
        this.meterValues = meterValues;
        this.clock = clock;
    }

    /**
     * Filters an operator or driver may ask for.
     *
     * @param ocppId the charger's OCPP identity
     */
    public record Criteria(
            String userId,
            String stationId,
            String ocppId,
            SessionStatus status,
            Instant from,
            Instant to,
            int limit,
            int offset) {}

    public record Detail(SessionState session, List<MeterValues.MeasurandSummary> meterValues) {}

    public List<SessionState> list(AccessTokenClaims caller, Criteria c) {
        return queries.find(filter(caller, c, false));
    }

    /** The caller's own sessions, whatever its role. */
    public List<SessionState> mine(AccessTokenClaims caller, Criteria c) {
        return queries.find(filter(caller, c, true));
    }

    public SessionStats stats(AccessTokenClaims caller, Criteria c) {
        return queries.stats(filter(caller, c, false));
    }

    public SessionState get(AccessTokenClaims caller, UUID id) {
        return queries.byId(id)
                .filter(s -> SessionAccess.sees(caller, s))
                .orElseThrow(() -> ApiException.notFound("Session", id));
    }

    public Detail detail(AccessTokenClaims caller, UUID id) {
        SessionState s = get(caller, id);
        Instant from = (s.startedAt() == null ? clock.instant() : s.startedAt()).minus(SUMMARY_MARGIN);
        Instant to = (s.stoppedAt() == null ? clock.instant() : s.stoppedAt()).plus(SUMMARY_MARGIN);
        return new Detail(s, meterValues.summaryOf(id, from, to));
    }

    private static SessionFilter filter(AccessTokenClaims caller, Criteria c, boolean own) {
        return new SessionFilter(
                own ? null : SessionAccess.organizationScope(caller),
                own ? caller.userId() : SessionAccess.ownerScope(caller),
                c.userId(),
                c.stationId(),
                c.ocppId(),
                c.status(),
                c.from(),
                c.to(),
                c.limit(),
                c.offset());
    }
}
