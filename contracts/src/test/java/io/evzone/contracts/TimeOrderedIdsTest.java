package io.evzone.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void isAVersion7UuidCarryingItsMillisecond() {
        UUID id = TimeOrderedIds.at(0x0190_1234_5678L, -1L, -1L);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(0x0190_1234_5678L);
        assertThat(id.toString()).startsWith("01901234-5678-7fff-bfff-");
    }

    @Test
    void idsOfLaterMillisecondsSortAfterEarlierOnes() {
        UUID earlier = TimeOrderedIds.at(1_700_000_000_000L, -1L, -1L);
        UUID later = TimeOrderedIds.at(1_700_000_000_001L, 0L, 0L);

        assertThat(later.toString()).isGreaterThan(earlier.toString());
    }

    @Test
    void aBurstWithinOneMillisecondStaysUnique() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(TimeOrderedIds.next());
        }
        assertThat(ids).hasSize(100_000);
    }
}
