package io.evzone.auth.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.auth.support.AuthClient;
import io.evzone.auth.support.AuthIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@AuthIntegrationTest
class FirstRunAdminIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CreatePlatformAdmin create;

    @Test
    void theFirstRunAdministratorIsCreatedOnceAndLogsInWithAMustChangePasswordFlag() {
        assertThat(create.seedFirstRun()).as("a second start creates nothing").isEmpty();
        assertThat(count("SELECT count(*) FROM user_account WHERE email = 'admin@test.com' AND platform_admin"))
                .isEqualTo(1);
        assertThat(
                        count(
                                "SELECT count(*) FROM audit_event WHERE type = 'PLATFORM_ADMIN_CREATED' AND identifier = 'admin@test.com'"))
                .isEqualTo(1);

        var session = new AuthClient(port).login("admin@test.com", "pass");

        assertThat(session.user().get("mustChangePassword").asBoolean()).isTrue();
        assertThat(session.user().get("role").asString()).isEqualTo("SUPER_ADMIN");
        assertThat(session.user().get("permissions").toString()).contains("platform.admin");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
