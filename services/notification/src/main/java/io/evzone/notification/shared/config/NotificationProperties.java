package io.evzone.notification.shared.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the notification service ({@code evzone.notification.*}); every key has a default that works on one
 * machine.
 *
 * @param smtpUrl where email goes ({@code smtp://user:password@host:port} or {@code smtps://...}); also read from
 *     {@code SMTP_URL}. Unset: a local mail catcher receives it
 * @param mailCatcherPort the catcher's SMTP port on 127.0.0.1; 0 picks a free one
 * @param mailFrom the sender of every email
 * @param senderThreads threads that send due email, SMS and push deliveries on this node
 * @param inAppSenderThreads threads that send due in-app deliveries (feed and live streams) on this node
 * @param sendBatch how many deliveries a sender claims at a time
 * @param pollInterval how often an idle sender looks for retries that came due
 * @param sendLease how long a claimed delivery is held before another sender may take it up (a node died mid-send)
 * @param maxAttempts attempts before a delivery fails for good (a dead letter)
 * @param retryBase the wait after the first failed attempt; it doubles with each further one
 * @param retryMax the longest wait between attempts
 * @param sseTimeout how long a server-sent event stream stays open before the browser reconnects
 * @param sseHeartbeat how often an idle stream gets a comment line, so proxies keep it open
 * @param recipientLimit the most SMS, and the most push messages, one recipient gets per window (security messages
 *     aside); more fail with the reason
 * @param recipientLimitWindow the window of that cap
 * @param phoneRegion ISO 3166 region national phone numbers (without +country code) are read in
 */
@ConfigurationProperties("evzone.notification")
public record NotificationProperties(
        String smtpUrl,
        Integer mailCatcherPort,
        String mailFrom,
        Integer senderThreads,
        Integer inAppSenderThreads,
        Integer sendBatch,
        Duration pollInterval,
        Duration sendLease,
        Integer maxAttempts,
        Duration retryBase,
        Duration retryMax,
        Duration sseTimeout,
        Duration sseHeartbeat,
        Integer recipientLimit,
        Duration recipientLimitWindow,
        String phoneRegion) {

    public NotificationProperties {
        mailCatcherPort = mailCatcherPort == null ? 0 : mailCatcherPort;
        mailFrom = mailFrom == null ? "EVZone <no-reply@evzone.local>" : mailFrom;
        senderThreads = senderThreads == null ? 4 : senderThreads;
        inAppSenderThreads = inAppSenderThreads == null ? 2 : inAppSenderThreads;
        sendBatch = sendBatch == null ? 50 : sendBatch;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        sendLease = sendLease == null ? Duration.ofMinutes(2) : sendLease;
        maxAttempts = maxAttempts == null ? 6 : maxAttempts;
        retryBase = retryBase == null ? Duration.ofSeconds(10) : retryBase;
        retryMax = retryMax == null ? Duration.ofMinutes(30) : retryMax;
        sseTimeout = sseTimeout == null ? Duration.ofMinutes(30) : sseTimeout;
        sseHeartbeat = sseHeartbeat == null ? Duration.ofSeconds(25) : sseHeartbeat;
        recipientLimit = recipientLimit == null ? 10 : recipientLimit;
        recipientLimitWindow = recipientLimitWindow == null ? Duration.ofMinutes(10) : recipientLimitWindow;
        phoneRegion = phoneRegion == null ? "UG" : phoneRegion;
    }
}
