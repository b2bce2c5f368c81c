package io.evzone.launcher;

import io.evzone.auth.admin.CreateAdminCommand;
import io.evzone.gateway.config.LocalCaNotice;
import io.evzone.platform.config.DotEnv;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code ./evzone start}: the whole platform in one JVM. Starts the embedded PostgreSQL, Kafka and
 * Redis unless external ones are configured, then the nine services and the edge in front of them,
 * and prints one line per service when it is ready. Ctrl-C stops the services, then the servers.
 */
public final class EvzoneLauncher {

    private EvzoneLauncher() {}

    public static void main(String[] args) {
        String command = args.length == 0 ? "start" : args[0].toLowerCase(Locale.ROOT);
        switch (command) {
            case "start" -> start();
            case "migrate" -> migrate();
            case "admin" -> System.exit(admin(Arrays.copyOfRange(args, 1, args.length)));
            default -> {
                System.err.println("Unknown command '" + command + "'. The launcher knows: start, migrate, admin");
                System.exit(2);
            }
        }
    }

    /** {@code admin create --email E [--name N] [--password P]}: the first platform administrator. */
    private static int admin(String[] args) {
        if (args.length == 0 || !"create".equals(args[0])) {
            System.err.println("Usage: ./evzone admin create --email E [--name N] [--password P]"
                    + " (without --password, EVZONE_ADMIN_PASSWORD is read)");
            return 2;
        }
        String[] options = Arrays.copyOfRange(args, 1, args.length);
        return RunningPlatform.withInfrastructure(
                LauncherSettings.from(DotEnv::lookup), properties -> CreateAdminCommand.run(options, properties));
    }

    private static void migrate() {
        RunningPlatform.migrate(
                LauncherSettings.from(DotEnv::lookup), service -> System.out.println("  " + service + " migrated"));
        System.out.println("All migrations applied.");
    }

    private static void start() {
        long begin = System.nanoTime();
        LauncherSettings settings = LauncherSettings.from(DotEnv::lookup);
        System.out.println("EVZone starting (data in "
                + settings.dataDir().toAbsolutePath().normalize() + ")");
        RunningPlatform platform = RunningPlatform.start(
                settings,
                service -> System.out.printf(
                        "  %-13s ready  http://localhost:%d   docs: http://localhost:%d/api/docs   (%d ms)%n",
                        service.name(), service.port(), service.port(), service.startMillis()));
        platform.bean(LocalCaNotice.class).flatMap(LocalCaNotice::line).ifPresent(System.out::println);
        // The embedded servers' shutdown hook (Ctrl-C) stops the services first, then the servers.
        platform.onStopping(() -> System.out.println("EVZone stopping: services first, then the embedded servers..."));
        System.out.printf(
                "EVZone ready: 9 services and the edge in %.1f s. Clients use one base URL: http://localhost:%d/api/v1"
                        + " (Swagger UI: http://localhost:%d/api/docs). Press Ctrl-C to stop.%n",
                (System.nanoTime() - begin) / 1e9, platform.edgePort(), platform.edgePort());
    }
}
