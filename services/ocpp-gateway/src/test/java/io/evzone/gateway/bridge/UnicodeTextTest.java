package io.evzone.gateway.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnicodeTextTest {

    @Test
    void halvesOfSurrogatePairsAloneAreNotWellFormedAndAreReplaced() {
        assertThat(UnicodeText.isWellFormed("a\uD800b")).isFalse();
        assertThat(UnicodeText.isWellFormed("a\uDC00")).isFalse();
        assertThat(UnicodeText.isWellFormed("\uD800")).isFalse();
        assertThat(UnicodeText.repaired("a\uD800\uD83D\uDD0Cb\uDC00")).isEqualTo("a\uFFFD\uD83D\uDD0Cb\uFFFD");
    }

    @Test
    void wholePairsAndControlCharactersAreWellFormedText() {
        String plug = "\uD83D\uDD0C";

        assertThat(UnicodeText.isWellFormed(plug + "\u0000x")).isTrue();
        assertThat(UnicodeText.repaired(plug)).isSameAs(plug);
    }

    @Test
    void withoutControlsAlsoReplacesC0AndC1ControlCharacters() {
        assertThat(UnicodeText.withoutControls("N\u0000L\u0007\u001F\u007F\u009F\uD800ok"))
                .isEqualTo("N\uFFFDL\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDok");
        assertThat(UnicodeText.withoutControls("Ñandú-ß")).isEqualTo("Ñandú-ß");
    }
}
