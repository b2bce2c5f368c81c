package io.evzone.auth.config;

import io.evzone.auth.account.domain.OneTimeTokens;
import io.evzone.auth.token.domain.RefreshTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes expired secrets an hour after start and every hour after: refresh token families that
 * expired or were revoked more than 30 days ago (kept that long for investigation), and one-time
 * tokens expired for more than 7 days. Idempotent, so several nodes may run it.
 */
@Component
class Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);
    static final Duration REFRESH_RETENTION = Duration.ofDays(30);
    static final Duration ONE_TIME_RETENTION = Duration.ofDays(7);

    private final RefreshTokens refreshTokens;
    private final OneTimeTokens oneTimeTokens;
    private final Clock clock;

    Housekeeping(RefreshTokens refreshTokens, OneTimeTokens oneTimeTokens, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.oneTimeTokens = oneTimeTokens;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
    void purge() {
        Instant now = clock.instant();
        int families = refreshTokens.purgeBefore(now.minus(REFRESH_RETENTION));
        int oneTime = oneTimeTokens.purgeExpiredBefore(now.minus(ONE_TIME_RETENTION));
        if (families + oneTime > 0) {
            log.info("Purged {} refresh token families and {} one-time tokens", families, oneTime);
        }
    }
}
