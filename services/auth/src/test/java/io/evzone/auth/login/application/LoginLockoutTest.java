package io.evzone.auth.login.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.auth.login.domain.LockoutPolicy;
import io.evzone.auth.login.domain.LoginFailures;
import io.evzone.platform.ratelimit.RateLimitExceededException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginLockoutTest {

    private static final Duration LOCK = Duration.ofMinutes(15);

    private final FakeFailures failures = new FakeFailures();
    private final LoginLockout lockout = new LoginLockout(failures, new LockoutPolicy(10, LOCK, Duration.ofHours(1)));

    @Test
    void tenConsecutiveFailuresLockTheIdentifier() {
        for (int i = 1; i < 10; i++) {
            assertThat(lockout.failed("amina@example.com")).as("failure %d", i).isFalse();
        }
        assertThatCode(() -> lockout.requireNotLocked("amina@example.com")).doesNotThrowAnyException();

        assertThat(lockout.failed("amina@example.com")).isTrue();

        assertThatThrownBy(() -> lockout.requireNotLocked("amina@example.com"))
                .isInstanceOf(RateLimitExceededException.class)
                .hasMessage("Too many failed login attempts for this account; try again later")
                .extracting(e -> ((RateLimitExceededException) e).retryAfterSeconds())
                .isEqualTo(LOCK.toSeconds());
    }

    @Test
    void aSuccessEndsTheRunOfFailures() {
        for (int i = 0; i < 9; i++) {
            lockout.failed("amina@example.com");
        }
        lockout.succeeded("amina@example.com");

        assertThat(lockout.failed("amina@example.com")).isFalse();
    }

    @Test
    void theLockEndsAfterItsDuration() {
        for (int i = 0; i < 10; i++) {
            lockout.failed("amina@example.com");
        }
        failures.advance(LOCK);

        assertThatCode(() -> lockout.requireNotLocked("amina@example.com")).doesNotThrowAnyException();
        assertThat(lockout.failed("amina@example.com"))
                .as("a new run starts from zero")
                .isFalse();
    }

    @Test
    void identifiersAreLockedIndependently() {
        for (int i = 0; i < 10; i++) {
            lockout.failed("amina@example.com");
        }

        assertThatCode(() -> lockout.requireNotLocked("brian@example.com")).doesNotThrowAnyException();
    }

    @Test
    void aRunOfFailuresIsForgottenAfterItsMemory() {
        for (int i = 0; i < 9; i++) {
            lockout.failed("amina@example.com");
        }
        failures.advance(Duration.ofHours(1));

        assertThat(lockout.failed("amina@example.com")).isFalse();
    }

    /** Expiring counters and locks, like the Redis adapter, on a clock the test moves. */
    static final class FakeFailures implements LoginFailures {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");
        private final Map<String, Integer> runs = new HashMap<>();
        private final Map<String, Instant> runExpiry = new HashMap<>();
        private final Map<String, Instant> locks = new HashMap<>();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Optional<Duration> lockedFor(String identifier) {
            Instant until = locks.get(identifier);
            return until != null && now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
        }

        @Override
        public int recordFailure(String identifier, Duration memory) {
            if (runExpiry.containsKey(identifier) && !now.isBefore(runExpiry.get(identifier))) {
                runs.remove(identifier);
            }
            runExpiry.put(identifier, now.plus(memory));
            return runs.merge(identifier, 1, Integer::sum);
        }

        @Override
        public void lock(String identifier, Duration duration) {
            locks.put(identifier, now.plus(duration));
            runs.remove(identifier);
        }

        @Override
        public void clear(String identifier) {
            runs.remove(identifier);
        }
    }
}
