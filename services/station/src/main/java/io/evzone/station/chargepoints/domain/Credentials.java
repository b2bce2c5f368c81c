package io.evzone.station.chargepoints.domain;

import io.evzone.contracts.charger.ChargerPasswordHash;
import io.evzone.station.shared.domain.DomainException;

/**
 * How a charger proves its identity: the OCPP security profile and, for profiles 1 and 2, the hash
 * of its Basic-auth password. Profile 3 authenticates with a client certificate and has no password.
 */
public record Credentials(int securityProfile, String passwordHash) {

    /** New credentials for the profile, with the one-time password (null for profile 3) to hand out. */
    public static Issued issue(int securityProfile) {
        if (securityProfile < 1 || securityProfile > 3) {
            throw DomainException.invalid("authProfile: must be 1, 2 or 3");
        }
        if (securityProfile == 3) {
            return new Issued(new Credentials(3, null), null);
        }
        String password = ChargerPasswordHash.newPassword();
        return new Issued(new Credentials(securityProfile, ChargerPasswordHash.hash(password)), password);
    }

    /** Credentials and the plain password, which is shown once and never stored. */
    public record Issued(Credentials credentials, String password) {

        @Override
        public String toString() {
            return "Issued[profile=" + credentials.securityProfile() + "]";
        }
    }

    /** Whether the charger connects over TLS (profiles 2 and 3). */
    public static boolean usesTls(int securityProfile) {
        return securityProfile >= 2;
    }
}
