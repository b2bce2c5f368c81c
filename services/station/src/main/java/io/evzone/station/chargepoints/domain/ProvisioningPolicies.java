package io.evzone.station.chargepoints.domain;

import java.time.Instant;
import java.util.Optional;

/** Repository port of the unknown-charger policy an administrator set at run time. */
public interface ProvisioningPolicies {

    /** The policy set at run time, or empty when the configured one applies. */
    Optional<UnknownChargerPolicy> current();

    void set(UnknownChargerPolicy policy, String changedBy, Instant at);

    /** Back to the configured policy. */
    void clear();
}
