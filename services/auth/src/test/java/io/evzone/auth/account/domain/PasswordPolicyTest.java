package io.evzone.auth.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.auth.shared.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void acceptsALongEnoughUncommonPassword() {
        assertThat(PasswordPolicy.problems("violet-kettle-42", "amina@example.com", "Amina"))
                .isEmpty();
    }

    @Test
    void refusesPasswordsShorterThanEightCharacters() {
        assertThat(PasswordPolicy.problems("k3ttl!")).containsExactly("password: must be at least 8 characters");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(PasswordPolicy.problems("ñandú🙂ñandú")).isEmpty();
    }

    @Test
    void refusesPasswordsLongerThan128Characters() {
        assertThat(PasswordPolicy.problems("x".repeat(60) + "y".repeat(69)))
                .containsExactly("password: must be at most 128 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "Password123", "12345678", "qwertyuiop", "aaaaaaaaaa"})
    void refusesWellKnownAndTrivialPasswords(String password) {
        assertThat(PasswordPolicy.problems(password))
                .contains("password: is too common; choose a less predictable one");
    }

    @Test
    void refusesTheAccountsOwnEmailAddressOrItsLocalPart() {
        assertThat(PasswordPolicy.problems("amina.nakato@example.com", "amina.nakato@example.com"))
                .isNotEmpty();
        assertThat(PasswordPolicy.problems("Amina.Nakato", "amina.nakato@example.com"))
                .containsExactly("password: must not be your email address, phone number or name");
    }

    @Test
    void refusesBlankPasswords() {
        assertThat(PasswordPolicy.problems("   ")).containsExactly("password: must not be blank");
        assertThat(PasswordPolicy.problems(null)).containsExactly("password: must not be blank");
    }

    @Test
    void enforceThrowsTheFirstProblemAsAnInvalidRequest() {
        assertThatThrownBy(() -> PasswordPolicy.enforce("short"))
                .isInstanceOf(DomainException.class)
                .hasMessage("password: must be at least 8 characters")
                .extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.INVALID);
    }
}
