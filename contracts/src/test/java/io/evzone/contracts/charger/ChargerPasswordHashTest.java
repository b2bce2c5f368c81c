package io.evzone.contracts.charger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChargerPasswordHashTest {

    @Test
    void aHashMatchesItsPasswordOnly() {
        String password = ChargerPasswordHash.newPassword();
        String stored = ChargerPasswordHash.hash(password);

        assertThat(ChargerPasswordHash.matches(password, stored)).isTrue();
        assertThat(ChargerPasswordHash.matches(password + "x", stored)).isFalse();
        assertThat(stored).doesNotContain(password).startsWith("sha256$");
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(ChargerPasswordHash.hash("same")).isNotEqualTo(ChargerPasswordHash.hash("same"));
    }

    @Test
    void generatedPasswordsFitOcppLimits() {
        assertThat(ChargerPasswordHash.newPassword()).hasSize(32).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        assertThat(ChargerPasswordHash.matches("p", "plain")).isFalse();
        assertThat(ChargerPasswordHash.matches("p", null)).isFalse();
    }
}
