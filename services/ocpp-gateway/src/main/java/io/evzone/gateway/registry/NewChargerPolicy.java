package io.evzone.gateway.registry;

import io.evzone.contracts.charger.ChargerAnswer.BootAnswer;
import io.evzone.contracts.charger.ChargerIdentity;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.contracts.station.UnknownChargerPolicyChanged;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The station's unknown-charger policy as last announced on its events. While it accepts new chargers, the
 * gateway answers a new charger's boot itself and the station records the charger from ChargerBooted: in a
 * boot storm on a cold node, thousands of boots otherwise waited for the station's answer, passed their
 * deadline and were told Pending. Before the first announcement, and for any other policy, boots are asked.
 */
@Component
public class NewChargerPolicy {

    private final AtomicReference<UnknownChargerPolicyChanged> latest = new AtomicReference<>();

    public NewChargerPolicy(MeterRegistry meters) {
        for (String state : List.of("ACCEPTED", "PENDING", "REJECTED", "UNKNOWN")) {
            Gauge.builder("evzone.gateway.new.charger.policy", () -> state.equals(state()) ? 1 : 0)
                    .description("1 for the registration this node gives new chargers (UNKNOWN: not announced yet)")
                    .tag("new_chargers", state)
                    .register(meters);
        }
    }

    private String state() {
        UnknownChargerPolicyChanged policy = latest.get();
        if (policy == null) {
            return "UNKNOWN";
        }
        return policy.newChargers() == null ? "REJECTED" : policy.newChargers().name();
    }

    /** Applies an announcement; an older one than the policy held is ignored. */
    public void apply(UnknownChargerPolicyChanged announced) {
        latest.accumulateAndGet(
                announced, (held, incoming) -> held == null || !incoming.at().isBefore(held.at()) ? incoming : held);
    }

    /** The answer to a boot of a charger the gateway has no record of, when the policy settles it alone. */
    public Optional<BootAnswer> answerFor(String chargePointId) {
        UnknownChargerPolicyChanged policy = latest.get();
        return policy != null
                        && policy.newChargers() == RegistrationStatus.ACCEPTED
                        // The connection accepts more (1.6 chargers use other printable characters): those are asked.
                        && ChargerIdentity.isRecordable(chargePointId)
                ? Optional.of(new BootAnswer(RegistrationStatus.ACCEPTED, policy.heartbeatIntervalSeconds()))
                : Optional.empty();
    }
}
