package io.evzone.station.chargepoints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.contracts.charger.ChargerPasswordHash;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.RegistrationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChargePointTest {

    private static final Instant NOW = Instant.parse("2026-01-10T08:00:00Z");

    @Test
    void ocppIdsMustFitTheConnectionUrl() {
        assertThat(ChargePoint.requireOcppId("CP-001_A.b:1")).isEqualTo("CP-001_A.b:1");
        assertThatThrownBy(() -> ChargePoint.requireOcppId("has/slash")).hasMessageStartingWith("ocppId:");
        assertThatThrownBy(() -> ChargePoint.requireOcppId("x".repeat(49))).hasMessageStartingWith("ocppId:");
        assertThatThrownBy(() -> ChargePoint.requireOcppId("")).hasMessageStartingWith("ocppId:");
    }

    @Test
    void anUnknownChargerIsProvisionedUnassignedOnlineAndWithoutPassword() {
        ChargePoint cp = unknown(RegistrationStatus.PENDING);

        assertThat(cp.isUnassigned()).isTrue();
        assertThat(cp.presence().online()).isTrue();
        assertThat(cp.securityProfile()).isZero();
        assertThat(cp.passwordHash()).isNull();
        assertThat(cp.approve(NOW).registration()).isEqualTo(RegistrationStatus.ACCEPTED);
    }

    @Test
    void aRebootRecordsWhatTheChargerSaysButKeepsItsRegistration() {
        ChargePoint cp = unknown(RegistrationStatus.REJECTED);

        ChargePoint booted =
                cp.booted(new Hardware(null, null, null, "2.0.0"), OcppVersion.V201, NOW.plusSeconds(5), 300);

        assertThat(booted.hardware()).isEqualTo(new Hardware("ABB", "Terra AC", "SN1", "2.0.0"));
        assertThat(booted.ocppVersion()).isEqualTo(OcppVersion.V201);
        assertThat(booted.registration()).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(booted.presence().lastBootAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void aChargerIsSilentAfterMissingTheGivenNumberOfItsOwnHeartbeatIntervals() {
        Presence presence = unknown(RegistrationStatus.ACCEPTED).presence();

        assertThat(presence.isSilent(NOW.plusSeconds(599), 2, Duration.ofSeconds(5)))
                .isFalse();
        assertThat(presence.isSilent(NOW.plusSeconds(601), 2, Duration.ofSeconds(5)))
                .isTrue();
    }

    @Test
    void aLateDisconnectionOfAReplacedConnectionDoesNotTakeTheChargerOffline() {
        ChargePoint cp = unknown(RegistrationStatus.ACCEPTED).connected("node-b", NOW.plusSeconds(10));

        assertThat(cp.disconnected(NOW.plusSeconds(9), null, NOW.plusSeconds(11))
                        .presence()
                        .online())
                .as("a gateway that does not say when the connection opened: the disconnection's own time")
                .isTrue();
        assertThat(cp.disconnected(NOW.plusSeconds(12), null, NOW.plusSeconds(12))
                        .presence()
                        .online())
                .isFalse();
        assertThat(cp.disconnected(NOW.plusSeconds(40), NOW.plusSeconds(2), NOW.plusSeconds(40))
                        .presence()
                        .online())
                .as("the connection node-a held until its ping timeout, found long after node-b took the charger")
                .isTrue();
        assertThat(cp.disconnected(NOW.plusSeconds(40), NOW.plusSeconds(10), NOW.plusSeconds(40))
                        .presence()
                        .online())
                .as("the current connection")
                .isFalse();
    }

    @Test
    void placingAChargerAtAStationOfAnotherOrganizationIsRefused() {
        ChargePoint owned = ChargePoint.provisionedByOperator(
                UUID.randomUUID(),
                "CP-9",
                "org-1",
                null,
                Hardware.UNKNOWN,
                OcppVersion.V16,
                Credentials.issue(1).credentials(),
                NOW);

        assertThatThrownBy(() -> owned.assignTo(UUID.randomUUID(), "org-2", NOW))
                .hasMessageStartingWith("stationId:");
        assertThat(unknown(RegistrationStatus.ACCEPTED)
                        .assignTo(UUID.randomUUID(), "org-2", NOW)
                        .organizationId())
                .isEqualTo("org-2");
    }

    @Test
    void issuedCredentialsStoreOnlyAHashOfTheOneTimePassword() {
        Credentials.Issued issued = Credentials.issue(2);

        assertThat(issued.credentials().passwordHash()).doesNotContain(issued.password());
        assertThat(ChargerPasswordHash.matches(
                        issued.password(), issued.credentials().passwordHash()))
                .isTrue();
        assertThat(Credentials.issue(3).password()).isNull();
        assertThatThrownBy(() -> Credentials.issue(0)).hasMessageStartingWith("authProfile:");
    }

    @Test
    void onlyTheAcceptAndPendingPoliciesCreateRecords() {
        assertThat(UnknownChargerPolicy.ACCEPT.registrationOfNewRecord()).contains(RegistrationStatus.ACCEPTED);
        assertThat(UnknownChargerPolicy.PENDING.registrationOfNewRecord()).contains(RegistrationStatus.PENDING);
        assertThat(UnknownChargerPolicy.REJECT.registrationOfNewRecord()).isEmpty();
    }

    private static ChargePoint unknown(RegistrationStatus registration) {
        return ChargePoint.provisionedOnBoot(
                UUID.randomUUID(),
                "CP-1",
                null,
                new Hardware("ABB", "Terra AC", "SN1", "1.0.0"),
                OcppVersion.V16,
                registration,
                NOW,
                300);
    }
}
