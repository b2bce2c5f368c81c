package io.evzone.billing.pricing.domain;

import java.util.List;
import java.util.Optional;

/** The price versions of sessions (repository port); versions are only ever added. */
public interface SessionPrices {

    Optional<SessionPrice> latest(String sessionId);

    List<SessionPrice> versions(String sessionId);

    void add(SessionPrice price);
}
