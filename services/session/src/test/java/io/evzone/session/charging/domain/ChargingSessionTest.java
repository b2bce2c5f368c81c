package io.evzone.session.charging.domain;

import static io.evzone.contracts.charger.TransactionEventKind.ENDED;
import static io.evzone.contracts.charger.TransactionEventKind.STARTED;
import static io.evzone.contracts.charger.TransactionEventKind.UPDATED;
import static io.evzone.session.charging.domain.Transactions.T0;
import static io.evzone.session.charging.domain.Transactions.energy;
import static io.evzone.session.charging.domain.Transactions.v16;
import static io.evzone.session.charging.domain.Transactions.v201;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.charger.AuthorizationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChargingSessionTest {

    private static final TokenOwner DRIVER = new TokenOwner("user-1", AuthorizationStatus.ACCEPTED);
    private static final ChargerOwner ORG = new ChargerOwner("org-1", null);

    /** Opened when the charger says the message was sent: its clock agrees with the CSMS's. */
    private static ChargingSession open(io.evzone.contracts.charger.TransactionReported m) {
        return open(m, m.timestamp());
    }

    private static ChargingSession open(io.evzone.contracts.charger.TransactionReported m, Instant openedAt) {
        return ChargingSession.open(UUID.randomUUID(), m, m.transactionId(), ORG, DRIVER, openedAt);
    }

    @Test
    void aV16SessionsEnergyIsMeterStopMinusMeterStart() {
        var session = open(v16("cp", STARTED, "7", "TAG", 1_000L, T0));
        session.record(List.of(energy("1.5", "kWh", T0.plusSeconds(60))));
        assertThat(session.state().energyWh()).isEqualTo(500);

        session.apply(v16("cp", ENDED, "7", "TAG", 4_000L, T0.plusSeconds(600)), DRIVER);

        assertThat(session.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(session.state().energyWh()).isEqualTo(3_000);
        assertThat(session.state().userId()).isEqualTo("user-1");
        assertThat(session.pullEvents())
                .containsExactly(
                        new SessionEvent.Started(), new SessionEvent.Metered(), new SessionEvent.Stopped(false));
    }

    @Test
    void aResentStopChangesNothing() {
        var session = open(v16("cp", STARTED, "7", "TAG", 1_000L, T0));
        session.apply(v16("cp", ENDED, "7", "TAG", 4_000L, T0.plusSeconds(600)), DRIVER);
        session.pullEvents();

        boolean applied = session.apply(v16("cp", ENDED, "7", "TAG", 9_000L, T0.plusSeconds(900)), DRIVER);

        assertThat(applied).isFalse();
        assertThat(session.state().meterStopWh()).isEqualTo(4_000L);
        assertThat(session.pullEvents()).isEmpty();
    }

    @Test
    void aV16StopForAnUnknownTransactionIsAFailedSessionThatKeepsItsEnergy() {
        var session = open(v16(
                "cp",
                ENDED,
                "999",
                "TAG",
                5_000L,
                T0.plusSeconds(600),
                new io.evzone.contracts.charger.MeterSample(
                        T0, new java.math.BigDecimal("2000"), null, null, "Wh", "Transaction.Begin", null)));

        assertThat(session.status()).isEqualTo(SessionStatus.FAILED);
        assertThat(session.state().energyWh()).isEqualTo(3_000);
        assertThat(session.state().startedAt()).isEqualTo(T0);
    }

    @Test
    void v201MessagesOutOfOrderMakeOneCompleteSession() {
        var session = open(v201("cp", ENDED, "tx-1", 3, "TAG", 9_000L, T0.plusSeconds(900)));
        session.apply(
                v201(
                        "cp",
                        UPDATED,
                        "tx-1",
                        1,
                        null,
                        null,
                        T0.plusSeconds(60),
                        energy("3000", "Wh", T0.plusSeconds(60))),
                DRIVER);
        session.apply(v201("cp", STARTED, "tx-1", 0, "TAG", 1_000L, T0), DRIVER);

        SessionState s = session.state();
        assertThat(s.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(s.startedAt()).isEqualTo(T0);
        assertThat(s.stoppedAt()).isEqualTo(T0.plusSeconds(900));
        assertThat(s.energyWh()).isEqualTo(8_000);
        assertThat(session.pullEvents()).contains(new SessionEvent.Stopped(true));
    }

    @Test
    void aResentV201MessageWithASeenSeqNoIsIgnored() {
        var session = open(v201("cp", STARTED, "tx-1", 0, "TAG", 1_000L, T0));

        assertThat(session.apply(v201("cp", STARTED, "tx-1", 0, "TAG", 1_000L, T0), DRIVER))
                .isFalse();
        assertThat(session.apply(v201("cp", UPDATED, "tx-1", 1, null, null, T0.plusSeconds(30)), DRIVER))
                .isTrue();
    }

    @Test
    void anUpdateAfterTheEndDoesNotReopenTheSession() {
        var session = open(v201("cp", STARTED, "tx-1", 0, "TAG", 1_000L, T0));
        session.apply(v201("cp", ENDED, "tx-1", 5, null, 2_000L, T0.plusSeconds(600)), DRIVER);

        session.apply(v201("cp", UPDATED, "tx-1", 4, null, null, T0.plusSeconds(500)), DRIVER);

        assertThat(session.status()).isEqualTo(SessionStatus.COMPLETED);
    }

    @Test
    void aRebootClosesTheActiveSessionAndTheChargersLaterStopCorrectsIt() {
        var session = open(v16("cp", STARTED, "7", "TAG", 1_000L, T0));
        session.record(List.of(energy("2500", "Wh", T0.plusSeconds(300))));
        session.pullEvents();

        assertThat(session.closeForReboot(T0.plusSeconds(400))).isTrue();
        assertThat(session.state().stopReason()).isEqualTo(ChargingSession.REBOOT_REASON);
        assertThat(session.state().energyWh()).isEqualTo(1_500);
        assertThat(session.pullEvents()).containsExactly(new SessionEvent.Stopped(false));

        session.apply(v16("cp", ENDED, "7", "TAG", 2_600L, T0.plusSeconds(350)), DRIVER);

        assertThat(session.state().energyWh()).isEqualTo(1_600);
        assertThat(session.state().closedByCsms()).isFalse();
        assertThat(session.pullEvents()).containsExactly(new SessionEvent.Stopped(true));
    }

    @Test
    void aRebootDoesNotCloseAV16SessionTheCsmsOpenedAfterItEvenWhenTheChargersClockIsBehind() {
        var session = open(v16("cp", STARTED, "7", "TAG", 1_000L, T0.minusSeconds(600)), T0.plusSeconds(1));

        assertThat(session.closeForReboot(T0)).isFalse();
        assertThat(session.status()).isEqualTo(SessionStatus.ACTIVE);
    }

    @Test
    void aRebootClosesAV16SessionOpenedBeforeItEvenWhenTheChargersClockRunsAhead() {
        var session = open(v16("cp", STARTED, "7", "TAG", 1_000L, T0.plusSeconds(600)), T0);

        assertThat(session.closeForReboot(T0.plusSeconds(60))).isTrue();
        assertThat(session.state().stopReason()).isEqualTo(ChargingSession.REBOOT_REASON);
    }

    @Test
    void aRebootClosesAnActiveV201SessionWhateverTheClocksSayForItsEventsCameBeforeTheBoot() {
        var session = open(v201("cp", STARTED, "tx-1", 0, "TAG", 1_000L, T0.plusSeconds(600)), T0.plusSeconds(120));

        assertThat(session.closeForReboot(T0.plusSeconds(60))).isTrue();
        assertThat(session.status()).isEqualTo(SessionStatus.COMPLETED);
    }

    @Test
    void theStartKeyIdentifiesAResentV16StartTransaction() {
        var first = v16("cp", STARTED, null, "tag", 1_000L, T0);
        var again = v16("cp", STARTED, null, "TAG", 1_000L, T0);
        var other = v16("cp", STARTED, null, "TAG", 1_001L, T0);

        assertThat(ChargingSession.startKeyOf(first)).isEqualTo(ChargingSession.startKeyOf(again));
        assertThat(ChargingSession.startKeyOf(first)).isNotEqualTo(ChargingSession.startKeyOf(other));
    }

    @Test
    void progressIsDueOncePerInterval() {
        var session = open(v16("cp", STARTED, "7", "TAG", 1_000L, T0));
        assertThat(session.updateDue(T0, Duration.ofSeconds(30))).isTrue();
        session.updatePublished(T0);

        assertThat(session.updateDue(T0.plusSeconds(10), Duration.ofSeconds(30)))
                .isFalse();
        assertThat(session.updateDue(T0.plusSeconds(30), Duration.ofSeconds(30)))
                .isTrue();
    }
}
