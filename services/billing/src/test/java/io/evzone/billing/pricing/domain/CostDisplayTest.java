package io.evzone.billing.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CostDisplayTest {

    static final Instant T0 = Instant.parse("2026-06-01T14:00:00Z");
    static final Duration INTERVAL = Duration.ofSeconds(60);

    @Test
    void theFirstCostIsDueAtOnce() {
        assertThat(display(null, null).due(2360, T0, INTERVAL)).isTrue();
    }

    @Test
    void aChangedCostWaitsForTheIntervalSinceTheLastOneSent() {
        CostDisplay sent = display(2360L, T0);

        assertThat(sent.due(2500, T0.plusSeconds(59), INTERVAL)).isFalse();
        assertThat(sent.due(2500, T0.plusSeconds(60), INTERVAL)).isTrue();
    }

    @Test
    void anUnchangedCostIsNeverSentAgain() {
        assertThat(display(2360L, T0).due(2360, T0.plusSeconds(3600), INTERVAL)).isFalse();
    }

    @Test
    void onlyChargersNewerThanOcpp16ShowCosts() {
        assertThat(CostDisplay.shownBy("2.0.1")).isTrue();
        assertThat(CostDisplay.shownBy("2.1")).isTrue();
        assertThat(CostDisplay.shownBy("1.6")).isFalse();
        assertThat(CostDisplay.shownBy(null)).isFalse();
    }

    private static CostDisplay display(Long lastTotal, Instant lastSentAt) {
        return new CostDisplay("s", "CP-1", "tx-1", "org", lastTotal, lastSentAt);
    }
}
