package io.evzone.station.chargepoints.config;

import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.station.chargepoints.domain.UnknownChargerPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Charger settings of the station service ({@code evzone.station.*}); every key has a default that
 * works on one machine.
 *
 * @param unknownChargerPolicy what an unknown charger's BootNotification gets: {@code accept}
 *     (default), {@code pending} or {@code reject}; administrators can override it at run time
 * @param provisioningOrganizationId the organization that owns chargers provisioned on boot; unset:
 *     none, and only platform administrators see them until one assigns them to a station
 * @param heartbeatInterval the heartbeat interval accepted chargers are told
 * @param bootRetryInterval how long PENDING or REJECTED chargers wait before booting again
 * @param missedHeartbeats heartbeat intervals of silence after which a charger counts as offline
 * @param offlineSweepInterval how often the sweeper looks for silent chargers
 * @param ocppWsUrl connection URL handed out for security profile 1, {@code {ocppId}} replaced
 * @param ocppWssUrl connection URL handed out for security profiles 2 and 3
 * @param defaultAuthProfile the security profile of operator-provisioned chargers when none is given
 * @param statusHistoryRetention how long connector status history is kept (a year of history plus a margin
 *     for yearly reports); each connector's newest entry is kept however old; zero or negative: kept forever
 * @param commandTimeout the deadline the gateway gets for an operator's command; it reports TIMED_OUT after
 * @param commandRetention how long operators' finished commands are kept; zero or negative: kept forever
 */
@ConfigurationProperties("evzone.station")
public record ChargerProperties(
        UnknownChargerPolicy unknownChargerPolicy,
        String provisioningOrganizationId,
        Duration heartbeatInterval,
        Duration bootRetryInterval,
        Integer missedHeartbeats,
        Duration offlineSweepInterval,
        String ocppWsUrl,
        String ocppWssUrl,
        Integer defaultAuthProfile,
        Duration statusHistoryRetention,
        Duration commandTimeout,
        Duration commandRetention) {

    public ChargerProperties {
        unknownChargerPolicy = unknownChargerPolicy == null ? UnknownChargerPolicy.ACCEPT : unknownChargerPolicy;
        provisioningOrganizationId = provisioningOrganizationId == null || provisioningOrganizationId.isBlank()
                ? null
                : provisioningOrganizationId.strip();
        heartbeatInterval = seconds(heartbeatInterval, Duration.ofMinutes(5), "heartbeat-interval");
        bootRetryInterval = seconds(bootRetryInterval, Duration.ofMinutes(1), "boot-retry-interval");
        missedHeartbeats = missedHeartbeats == null ? 2 : missedHeartbeats;
        if (missedHeartbeats < 1) {
            throw new IllegalArgumentException("evzone.station.missed-heartbeats must be at least 1");
        }
        offlineSweepInterval = positive(offlineSweepInterval, Duration.ofSeconds(15), "offline-sweep-interval");
        ocppWsUrl = ocppWsUrl == null || ocppWsUrl.isBlank() ? "ws://localhost:3003/ocpp/{ocppId}" : ocppWsUrl;
        ocppWssUrl = ocppWssUrl == null || ocppWssUrl.isBlank() ? "wss://localhost:3443/ocpp/{ocppId}" : ocppWssUrl;
        defaultAuthProfile = defaultAuthProfile == null ? 1 : defaultAuthProfile;
        if (defaultAuthProfile < 1 || defaultAuthProfile > 3) {
            throw new IllegalArgumentException("evzone.station.default-auth-profile must be 1, 2 or 3");
        }
        statusHistoryRetention = statusHistoryRetention == null ? Duration.ofDays(400) : statusHistoryRetention;
        commandTimeout = seconds(commandTimeout, Duration.ofSeconds(60), "command-timeout");
        commandRetention = commandRetention == null ? Duration.ofDays(90) : commandRetention;
    }

    /** The heartbeat interval in whole seconds, as OCPP carries it. */
    public int heartbeatIntervalSeconds() {
        return (int) heartbeatInterval.toSeconds();
    }

    public int bootRetryIntervalSeconds() {
        return (int) bootRetryInterval.toSeconds();
    }

    /**
     * OCPP 1.6 §4.2 / 2.0.1 B01: with Accepted the interval is the heartbeat interval; otherwise the
     * minimum wait before the charger sends BootNotification again.
     */
    public int intervalFor(RegistrationStatus registration) {
        return registration == RegistrationStatus.ACCEPTED ? heartbeatIntervalSeconds() : bootRetryIntervalSeconds();
    }

    private static Duration seconds(Duration value, Duration fallback, String key) {
        Duration duration = positive(value, fallback, key);
        if (duration.toSeconds() < 1) {
            throw new IllegalArgumentException("evzone.station." + key + " must be at least one second");
        }
        return duration;
    }

    private static Duration positive(Duration value, Duration fallback, String key) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("evzone.station." + key + " must be positive");
        }
        return value;
    }
}
