package io.evzone.billing.pricing.domain;

import java.util.Optional;

/** Billing's projection of the station registry (repository port). */
public interface BillingStations {

    Optional<BillingStation> byId(String stationId);

    /** Records the station unless a newer fact about it is already known. */
    void record(BillingStation station);

    void remove(String stationId);
}
