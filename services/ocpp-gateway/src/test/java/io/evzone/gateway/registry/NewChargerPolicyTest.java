package io.evzone.gateway.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.charger.ChargerAnswer.BootAnswer;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.contracts.station.UnknownChargerPolicyChanged;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewChargerPolicyTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final NewChargerPolicy policy = new NewChargerPolicy(meters);

    private static UnknownChargerPolicyChanged announced(RegistrationStatus newChargers, Instant at) {
        return new UnknownChargerPolicyChanged(newChargers, 300, at);
    }

    private double gauge(String state) {
        return meters.get("evzone.gateway.new.charger.policy")
                .tag("new_chargers", state)
                .gauge()
                .value();
    }

    @Test
    void beforeTheStationAnnouncedItsPolicyEveryBootIsAsked() {
        assertThat(policy.answerFor("CP-1")).isEmpty();
        assertThat(gauge("UNKNOWN")).isEqualTo(1.0);
    }

    @Test
    void whileNewChargersAreAcceptedTheGatewayAnswersWithTheAnnouncedInterval() {
        policy.apply(announced(RegistrationStatus.ACCEPTED, T0));

        assertThat(policy.answerFor("CP-1")).contains(new BootAnswer(RegistrationStatus.ACCEPTED, 300));
        assertThat(gauge("ACCEPTED")).isEqualTo(1.0);
        assertThat(gauge("UNKNOWN")).isZero();
    }

    @Test
    void pendingAndRejectingPoliciesLeaveTheAnswerToTheStation() {
        policy.apply(announced(RegistrationStatus.PENDING, T0));
        assertThat(policy.answerFor("CP-1")).isEmpty();
        assertThat(gauge("PENDING")).isEqualTo(1.0);

        policy.apply(announced(null, T0.plusSeconds(1)));
        assertThat(policy.answerFor("CP-1")).isEmpty();
        assertThat(gauge("REJECTED")).isEqualTo(1.0);
    }

    @Test
    void anIdentityTheStationCannotRecordIsAskedAbout() {
        policy.apply(announced(RegistrationStatus.ACCEPTED, T0));

        assertThat(policy.answerFor("CP 1")).isEmpty();
        assertThat(policy.answerFor("CP~1")).isEmpty();
        assertThat(policy.answerFor("X".repeat(49))).isEmpty();
        assertThat(policy.answerFor("CP*1_=:+|@.-")).isPresent();
    }

    @Test
    void anOlderAnnouncementReadLaterDoesNotUndoANewerOne() {
        policy.apply(announced(RegistrationStatus.PENDING, T0.plusSeconds(5)));
        policy.apply(announced(RegistrationStatus.ACCEPTED, T0));

        assertThat(policy.answerFor("CP-1")).isEmpty();
        assertThat(gauge("PENDING")).isEqualTo(1.0);
    }
}
