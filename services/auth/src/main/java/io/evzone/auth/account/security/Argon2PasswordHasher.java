package io.evzone.auth.account.security;

import io.evzone.auth.account.domain.PasswordHasher;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id with OWASP's minimum parameters (19 MiB of memory, 2 iterations, 1 lane, 16-byte salt,
 * 32-byte hash), stored as {@code {argon2}$argon2id$v=19$m=19456,t=2,p=1$...}. The prefix lets an
 * older or imported hash (bcrypt, {@code {bcrypt}$2a$...}) still verify; such hashes, and Argon2
 * hashes with weaker parameters, are replaced at the next successful login. See the password
 * hashing ADR.
 */
public class Argon2PasswordHasher implements PasswordHasher {

    public static final int SALT_BYTES = 16;
    public static final int HASH_BYTES = 32;
    public static final int PARALLELISM = 1;
    public static final int MEMORY_KIB = 19 * 1024;
    public static final int ITERATIONS = 2;

    private static final String ARGON2 = "argon2";

    private final PasswordEncoder encoder;
    private final String dummyHash;

    public Argon2PasswordHasher() {
        this(new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS));
    }

    Argon2PasswordHasher(Argon2PasswordEncoder argon2) {
        this.encoder =
                new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, argon2, "bcrypt", new BCryptPasswordEncoder(12)));
        this.dummyHash = encoder.encode("dummy-" + UUID.randomUUID());
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String encodedHash) {
        if (rawPassword == null || encodedHash == null) {
            return false;
        }
        try {
            return encoder.matches(rawPassword, encodedHash);
        } catch (IllegalArgumentException e) {
            return false; // an unknown or damaged hash format never matches
        }
    }

    @Override
    public boolean needsRehash(String encodedHash) {
        try {
            return encodedHash != null && encoder.upgradeEncoding(encodedHash);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    @Override
    public void matchDummy(String rawPassword) {
        encoder.matches(rawPassword == null ? "" : rawPassword, dummyHash);
    }
}
