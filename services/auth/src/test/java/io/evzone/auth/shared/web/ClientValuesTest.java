package io.evzone.auth.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.auth.account.domain.UserStatus;
import io.evzone.auth.organization.domain.Roles;
import io.evzone.auth.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

class ClientValuesTest {

    @Test
    void everyBuiltInRoleHasAClientNameThatMapsBackToItsCode() {
        assertThat(ClientValues.clientRole("super_admin")).isEqualTo("SUPER_ADMIN");
        assertThat(ClientValues.clientRole("org_admin")).isEqualTo("STATION_OWNER");
        assertThat(ClientValues.clientRole("technician")).isEqualTo("TECHNICIAN_ORG");
        assertThat(ClientValues.clientRole("driver")).isEqualTo("DRIVER");
        Roles.all()
                .forEach(role -> assertThat(ClientValues.roleCode(ClientValues.clientRole(role.code())))
                        .isEqualTo(role.code()));
    }

    @Test
    void rolesAreReadInEitherFormWhateverTheCase() {
        assertThat(ClientValues.roleCode("SUPER_ADMIN")).isEqualTo("super_admin");
        assertThat(ClientValues.roleCode("super_admin")).isEqualTo("super_admin");
        assertThat(ClientValues.roleCode("Station_Admin")).isEqualTo("station_manager");
        assertThat(ClientValues.roleCode("FLEET_VIEWER")).isEqualTo("fleet_viewer");
        assertThat(ClientValues.clientRole("fleet_viewer")).isEqualTo("FLEET_VIEWER");
        assertThat(ClientValues.roleCode(" ")).isNull();
    }

    @Test
    void statusesGoOutCapitalisedAndAreReadInAnyCase() {
        assertThat(ClientValues.clientStatus(UserStatus.ACTIVE)).isEqualTo("Active");
        assertThat(ClientValues.clientStatus(UserStatus.INVITED)).isEqualTo("Invited");
        assertThat(ClientValues.status("Suspended", UserStatus.class, "status")).isEqualTo(UserStatus.SUSPENDED);
        assertThat(ClientValues.status("PENDING", UserStatus.class, "status")).isEqualTo(UserStatus.PENDING);
        assertThat(ClientValues.status(null, UserStatus.class, "status")).isNull();
        assertThatThrownBy(() -> ClientValues.status("Sleeping", UserStatus.class, "status"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("status");
    }
}
