package io.evzone.session.it;

import static io.evzone.contracts.charger.TransactionEventKind.ENDED;
import static io.evzone.contracts.charger.TransactionEventKind.STARTED;
import static io.evzone.session.charging.domain.Transactions.v16;
import static io.evzone.session.charging.domain.Transactions.v201;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.charger.OcppVersion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The gateway hands on an id token that held control characters (a NUL cannot be stored in PostgreSQL text) with
 * U+FFFD in their place: such a transaction is answered and stored whole, like any under an unknown token.
 */
class UnreadableIdTokenIT extends SessionServiceIT {

    private static final String REPLACED = "N\uFFFDL";

    private final String org = unique("org");
    private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);

    @Test
    void anOcpp16SessionUnderAReplacedTokenIsStoredWithItsStop() {
        String cp = charger(org, OcppVersion.V16);
        var answer = askTransaction(v16(cp, STARTED, null, REPLACED, 100L, t0));
        String id = answer.answer().transactionId();

        report(v16(cp, STARTED, id, REPLACED, 100L, t0));
        report(v16(cp, ENDED, id, REPLACED, 900L, t0.plusSeconds(60)));

        await().atMost(WAIT)
                .ignoreExceptions()
                .until(() -> "COMPLETED".equals(session(cp, id).get("status")));
        assertThat(session(cp, id).get("energy_wh")).isEqualTo(800L);
    }

    @Test
    void anOcpp201TransactionUnderAReplacedTokenIsStoredWithItsEnd() {
        String cp = charger(org, OcppVersion.V201);
        askTransaction(v201(cp, STARTED, "TX-REPLACED", 0, REPLACED, 0L, t0));

        report(v201(cp, STARTED, "TX-REPLACED", 0, REPLACED, 0L, t0));
        report(v201(cp, ENDED, "TX-REPLACED", 1, REPLACED, 2_000L, t0.plusSeconds(60)));

        await().atMost(WAIT)
                .ignoreExceptions()
                .until(() -> "COMPLETED".equals(session(cp, "TX-REPLACED").get("status")));
    }
}
