package io.evzone.station.chargepoints.domain;

import io.evzone.station.shared.domain.OrganizationScope;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Repository port of charge points. */
public interface ChargePoints {

    /** Within the scope: a charge point outside it does not exist for the caller. */
    Optional<ChargePoint> byId(UUID id, OrganizationScope scope);

    /** OCPP identities are compared ignoring case ({@code ChargerIdentity}), here and in every lookup below. */
    Optional<ChargePoint> byOcppId(String ocppId, OrganizationScope scope);

    /** Whoever owns it, locked for update until the transaction ends: for messages from the charger. */
    Optional<ChargePoint> lockByOcppId(String ocppId);

    /**
     * Those of the OCPP identities that exist, whoever owns them, locked like {@link #lockByOcppId}; by folded OCPP id
     * ({@code ChargerIdentity.fold}).
     */
    Map<String, ChargePoint> lockByOcppIds(Collection<String> ocppIds);

    /** By OCPP identity. */
    List<ChargePoint> list(ChargePointFilter filter);

    /**
     * @throws io.evzone.station.shared.domain.DomainException a conflict when the OCPP identity is taken, in any case
     */
    void add(ChargePoint chargePoint);

    /** @throws io.evzone.station.shared.domain.DomainException a conflict when one's OCPP identity is taken */
    void addAll(Collection<ChargePoint> chargePoints);

    void update(ChargePoint chargePoint);

    void updateAll(Collection<ChargePoint> chargePoints);

    void delete(ChargePoint chargePoint);

    /**
     * Online chargers silent for more than {@code missed} of their heartbeat intervals at {@code now}
     * ({@code defaultInterval} for those never told one), locked, skipping ones locked elsewhere.
     */
    List<ChargePoint> lockSilent(Instant now, int missed, Duration defaultInterval, int limit);
}
