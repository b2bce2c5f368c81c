package io.evzone.auth.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class Argon2PasswordHasherTest {

    private static final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void hashesWithArgon2idAtOwaspParameters() {
        String hash = hasher.hash("violet-kettle-42");

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.matches("violet-kettle-42", hash)).isTrue();
        assertThat(hasher.matches("violet-kettle-43", hash)).isFalse();
        assertThat(hasher.needsRehash(hash)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(hasher.hash("violet-kettle-42")).isNotEqualTo(hasher.hash("violet-kettle-42"));
    }

    @Test
    void acceptsImportedBcryptHashesAndAsksToReplaceThem() {
        String legacy = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("violet-kettle-42");

        assertThat(hasher.matches("violet-kettle-42", legacy)).isTrue();
        assertThat(hasher.needsRehash(legacy)).isTrue();
    }

    @Test
    void weakerArgon2ParametersAskToBeReplaced() {
        String weak = "{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 4096, 1).encode("violet-kettle-42");

        assertThat(hasher.matches("violet-kettle-42", weak)).isTrue();
        assertThat(hasher.needsRehash(weak)).isTrue();
    }

    @Test
    void damagedOrMissingHashesNeverMatch() {
        assertThat(hasher.matches("x", "{md5}abc")).isFalse();
        assertThat(hasher.matches("x", "garbage")).isFalse();
        assertThat(hasher.matches("x", null)).isFalse();
    }
}
