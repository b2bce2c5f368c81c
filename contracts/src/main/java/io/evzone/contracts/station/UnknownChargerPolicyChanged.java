package io.evzone.contracts.station;

import io.evzone.contracts.charger.RegistrationStatus;
import java.time.Instant;

/**
 * What the station does with a charger nobody provisioned when it boots: published when an administrator
 * changes the policy and each time the station starts, keyed {@link #KEY} (so the latest is the last on its
 * partition). The gateway answers such a boot itself when the policy accepts it, instead of asking.
 *
 * @param newChargers the registration a new charger's record gets (ACCEPTED or PENDING), or null when unknown
 *     chargers are rejected and nothing is recorded
 * @param heartbeatIntervalSeconds the heartbeat interval an accepted charger is told
 */
public record UnknownChargerPolicyChanged(RegistrationStatus newChargers, int heartbeatIntervalSeconds, Instant at) {

    public static final String KEY = "unknown-charger-policy";
}
