package io.evzone.gateway.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.gateway.registry.ChargerRecord;
import io.evzone.platform.security.AccessTokenClaims;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandScopeTest {

    private static final AccessTokenClaims TECHNICIAN =
            new AccessTokenClaims("u-1", "t@example.com", "org-1", "technician", Set.of("charge_points.command"), null);
    private static final AccessTokenClaims ADMIN = new AccessTokenClaims(
            "u-2", "a@example.com", null, "admin", Set.of(AccessTokenClaims.PLATFORM_ADMIN), null);

    private static Optional<ChargerRecord> ownedBy(String organization) {
        return Optional.of(
                new ChargerRecord("CP-1", organization, 1, "hash", RegistrationStatus.ACCEPTED, Instant.now(), 300));
    }

    @Test
    void aCallerReachesTheChargersOfItsOwnOrganizationOnly() {
        assertThat(CommandScope.reaches(TECHNICIAN, ownedBy("org-1"))).isTrue();
        assertThat(CommandScope.reaches(TECHNICIAN, ownedBy("org-2"))).isFalse();
    }

    @Test
    void aChargerOfNoOrganizationOrUnknownToTheStationIsReachedByPlatformAdministratorsOnly() {
        assertThat(CommandScope.reaches(TECHNICIAN, ownedBy(null))).isFalse();
        assertThat(CommandScope.reaches(TECHNICIAN, Optional.empty())).isFalse();
        assertThat(CommandScope.reaches(ADMIN, ownedBy(null))).isTrue();
        assertThat(CommandScope.reaches(ADMIN, Optional.empty())).isTrue();
        assertThat(CommandScope.reaches(ADMIN, ownedBy("org-2"))).isTrue();
    }

    @Test
    void aCallerWithoutOrganizationReachesNoChargerOfNoOrganization() {
        var member =
                new AccessTokenClaims("u-3", "d@example.com", null, "driver", Set.of("charge_points.command"), null);

        assertThat(CommandScope.reaches(member, ownedBy(null))).isFalse();
    }
}
