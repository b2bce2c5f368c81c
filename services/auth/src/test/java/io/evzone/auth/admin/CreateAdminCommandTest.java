package io.evzone.auth.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateAdminCommandTest {

    @Test
    void readsEmailPasswordAndName() {
        var arguments = CreateAdminCommand.Arguments.parse(
                new String[] {"--email", "ops@example.com", "--password", "violet-kettle-42", "--name", "Ops"},
                name -> null);

        assertThat(arguments).isEqualTo(new CreateAdminCommand.Arguments("ops@example.com", "violet-kettle-42", "Ops"));
    }

    @Test
    void takesThePasswordFromTheEnvironmentWhenItIsNotGiven() {
        var arguments = CreateAdminCommand.Arguments.parse(
                new String[] {"--email", "ops@example.com"},
                Map.of("EVZONE_ADMIN_PASSWORD", "from-the-environment")::get);

        assertThat(arguments.password()).isEqualTo("from-the-environment");
    }

    @Test
    void refusesMissingOrUnknownArguments() {
        assertThatThrownBy(() -> CreateAdminCommand.Arguments.parse(new String[] {"--email", "a@b.co"}, name -> null))
                .hasMessage("--password or EVZONE_ADMIN_PASSWORD is required");
        assertThatThrownBy(() -> CreateAdminCommand.Arguments.parse(new String[] {"--password", "x"}, name -> null))
                .hasMessage("--email is required");
        assertThatThrownBy(() -> CreateAdminCommand.Arguments.parse(new String[] {"--mail", "a@b.co"}, name -> null))
                .hasMessage("Unknown argument: --mail");
        assertThatThrownBy(() -> CreateAdminCommand.Arguments.parse(new String[] {"--email"}, name -> null))
                .hasMessage("--email needs a value");
    }

    @Test
    void aUsageErrorExitsWith2WithoutStartingAnything() {
        var err = new ByteArrayOutputStream();

        int exit = CreateAdminCommand.run(
                new String[] {"--name", "x"},
                Map.of(),
                name -> null,
                System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(CreateAdminCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--email is required")
                .contains("Usage: admin create");
    }

    @Test
    void aWeakPasswordIsRefusedWith1BeforeAnythingStarts() {
        var err = new ByteArrayOutputStream();

        int exit = CreateAdminCommand.run(
                new String[] {"--email", "ops@example.com", "--password", "admin123"},
                Map.of(),
                name -> null,
                System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(CreateAdminCommand.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Refused: password: is too common");
    }
}
