package io.evzone.station.chargepoints.application;

import io.evzone.station.chargepoints.config.ChargerProperties;
import io.evzone.station.chargepoints.domain.ProvisioningPolicies;
import io.evzone.station.chargepoints.domain.UnknownChargerPolicy;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unknown-charger policy in force: the one a platform administrator set at run time (kept in the
 * database, so every node agrees), else {@code evzone.station.unknown-charger-policy}.
 */
@Service
public class ProvisioningPolicy {

    private final ProvisioningPolicies policies;
    private final ChargerProperties properties;
    private final ChargerEvents events;
    private final Clock clock;

    public ProvisioningPolicy(
            ProvisioningPolicies policies, ChargerProperties properties, ChargerEvents events, Clock clock) {
        this.policies = policies;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** @param source {@code runtime} when an administrator set it, {@code configuration} otherwise */
    public record InForce(UnknownChargerPolicy policy, String source) {}

    @Transactional(readOnly = true)
    public InForce current() {
        return policies.current()
                .map(p -> new InForce(p, "runtime"))
                .orElseGet(() -> new InForce(properties.unknownChargerPolicy(), "configuration"));
    }

    /** Sets the policy at run time; null returns to the configured one. */
    @Transactional
    public InForce change(UnknownChargerPolicy policy, String changedBy) {
        if (policy == null) {
            policies.clear();
        } else {
            policies.set(policy, changedBy, clock.instant());
        }
        return announce();
    }

    /** Tells the gateway the policy in force (on every start too: the configured one may have changed). */
    @Transactional
    public InForce announce() {
        InForce now = current();
        events.unknownChargerPolicy(now.policy(), clock.instant());
        return now;
    }
}
