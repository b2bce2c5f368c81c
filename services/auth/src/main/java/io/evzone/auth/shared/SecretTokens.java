package io.evzone.auth.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Random secrets handed to users (refresh tokens, email links, one-time codes) and the SHA-256
 * digests under which they are stored. A digest cannot be turned back into a usable secret, so a
 * copy of the database does not hand out sessions.
 */
public final class SecretTokens {

    /** 32 random bytes: 256 bits, URL-safe base64 without padding (43 characters). */
    static final int TOKEN_BYTES = 32;

    /** Characters of one-time codes: no 0/O, 1/I/L, so they survive being read out or retyped. */
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    static final int CODE_LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {}

    public static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** An 8-character code (about 39 bits) for people to type, such as {@code K7QF-3MZD} without the dash. */
    public static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    /** A code as a person typed it: case, spaces and dashes do not matter. */
    public static String normalizeCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    public static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
