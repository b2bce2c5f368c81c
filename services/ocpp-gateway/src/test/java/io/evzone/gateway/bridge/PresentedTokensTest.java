package io.evzone.gateway.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.charger.IdToken;
import org.junit.jupiter.api.Test;

class PresentedTokensTest {

    @Test
    void aTokenWithAControlCharacterIsStoredWithU00fffdAndIsNotUsable() {
        IdToken token = PresentedTokens.ofIdTag("N\u0000L");

        assertThat(token.value()).isEqualTo("N\uFFFDL");
        assertThat(PresentedTokens.isUsable(token)).isFalse();
        assertThat(PresentedTokens.isUsable(PresentedTokens.of("\uD800", "ISO14443")))
                .isFalse();
    }

    @Test
    void printableTokensAndNoTokenAreUsable() {
        assertThat(PresentedTokens.ofIdTag("04A2B3C4D5")).isEqualTo(new IdToken("04A2B3C4D5", "ISO14443"));
        assertThat(PresentedTokens.isUsable(PresentedTokens.of("Ñandú-ß", "KeyCode")))
                .isTrue();
        assertThat(PresentedTokens.ofIdTag(null)).isNull();
        assertThat(PresentedTokens.isUsable(null)).isTrue();
    }
}
