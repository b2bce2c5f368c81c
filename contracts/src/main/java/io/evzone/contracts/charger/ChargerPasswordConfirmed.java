package io.evzone.contracts.charger;

import java.time.Instant;

/**
 * A charger connected with the pending password of its registration ({@link ChargerRegistered#pendingPasswordHash}):
 * it holds the new password, so the station may retire the old one.
 *
 * @param passwordHash the pending hash the charger's password matched, so a newer rotation is not mistaken for it
 */
public record ChargerPasswordConfirmed(String ocppId, String passwordHash, Instant confirmedAt) {

    @Override
    public String toString() {
        return "ChargerPasswordConfirmed[ocppId=" + ocppId + ", confirmedAt=" + confirmedAt + "]";
    }
}
