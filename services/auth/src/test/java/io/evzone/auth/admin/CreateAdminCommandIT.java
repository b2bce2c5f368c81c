package io.evzone.auth.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.auth.shared.domain.DomainException;
import io.evzone.auth.support.AuthClient;
import io.evzone.auth.support.AuthIntegrationTest;
import io.evzone.auth.support.TestAccounts;
import io.evzone.platform.test.TestInfrastructure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The production command, run as the launcher runs it: a separate, non-web context of the auth
 * service on the same database (this class starts the service's web context first, so the
 * first-run administrator already exists, as it would in practice).
 */
@AuthIntegrationTest
class CreateAdminCommandIT {

    @LocalServerPort
    int port;

    @Autowired
    CreatePlatformAdmin create;

    @Test
    void theAdminCommandCreatesAnActivePlatformAdministratorAndASecondRunIsRefused() {
        String email = TestAccounts.uniqueEmail("ops");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        String[] args = {"--email", email, "--name", "Ops Team"};
        Map<String, String> env = Map.of(CreateAdminCommand.PASSWORD_VARIABLE, "quartz-meadow-58");

        int created = CreateAdminCommand.run(args, launcherProperties(), env::get, print(out), print(err));

        assertThat(created).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(CreateAdminCommand.CREATED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Created platform administrator " + email);
        // What a second run of the command meets (one non-web context per run is costly on a busy machine).
        assertThatThrownBy(() -> create.create(email, "quartz-meadow-59", null))
                .isInstanceOf(DomainException.class)
                .hasMessage("An account with email " + email + " already exists; nothing changed");
        var session = new AuthClient(port).login(email, "quartz-meadow-58");
        assertThat(session.user().get("role").asString()).isEqualTo("SUPER_ADMIN");
        assertThat(session.user().get("mustChangePassword").asBoolean()).isFalse();
    }

    /** What the launcher hands every service: the infrastructure's environment variables. */
    private static Map<String, Object> launcherProperties() {
        Map<String, Object> properties = new HashMap<>(TestInfrastructure.environment());
        properties.put("evzone.embedded", "true");
        properties.put("logging.level.root", "WARN");
        return properties;
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
