package io.evzone.auth.login.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * Consecutive failed logins and locks per account identifier (port). Keyed by the identifier the
 * caller typed, whether or not an account has it, so a lock tells nothing about who has an account.
 */
public interface LoginFailures {

    /** How long the identifier stays locked, or empty when it is not locked. */
    Optional<Duration> lockedFor(String identifier);

    /**
     * Counts one more failure in the identifier's current run, remembered for {@code memory}.
     *
     * @return the run's length, this failure included
     */
    int recordFailure(String identifier, Duration memory);

    /** Locks the identifier and ends its run. */
    void lock(String identifier, Duration duration);

    /** Ends the identifier's run (a successful login). */
    void clear(String identifier);
}
