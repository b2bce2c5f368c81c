package io.evzone.contracts.charger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChargerIdentityTest {

    @Test
    void identifierStringsOfOneTo48CharactersAreRecordable() {
        assertThat(ChargerIdentity.isRecordable("CP*1_=:+|@.-")).isTrue();
        assertThat(ChargerIdentity.isRecordable("X".repeat(48))).isTrue();
    }

    @Test
    void otherCharactersEmptyOverlongAndMissingIdsAreNot() {
        assertThat(ChargerIdentity.isRecordable("CP 1")).isFalse();
        assertThat(ChargerIdentity.isRecordable("CP~1")).isFalse();
        assertThat(ChargerIdentity.isRecordable("")).isFalse();
        assertThat(ChargerIdentity.isRecordable("X".repeat(49))).isFalse();
        assertThat(ChargerIdentity.isRecordable(null)).isFalse();
    }

    @Test
    void identitiesThatDifferOnlyInCaseNameOneCharger() {
        assertThat(ChargerIdentity.fold("CP-Alpha_1")).isEqualTo("cp-alpha_1");
        assertThat(ChargerIdentity.same("CP-ALPHA", "cp-alpha")).isTrue();
        assertThat(ChargerIdentity.same("CP-ALPHA", "CP-ALPHB")).isFalse();
        assertThat(ChargerIdentity.same(null, "cp")).isFalse();
    }
}
