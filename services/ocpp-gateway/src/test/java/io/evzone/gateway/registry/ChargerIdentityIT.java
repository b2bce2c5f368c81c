package io.evzone.gateway.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.contracts.charger.ChargerPasswordHash;
import io.evzone.contracts.charger.ChargerRegistered;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.gateway.support.RawCharger;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One identity, whatever its spelling: a second spelling of a registered charger (which the station no longer
 * lets anyone register, but older data or events read out of order may still bring) neither takes the charger's
 * credentials nor, when deleted, leaves the charger connectable without them.
 */
class ChargerIdentityIT extends GatewayIntegrationTest {

    private static final String BOOT = """
            [2,"boot-id","BootNotification",{"chargePointVendor":"EVZone","chargePointModel":"Twin"}]""";

    @Autowired
    JdbcClient jdbc;

    private static ChargerRegistered registration(String id, String organization, String password, boolean deleted) {
        return new ChargerRegistered(
                id,
                organization,
                OcppVersion.V16,
                1,
                password == null ? null : ChargerPasswordHash.hash(password),
                RegistrationStatus.ACCEPTED,
                deleted,
                Instant.now(),
                300);
    }

    private static int refusal(Runnable connect) {
        RawCharger.HandshakeRefused[] refused = new RawCharger.HandshakeRefused[1];
        assertThatThrownBy(connect::run).isInstanceOfSatisfying(RawCharger.HandshakeRefused.class, e -> refused[0] = e);
        return refused[0].status;
    }

    @Test
    void aTwinSpellingNeitherTakesTheChargersCredentialsNorStripsThemWhenDeleted() {
        register(registration("Twin-Own", "org-a", "own secret", false));
        records.apply(registration("twin-own", "org-b", "twin secret", false));

        assertThat(refusal(() -> RawCharger.connectWithPassword(ws("twin-own"), "twin secret", "ocpp1.6")))
                .isEqualTo(401);
        try (RawCharger own = RawCharger.connectWithPassword(ws("TWIN-OWN"), "own secret", "ocpp1.6")) {
            own.send(BOOT);
            assertThat(own.answerTo("boot-id")).contains("Accepted");
            // Events name the charger as the station registered it, not as it spelled its URL.
            events.await("Twin-Own", "ChargerBooted");
        }

        records.apply(registration("twin-own", "org-b", null, true));

        assertThat(refusal(() -> RawCharger.connect(ws("Twin-Own"), "ocpp1.6"))).isEqualTo(401);
        assertThat(records.find("TWIN-OWN").orElseThrow().organizationId()).isEqualTo("org-a");
        assertThat(new ChargerRecords(jdbc).find("twin-own").orElseThrow().organizationId())
                .as("after a restart too")
                .isEqualTo("org-a");
    }

    @Test
    void aReRegistrationUnderAnotherSpellingTakesOverWhenTheOldSpellingsDeleteArrivesLate() {
        register(registration("Late-Delete", "org-a", "old secret", false));
        records.apply(registration("LATE-DELETE", "org-a", "new secret", false));

        records.apply(registration("Late-Delete", "org-a", null, true));

        assertThat(records.find("late-delete").orElseThrow().chargePointId()).isEqualTo("LATE-DELETE");
        try (RawCharger charger = RawCharger.connectWithPassword(ws("LATE-DELETE"), "new secret", "ocpp1.6")) {
            charger.send(BOOT);
            assertThat(charger.answerTo("boot-id")).contains("Accepted");
        }
    }
}
