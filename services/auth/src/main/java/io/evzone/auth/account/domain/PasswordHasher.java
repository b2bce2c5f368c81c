package io.evzone.auth.account.domain;

/** One-way password hashing (port); the adapter picks the algorithm and its cost. */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String encodedHash);

    /** The hash was made with an older algorithm or weaker parameters and should be replaced. */
    boolean needsRehash(String encodedHash);

    /**
     * Burns the time of one {@link #matches} call, for callers that have no account to check, so
     * response times do not tell which accounts exist.
     */
    void matchDummy(String rawPassword);
}
