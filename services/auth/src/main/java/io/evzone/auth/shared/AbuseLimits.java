package io.evzone.auth.shared;

import io.evzone.platform.ratelimit.RateLimit;
import io.evzone.platform.ratelimit.RedisRateLimiter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The auth service's rate limits (login, refresh, one-time codes), counted in Redis across nodes.
 * Each check counts the call and throws a 429 with {@code Retry-After} when it is over the limit.
 */
@Component
public class AbuseLimits {

    static final String TOO_MANY_LOGINS = "Too many login attempts; try again later";
    static final String TOO_MANY_REFRESHES = "Too many token refreshes; try again later";
    static final String TOO_MANY_CODES = "Too many codes requested; try again later";
    static final String TOO_MANY_RESETS = "Too many attempts; try again later";

    private final RedisRateLimiter limiter;
    private final RateLimit loginPerAccount;
    private final RateLimit loginPerClient;
    private final RateLimit refreshPerClient;
    private final RateLimit codesPerTarget;
    private final RateLimit codesPerClient;
    private final RateLimit resetAttemptsPerClient;

    public AbuseLimits(RedisRateLimiter limiter, AuthProperties properties) {
        this.limiter = limiter;
        AuthProperties.RateLimits limits = properties.rateLimits();
        this.loginPerAccount = new RateLimit("auth-login-account", limits.loginPerAccount(), limits.window());
        this.loginPerClient = new RateLimit("auth-login-client", limits.loginPerClient(), limits.window());
        this.refreshPerClient = new RateLimit("auth-refresh-client", limits.refreshPerClient(), limits.window());
        this.codesPerTarget = new RateLimit("auth-codes-target", limits.codesPerTarget(), limits.window());
        this.codesPerClient = new RateLimit("auth-codes-client", limits.codesPerClient(), limits.window());
        this.resetAttemptsPerClient =
                new RateLimit("auth-reset-client", limits.resetAttemptsPerClient(), limits.window());
    }

    /** A login attempt from {@code client} for {@code identifier} (email or phone, as typed). */
    public void loginAttempt(String identifier, ClientInfo client) {
        limiter.check(loginPerClient, client.ip(), TOO_MANY_LOGINS);
        limiter.check(loginPerAccount, normalize(identifier), TOO_MANY_LOGINS);
    }

    public void refresh(ClientInfo client) {
        limiter.check(refreshPerClient, client.ip(), TOO_MANY_REFRESHES);
    }

    /** Sending a code or link to {@code target} (an email address or phone number). */
    public void codeSending(String target, ClientInfo client) {
        limiter.check(codesPerClient, client.ip(), TOO_MANY_CODES);
        limiter.check(codesPerTarget, normalize(target), TOO_MANY_CODES);
    }

    /** Work that sends a message but has no single target yet, such as a registration. */
    public void codeRequest(ClientInfo client) {
        limiter.check(codesPerClient, client.ip(), TOO_MANY_CODES);
    }

    /** Presenting a one-time code or link (password reset, invitation). */
    public void resetAttempt(ClientInfo client) {
        limiter.check(resetAttemptsPerClient, client.ip(), TOO_MANY_RESETS);
    }

    private static String normalize(String identifier) {
        return identifier == null ? "" : identifier.trim().toLowerCase(Locale.ROOT);
    }
}
