package io.evzone.auth.shared;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the auth service ({@code evzone.auth.*}); every key has a default that works on one
 * machine. Token lifetimes are the platform's ({@code evzone.security.access-token-ttl},
 * {@code evzone.security.refresh-token-ttl}).
 *
 * @param cookieSecure mark the session cookies {@code Secure}; unset means true, except on the
 *     embedded database ({@code evzone.embedded=true}), which is local plain-http development
 * @param cookieDomain {@code Domain} attribute of the session cookies; unset means host-only
 * @param portalUrl base URL of the web portal, for links in emails ({@code /verify-email?token=...})
 * @param emailVerificationTtl how long an email verification link stays valid
 * @param passwordResetTtl how long a password reset link or code stays valid
 * @param invitationTtl how long an invitation stays valid
 * @param firstRunAdmin on the embedded database, create {@code admin@test.com} when no user exists
 * @param rateLimits abuse limits (Redis)
 * @param lockout temporary lockout after consecutive failed logins
 */
@ConfigurationProperties("evzone.auth")
public record AuthProperties(
        Boolean cookieSecure,
        String cookieDomain,
        String portalUrl,
        Duration emailVerificationTtl,
        Duration passwordResetTtl,
        Duration invitationTtl,
        Boolean firstRunAdmin,
        RateLimits rateLimits,
        Lockout lockout) {

    public AuthProperties {
        cookieDomain = cookieDomain == null || cookieDomain.isBlank() ? null : cookieDomain.trim();
        portalUrl =
                portalUrl == null || portalUrl.isBlank() ? "http://localhost:5173" : portalUrl.replaceAll("/+$", "");
        emailVerificationTtl = positive(emailVerificationTtl, Duration.ofHours(24), "email-verification-ttl");
        passwordResetTtl = positive(passwordResetTtl, Duration.ofMinutes(15), "password-reset-ttl");
        invitationTtl = positive(invitationTtl, Duration.ofDays(3), "invitation-ttl");
        firstRunAdmin = firstRunAdmin == null || firstRunAdmin;
        rateLimits = rateLimits == null ? new RateLimits(null, null, null, null, null, null, null) : rateLimits;
        lockout = lockout == null ? new Lockout(null, null, null) : lockout;
    }

    /** Whether session cookies carry {@code Secure}: as configured, else everywhere but the embedded mode. */
    public boolean secureCookies(boolean embedded) {
        return cookieSecure != null ? cookieSecure : !embedded;
    }

    /**
     * Calls allowed per window (one minute by default), counted in Redis across nodes.
     *
     * @param loginPerAccount login attempts per account identifier (email or phone)
     * @param loginPerClient login attempts per client IP address
     * @param refreshPerClient token refreshes per client IP address
     * @param codesPerTarget one-time codes and links sent per email address or phone number
     * @param codesPerClient one-time codes and links (and registrations) requested per client IP address
     * @param resetAttemptsPerClient password reset and invitation acceptance attempts per client IP address
     * @param window the window length
     */
    public record RateLimits(
            Integer loginPerAccount,
            Integer loginPerClient,
            Integer refreshPerClient,
            Integer codesPerTarget,
            Integer codesPerClient,
            Integer resetAttemptsPerClient,
            Duration window) {

        public RateLimits {
            loginPerAccount = atLeastOne(loginPerAccount, 5, "login-per-account");
            loginPerClient = atLeastOne(loginPerClient, 5, "login-per-client");
            refreshPerClient = atLeastOne(refreshPerClient, 20, "refresh-per-client");
            codesPerTarget = atLeastOne(codesPerTarget, 3, "codes-per-target");
            codesPerClient = atLeastOne(codesPerClient, 3, "codes-per-client");
            resetAttemptsPerClient = atLeastOne(resetAttemptsPerClient, 10, "reset-attempts-per-client");
            window = positive(window, Duration.ofMinutes(1), "rate-limits.window");
        }
    }

    /**
     * Temporary lockout of an account identifier after consecutive failed logins.
     *
     * @param maxFailures consecutive failures that lock
     * @param duration how long the lock lasts
     * @param failureMemory how long a run of failures is remembered without a new failure
     */
    public record Lockout(Integer maxFailures, Duration duration, Duration failureMemory) {

        public Lockout {
            maxFailures = atLeastOne(maxFailures, 10, "lockout.max-failures");
            duration = positive(duration, Duration.ofMinutes(15), "lockout.duration");
            failureMemory = positive(failureMemory, Duration.ofHours(1), "lockout.failure-memory");
        }
    }

    private static Duration positive(Duration value, Duration fallback, String key) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("evzone.auth." + key + " must be positive");
        }
        return value;
    }

    private static Integer atLeastOne(Integer value, int fallback, String key) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("evzone.auth." + key + " must be at least 1");
        }
        return value;
    }
}
