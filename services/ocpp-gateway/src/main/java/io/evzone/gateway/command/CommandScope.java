package io.evzone.gateway.command;

import io.evzone.gateway.registry.ChargerRecord;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.Optional;

/**
 * Who may command a charger and read its commands: as in the station service's API, a caller reaches the chargers
 * of its own organization; platform administrators reach every charger, and they alone reach a charger of no
 * organization (unassigned, or not registered by the station at all).
 */
final class CommandScope {

    private CommandScope() {}

    static boolean reaches(AccessTokenClaims caller, Optional<ChargerRecord> record) {
        return caller.isPlatformAdmin()
                || record.map(ChargerRecord::organizationId)
                        .filter(organization -> organization.equals(caller.organizationId()))
                        .isPresent();
    }
}
