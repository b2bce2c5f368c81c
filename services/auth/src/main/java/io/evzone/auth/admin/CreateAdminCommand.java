package io.evzone.auth.admin;

import io.evzone.auth.AuthServiceApplication;
import io.evzone.auth.account.domain.Emails;
import io.evzone.auth.account.domain.PasswordPolicy;
import io.evzone.auth.account.domain.User;
import io.evzone.auth.shared.domain.DomainException;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Creates a platform administrator from the command line, for deployments (the embedded mode
 * creates {@code admin@test.com} by itself):
 *
 * <pre>{@code ./evzone admin create --email ops@example.com [--name "Ops"] [--password P]}</pre>
 *
 * Without {@code --password} the password is read from {@code EVZONE_ADMIN_PASSWORD}, which keeps it
 * out of shell history and process lists. Starts the auth service's Spring context without a web
 * server or Kafka listeners (migrations run; the {@code UserRegistered} event waits in the outbox
 * until the service runs). Exit codes: 0 created, 1 refused (the email exists, the password is too
 * weak), 2 usage error.
 */
public final class CreateAdminCommand {

    public static final int CREATED = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    public static final String PASSWORD_VARIABLE = "EVZONE_ADMIN_PASSWORD";

    static final String USAGE_TEXT = """
            Usage: admin create --email EMAIL [--name NAME] [--password PASSWORD]
              Creates an active platform administrator (role super_admin).
              Without --password, the password is read from the EVZONE_ADMIN_PASSWORD environment variable.
            """;

    private CreateAdminCommand() {}

    public static int run(String[] args, Map<String, Object> defaultProperties) {
        return run(args, defaultProperties, System::getenv, System.out, System.err);
    }

    static int run(
            String[] args,
            Map<String, Object> defaultProperties,
            Function<String, String> environment,
            PrintStream out,
            PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args, environment);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        try {
            // Checked before anything starts: a refused password should not wait for a database.
            PasswordPolicy.enforce(arguments.password(), Emails.normalize(arguments.email()), arguments.name());
        } catch (DomainException e) {
            err.println("Refused: " + e.getMessage());
            return REFUSED;
        }
        try (ConfigurableApplicationContext context = start(defaultProperties)) {
            User admin = context.getBean(CreatePlatformAdmin.class)
                    .create(arguments.email(), arguments.password(), arguments.name());
            out.println("Created platform administrator " + admin.email() + " (id " + admin.id() + ")");
            return CREATED;
        } catch (DomainException e) {
            err.println("Refused: " + e.getMessage());
            return REFUSED;
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> defaultProperties) {
        SpringApplication application = new SpringApplication(AuthServiceApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        Map<String, Object> properties = new HashMap<>(defaultProperties == null ? Map.of() : defaultProperties);
        properties.put("spring.kafka.listener.auto-startup", "false");
        properties.put("spring.kafka.admin.auto-create", "false");
        properties.put("evzone.outbox.relay-enabled", "false");
        properties.put("evzone.auth.first-run-admin", "false");
        properties.put("spring.main.log-startup-info", "false");
        application.setDefaultProperties(properties);
        return application.run();
    }

    record Arguments(String email, String password, String name) {

        static Arguments parse(String[] args, Function<String, String> environment) {
            Map<String, String> options = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                String key = args[i];
                if (!key.equals("--email") && !key.equals("--password") && !key.equals("--name")) {
                    throw new IllegalArgumentException("Unknown argument: " + key);
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(key + " needs a value");
                }
                options.put(key, args[++i]);
            }
            String email = options.get("--email");
            if (email == null || email.isBlank()) {
                throw new IllegalArgumentException("--email is required");
            }
            String password = options.getOrDefault("--password", environment.apply(PASSWORD_VARIABLE));
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("--password or " + PASSWORD_VARIABLE + " is required");
            }
            return new Arguments(email, password, options.get("--name"));
        }
    }
}
