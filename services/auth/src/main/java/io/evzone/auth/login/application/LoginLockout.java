package io.evzone.auth.login.application;

import io.evzone.auth.login.domain.LockoutPolicy;
import io.evzone.auth.login.domain.LoginFailures;
import io.evzone.auth.shared.AuthProperties;
import io.evzone.platform.ratelimit.RateLimitExceededException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Applies the {@link LockoutPolicy} to login attempts. */
@Component
public class LoginLockout {

    static final String LOCKED = "Too many failed login attempts for this account; try again later";

    private final LoginFailures failures;
    private final LockoutPolicy policy;

    @Autowired
    public LoginLockout(LoginFailures failures, AuthProperties properties) {
        this(
                failures,
                new LockoutPolicy(
                        properties.lockout().maxFailures(),
                        properties.lockout().duration(),
                        properties.lockout().failureMemory()));
    }

    LoginLockout(LoginFailures failures, LockoutPolicy policy) {
        this.failures = failures;
        this.policy = policy;
    }

    /**
     * Refuses a login for a locked identifier before its password is looked at.
     *
     * @throws RateLimitExceededException (429, {@code Retry-After} = the rest of the lock)
     */
    public void requireNotLocked(String identifier) {
        failures.lockedFor(identifier).ifPresent(remaining -> {
            throw new RateLimitExceededException(LOCKED, remaining);
        });
    }

    /**
     * Counts a failed login.
     *
     * @return whether this failure locked the identifier
     */
    public boolean failed(String identifier) {
        int run = failures.recordFailure(identifier, policy.failureMemory());
        if (policy.locksAfter(run)) {
            failures.lock(identifier, policy.lockDuration());
            return true;
        }
        return false;
    }

    public void succeeded(String identifier) {
        failures.clear(identifier);
    }

    Duration lockDuration() {
        return policy.lockDuration();
    }
}
