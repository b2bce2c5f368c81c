package io.evzone.contracts.charger;

import java.time.Instant;

/**
 * The station service's record of a charger, as the gateway needs it to accept connections:
 * published (topic {@code station.events.v1}) when a charge point is created, provisioned, approved,
 * its credentials rotated, or it is deleted.
 *
 * @param securityProfile 0 (no auth, only for unknown chargers under the accept policy), 1 (Basic), 2 (TLS + Basic), 3 (TLS + client certificate)
 * @param passwordHash a {@link ChargerPasswordHash} string, or null when no password was issued
 * @param registration ACCEPTED, PENDING or REJECTED: what BootNotification is answered
 * @param deleted true when the charge point was removed: the gateway forgets it and drops its connection
 * @param heartbeatIntervalSeconds the interval an accepted charger is told at boot, so the gateway can
 *     answer its BootNotification itself; null in events published before it was added
 * @param pendingPasswordHash the hash of a new password sent to the charger and not yet confirmed: the gateway accepts
 *     it beside {@code passwordHash} and reports a {@link ChargerPasswordConfirmed} when the charger uses it; null when
 *     no rotation is under way
 */
public record ChargerRegistered(
        String ocppId,
        String organizationId,
        OcppVersion ocppVersion,
        int securityProfile,
        String passwordHash,
        RegistrationStatus registration,
        boolean deleted,
        Instant changedAt,
        Integer heartbeatIntervalSeconds,
        String pendingPasswordHash) {

    /** A registration without a password rotation under way. */
    public ChargerRegistered(
            String ocppId,
            String organizationId,
            OcppVersion ocppVersion,
            int securityProfile,
            String passwordHash,
            RegistrationStatus registration,
            boolean deleted,
            Instant changedAt,
            Integer heartbeatIntervalSeconds) {
        this(
                ocppId,
                organizationId,
                ocppVersion,
                securityProfile,
                passwordHash,
                registration,
                deleted,
                changedAt,
                heartbeatIntervalSeconds,
                null);
    }

    /** A registration without a heartbeat interval: the gateway asks the station at every boot. */
    public ChargerRegistered(
            String ocppId,
            String organizationId,
            OcppVersion ocppVersion,
            int securityProfile,
            String passwordHash,
            RegistrationStatus registration,
            boolean deleted,
            Instant changedAt) {
        this(
                ocppId,
                organizationId,
                ocppVersion,
                securityProfile,
                passwordHash,
                registration,
                deleted,
                changedAt,
                null,
                null);
    }
}
