package io.evzone.billing.pricing.domain;

import io.evzone.billing.tariffs.domain.MeterSample;
import java.util.List;
import java.util.Optional;

/** Sessions billing knows of and their meter readings (repository port). */
public interface PricedSessions {

    Optional<PricedSession> byId(String sessionId);

    /** Stores the session, locking its row until the transaction ends, so concurrent reports merge in turn. */
    PricedSession merge(PricedSession report);

    /** Adds a reading of the energy delivered since the start; a reading already known is ignored. */
    void addReading(String sessionId, MeterSample reading);

    List<MeterSample> readings(String sessionId);
}
