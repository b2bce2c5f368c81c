package io.evzone.station.chargepoints.domain;

import io.evzone.contracts.charger.ChargerIdentity;
import io.evzone.contracts.charger.ConnectorStatus;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.station.shared.domain.DomainException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A charger the CSMS knows, identified globally by its OCPP identity. It belongs to one organization
 * once someone claims it (an unknown charger provisioned on boot has none until an administrator
 * assigns it), and to a station once placed (null: unassigned).
 *
 * @param securityProfile 0 (no authentication, only for chargers provisioned on boot), 1 (Basic),
 *     2 (TLS + Basic), 3 (TLS + client certificate)
 * @param passwordHash a {@code ChargerPasswordHash} string, or null when no password was issued
 * @param reportedStatus what the charger reported for itself (OCPP 1.6 connector 0), or null
 */
public record ChargePoint(
        UUID id,
        String ocppId,
        String organizationId,
        UUID stationId,
        Hardware hardware,
        OcppVersion ocppVersion,
        int securityProfile,
        String passwordHash,
        RegistrationStatus registration,
        ProvisionedBy provisionedBy,
        Presence presence,
        ConnectorStatus reportedStatus,
        Instant createdAt,
        Instant updatedAt) {

    public enum ProvisionedBy {
        /** Created when an unknown charger booted. */
        AUTO,
        /** Created by an operator, with credentials. */
        OPERATOR
    }

    public ChargePoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hardware, "hardware");
        Objects.requireNonNull(ocppVersion, "ocppVersion");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(provisionedBy, "provisionedBy");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        requireOcppId(ocppId);
        if (securityProfile < 0 || securityProfile > 3) {
            throw DomainException.invalid("authProfile: must be 0, 1, 2 or 3");
        }
        if (stationId != null && organizationId == null) {
            throw new IllegalArgumentException("a charge point at a station belongs to the station's organization");
        }
    }

    public static String requireOcppId(String ocppId) {
        // OCPP 2.0.1 Part 4 (OCPP-J) and 1.6 OCPP-J: the identity is the last path segment of the
        // connection URL; 2.0.1 limits it to 48 characters of the URL's unreserved set (plus a few safe ones).
        if (!ChargerIdentity.isRecordable(ocppId)) {
            throw DomainException.invalid(
                    "ocppId: 1 to 48 characters of letters, digits and * - _ = : + | @ . (it is part of the OCPP URL)");
        }
        return ocppId;
    }

    /** An unknown charger that booted, recorded unassigned (and without organization unless one is configured). */
    public static ChargePoint provisionedOnBoot(
            UUID id,
            String ocppId,
            String organizationId,
            Hardware hardware,
            OcppVersion version,
            RegistrationStatus registration,
            Instant now,
            int heartbeatIntervalSeconds) {
        return new ChargePoint(
                id,
                ocppId,
                organizationId,
                null,
                hardware,
                version,
                0,
                null,
                registration,
                ProvisionedBy.AUTO,
                Presence.NEVER_SEEN.booted(now, heartbeatIntervalSeconds),
                null,
                now,
                now);
    }

    /** A charger an operator registers before it first connects: accepted, with a password. */
    public static ChargePoint provisionedByOperator(
            UUID id,
            String ocppId,
            String organizationId,
            UUID stationId,
            Hardware hardware,
            OcppVersion version,
            Credentials credentials,
            Instant now) {
        return new ChargePoint(
                id,
                ocppId,
                organizationId,
                stationId,
                hardware,
                version,
                credentials.securityProfile(),
                credentials.passwordHash(),
                RegistrationStatus.ACCEPTED,
                ProvisionedBy.OPERATOR,
                Presence.NEVER_SEEN,
                null,
                now,
                now);
    }

    /** It booted again: what it says about itself replaces what was known; its registration stands. */
    public ChargePoint booted(Hardware reported, OcppVersion version, Instant at, int heartbeatIntervalSeconds) {
        return new ChargePoint(
                id,
                ocppId,
                organizationId,
                stationId,
                hardware.overriddenBy(reported),
                version == null ? ocppVersion : version,
                securityProfile,
                passwordHash,
                registration,
                provisionedBy,
                presence.booted(at, heartbeatIntervalSeconds),
                reportedStatus,
                createdAt,
                at);
    }

    public ChargePoint approve(Instant now) {
        return withRegistration(RegistrationStatus.ACCEPTED, now);
    }

    public ChargePoint reject(Instant now) {
        return withRegistration(RegistrationStatus.REJECTED, now);
    }

    public ChargePoint withCredentials(Credentials credentials, Instant now) {
        return new ChargePoint(
                id,
                ocppId,
                organizationId,
                stationId,
                hardware,
                ocppVersion,
                credentials.securityProfile(),
                credentials.passwordHash(),
                registration,
                provisionedBy,
                presence,
                reportedStatus,
                createdAt,
                now);
    }

    /** Placed at a station: it belongs to the station's organization from now on. */
    public ChargePoint assignTo(UUID station, String stationOrganization, Instant now) {
        if (organizationId != null && !organizationId.equals(stationOrganization)) {
            throw DomainException.invalid("stationId: the station belongs to another organization");
        }
        return new ChargePoint(
                id,
                ocppId,
                stationOrganization,
                station,
                hardware,
                ocppVersion,
                securityProfile,
                passwordHash,
                registration,
                provisionedBy,
                presence,
                reportedStatus,
                createdAt,
                now);
    }

    public ChargePoint unassign(Instant now) {
        return new ChargePoint(
                id,
                ocppId,
                organizationId,
                null,
                hardware,
                ocppVersion,
                securityProfile,
                passwordHash,
                registration,
                provisionedBy,
                presence,
                reportedStatus,
                createdAt,
                now);
    }

    public ChargePoint describe(Hardware changes, OcppVersion version, Instant now) {
        return new ChargePoint(
                id,
                ocppId,
                organizationId,
                stationId,
                hardware.overriddenBy(changes),
                version == null ? ocppVersion : version,
                securityProfile,
                passwordHash,
                registration,
                provisionedBy,
                presence,
                reportedStatus,
                createdAt,
                now);
    }

    public ChargePoint withPresence(Presence changed, Instant now) {
        return new ChargePoint(
                id,
                ocppId,
                organizationId,
                stationId,
                hardware,
                ocppVersion,
                securityProfile,
                passwordHash,
                registration,
                provisionedBy,
                changed,
                reportedStatus,
                createdAt,
                now);
    }

    /** The status it reported for itself as a whole (OCPP 1.6 StatusNotification for connector 0). */
    public ChargePoint reportedItself(ConnectorStatus status, Instant now) {
        return new ChargePoint(
                id,
                ocppId,
                organizationId,
                stationId,
                hardware,
                ocppVersion,
                securityProfile,
                passwordHash,
                registration,
                provisionedBy,
                presence.heard(now),
                status,
                createdAt,
                now);
    }

    public ChargePoint heard(Instant at) {
        return withPresence(presence.heard(at), at);
    }

    public ChargePoint heartbeat(Instant at) {
        return withPresence(presence.heartbeat(at), at);
    }

    public ChargePoint connected(String node, Instant at) {
        return withPresence(presence.connected(node, at), at);
    }

    /** @param openedAt when the connection that ended had opened, or null when the gateway did not say */
    public ChargePoint disconnected(Instant at, Instant openedAt, Instant now) {
        return withPresence(presence.disconnected(at, openedAt), now);
    }

    public ChargePoint wentSilent(Instant now) {
        return withPresence(presence.offline(), now);
    }

    public boolean isUnassigned() {
        return stationId == null;
    }

    private ChargePoint withRegistration(RegistrationStatus status, Instant now) {
        return new ChargePoint(
                id,
                ocppId,
                organizationId,
                stationId,
                hardware,
                ocppVersion,
                securityProfile,
                passwordHash,
                status,
                provisionedBy,
                presence,
                reportedStatus,
                createdAt,
                now);
    }
}
