package io.evzone.billing.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PricedSessionTest {

    static final Instant START = Instant.parse("2026-06-01T14:00:00Z");
    static final Instant STOP = START.plusSeconds(3600);

    final PricedSession unknown = new PricedSession("s", "CP", null, null, null, null, null, null, null, false);

    @Test
    void aStopArrivingBeforeTheStartKeepsItsEndWhenTheStartArrives() {
        PricedSession merged = unknown.mergedWith(stop(STOP, 5_000L, false)).mergedWith(start());

        assertThat(merged.stoppedAt()).isEqualTo(STOP);
        assertThat(merged.energyWh()).isEqualTo(5_000L);
        assertThat(merged.organizationId()).isEqualTo("org");
    }

    @Test
    void aCorrectionReplacesTheStopAndALateOriginalDoesNotUndoIt() {
        PricedSession corrected = unknown.mergedWith(start())
                .mergedWith(stop(STOP, 5_000L, false))
                .mergedWith(stop(STOP.plusSeconds(600), 6_000L, true))
                .mergedWith(stop(STOP, 5_000L, false));

        assertThat(corrected.stoppedAt()).isEqualTo(STOP.plusSeconds(600));
        assertThat(corrected.energyWh()).isEqualTo(6_000L);
        assertThat(corrected.corrected()).isTrue();
    }

    private static PricedSession start() {
        return new PricedSession("s", "CP", "1", "org", "st", "u", START, null, null, false);
    }

    private static PricedSession stop(Instant at, Long wh, boolean correction) {
        return new PricedSession("s", "CP", "1", "org", "st", "u", START, at, wh, correction);
    }
}
