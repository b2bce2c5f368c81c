package io.evzone.session.it;

import static io.evzone.contracts.charger.TransactionEventKind.ENDED;
import static io.evzone.contracts.charger.TransactionEventKind.STARTED;
import static io.evzone.contracts.charger.TransactionEventKind.UPDATED;
import static io.evzone.session.charging.domain.Transactions.energy;
import static io.evzone.session.charging.domain.Transactions.power;
import static io.evzone.session.charging.domain.Transactions.v201;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.charger.AuthorizationStatus;
import io.evzone.contracts.charger.OcppVersion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class Ocpp201SessionIT extends SessionServiceIT {

    private final String org = unique("org");
    private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600);

    @Test
    void aFullTransactionEventSequenceGivesTheRightEnergy() {
        String cp = charger(org, OcppVersion.V201);
        String tag = idToken(org, "driver-201", "ACTIVE", null);
        String tx = unique("tx");
        var started = v201(cp, STARTED, tx, 0, tag, 20_000L, t0, energy("20", "kWh", t0));

        var answer = askTransaction(started).answer();
        report(started);
        report(v201(
                cp,
                UPDATED,
                tx,
                1,
                null,
                null,
                t0.plusSeconds(300),
                energy("22.5", "kWh", t0.plusSeconds(300)),
                power("11000", "W", t0.plusSeconds(300))));
        await().atMost(WAIT).until(() -> ((Number) session(cp, tx).get("energy_wh")).longValue() == 2_500);
        report(v201(cp, ENDED, tx, 2, null, 25_000L, t0.plusSeconds(600), energy("25", "kWh", t0.plusSeconds(600))));

        assertThat(answer.transactionId()).isNull();
        assertThat(answer.authorization().status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        await().atMost(WAIT).until(() -> "COMPLETED".equals(session(cp, tx).get("status")));
        assertThat(session(cp, tx).get("energy_wh")).isEqualTo(5_000L);
        assertThat(session(cp, tx).get("user_id")).isEqualTo("driver-201");
        assertThat(sessionsOn(cp)).isEqualTo(1);
    }

    @Test
    void transactionEventsOutOfOrderAndResentMakeOneSessionWithoutLostEnergy() {
        String cp = charger(org, OcppVersion.V201);
        String tag = idToken(org, "driver-ooo", "ACTIVE", null);
        String tx = unique("tx");

        report(v201(cp, ENDED, tx, 3, null, 9_000L, t0.plusSeconds(900)));
        report(v201(cp, UPDATED, tx, 2, null, null, t0.plusSeconds(600), energy("7000", "Wh", t0.plusSeconds(600))));
        report(v201(cp, UPDATED, tx, 1, tag, null, t0.plusSeconds(300), energy("4000", "Wh", t0.plusSeconds(300))));
        report(v201(cp, STARTED, tx, 0, tag, 1_000L, t0));
        report(v201(cp, UPDATED, tx, 1, tag, null, t0.plusSeconds(300), energy("4000", "Wh", t0.plusSeconds(300))));

        await().atMost(WAIT)
                .until(() -> sessionsOn(cp) == 1
                        && session(cp, tx).get("meter_start_wh") != null
                        && ((Number) session(cp, tx).get("energy_wh")).longValue() == 8_000);
        var s = session(cp, tx);
        assertThat(s.get("status")).isEqualTo("COMPLETED");
        assertThat(s.get("id_tag")).isEqualTo(tag);
        assertThat(((java.sql.Timestamp) s.get("started_at")).toInstant()).isEqualTo(t0);
        assertThat(((java.sql.Timestamp) s.get("stopped_at")).toInstant()).isEqualTo(t0.plusSeconds(900));
        assertThat(jdbc.sql("SELECT count(*) FROM meter_value WHERE charge_point_id = :cp")
                        .param("cp", cp)
                        .query(Integer.class)
                        .single())
                .as("the resent Updated's sample is stored once")
                .isEqualTo(2);
    }

    @Test
    void aTokenAlreadyInThisTransactionIsNotConcurrentWithItself() {
        String cp = charger(org, OcppVersion.V201);
        String tag = idToken(org, "driver-self", "ACTIVE", null);
        String tx = unique("tx");
        report(v201(cp, STARTED, tx, 0, tag, 0L, t0));
        await().atMost(WAIT).until(() -> sessionsOn(cp) == 1);

        var answer = askTransaction(v201(cp, UPDATED, tx, 1, tag, null, t0.plusSeconds(10)))
                .answer();

        assertThat(answer.authorization().status()).isEqualTo(AuthorizationStatus.ACCEPTED);
    }
}
