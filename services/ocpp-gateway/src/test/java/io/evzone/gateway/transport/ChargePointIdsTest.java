package io.evzone.gateway.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChargePointIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"CP_001", "a", "cp-1.2", "EVZ*01=+|@:x", "DE*ABC*E123456"})
    void acceptsIdentifierStrings(String id) {
        assertThat(ChargePointIds.isValid(id)).isTrue();
    }

    @Test
    void acceptsAtMost48Characters() {
        assertThat(ChargePointIds.isValid("x".repeat(48))).isTrue();
        assertThat(ChargePointIds.isValid("x".repeat(49))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a b", "a/b", "a\\b", "a?b", "a#b", "a%b", "tab\t", "caf\u00e9", "del\u007f"})
    void refusesWhatWouldBreakAPathACredentialOrALogLine(String id) {
        assertThat(ChargePointIds.isValid(id)).isFalse();
    }

    @Test
    void refusesNull() {
        assertThat(ChargePointIds.isValid(null)).isFalse();
        assertThat(ChargePointIds.decode(null)).isEmpty();
    }

    @Test
    void decodesThePathSegmentOnce() {
        assertThat(ChargePointIds.decode("CP%2D1")).hasValue("CP-1");
        assertThat(ChargePointIds.decode("EVZ%2A01")).hasValue("EVZ*01");
        assertThat(ChargePointIds.decode("CP%252D1")).isEmpty(); // decodes to CP%2D1: '%' is refused
    }

    @Test
    void refusesSegmentsThatDecodeToForbiddenCharactersOrCannotBeDecoded() {
        assertThat(ChargePointIds.decode("a%20b")).isEmpty();
        assertThat(ChargePointIds.decode("a%2Fb")).isEmpty();
        assertThat(ChargePointIds.decode("a%zz")).isEmpty();
        assertThat(ChargePointIds.decode("")).isEmpty();
    }
}
