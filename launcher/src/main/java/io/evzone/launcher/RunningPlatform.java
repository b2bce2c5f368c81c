package io.evzone.launcher;

import io.evzone.platform.EvzoneApplication;
import io.evzone.platform.EvzoneService;
import io.evzone.platform.embedded.EmbeddedInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded infrastructure plus the nine services, each its own Spring context on its own
 * port in this JVM. Closing it stops the services first, then the servers, so nothing is cut off
 * mid-write.
 */
public final class RunningPlatform implements AutoCloseable {

    private static final String DATA_DIR = "evzone.launcher.data-dir";
    private static final int GATEWAY_TLS_PORT = 3443;

    private final EmbeddedInfrastructure infrastructure;
    private final List<ConfigurableApplicationContext> contexts = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean closed;
    private volatile Runnable onStopping = () -> {};
    private volatile int edgePort;

    private RunningPlatform(EmbeddedInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    /** Starts everything; {@code ready} hears about each service as it becomes ready. */
    static RunningPlatform start(LauncherSettings settings, Consumer<ReadyService> ready) {
        RunningPlatform platform = new RunningPlatform(EmbeddedInfrastructure.start(settings.embedded()));
        platform.infrastructure.beforeClose(platform::closeServices);
        try {
            platform.startServices(serviceProperties(settings, platform.infrastructure), settings, ready);
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    /** Applies every service's migrations on the configured (or embedded) database, then stops. */
    static void migrate(LauncherSettings settings, Consumer<String> migrated) {
        withInfrastructure(settings, properties -> {
            for (Class<?> service : ServiceCatalog.SERVICES) {
                EvzoneApplication.migrate(service, properties).close();
                migrated.accept(ServiceCatalog.describe(service).name());
            }
            return 0;
        });
    }

    /**
     * Runs a one-off task (such as creating the first administrator) against the configured or
     * embedded infrastructure, with the properties a service would get, and returns its exit code.
     */
    static int withInfrastructure(
            LauncherSettings settings, java.util.function.ToIntFunction<Map<String, Object>> task) {
        try (EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(settings.embedded())) {
            return task.applyAsInt(serviceProperties(settings, infrastructure));
        }
    }

    private static Map<String, Object> serviceProperties(
            LauncherSettings settings, EmbeddedInfrastructure infrastructure) {
        Map<String, Object> properties = new HashMap<>(infrastructure.environment());
        properties.put("EVZONE_PORT_OFFSET", String.valueOf(settings.portOffset()));
        properties.put(DATA_DIR, settings.dataDir().toString());
        // Nine contexts share one logging system: the thread name tells services apart, not the last app name.
        properties.put("logging.include-application-name", "false");
        boolean embeddedDatabase = infrastructure.environment().containsKey("DATABASE_URL");
        properties.put("evzone.embedded", String.valueOf(embeddedDatabase));
        String secret = settings.env().apply("JWT_SECRET");
        if (isBlank(secret)) {
            if (!embeddedDatabase) {
                throw new IllegalStateException("JWT_SECRET must be set when EVZone runs on external infrastructure");
            }
            secret = JwtSecretFile.readOrCreate(settings.dataDir());
        }
        properties.put("JWT_SECRET", secret);
        // The gateway serves wss:// with a CA of its own kept here (made on first start); the environment wins.
        properties.put(
                "evzone.gateway.tls.local-ca.directory", settings.pkiDir().toString());
        properties.put("evzone.gateway.tls.port", String.valueOf(GATEWAY_TLS_PORT + settings.portOffset()));
        return properties;
    }

    private void startServices(
            Map<String, Object> properties, LauncherSettings settings, Consumer<ReadyService> ready) {
        int portOffset = settings.portOffset();
        shareTomcatHome(Path.of((String) properties.get(DATA_DIR)).resolve("tomcat"));
        ExecutorService pool = Executors.newFixedThreadPool(
                3, Thread.ofPlatform().name("service-start-", 0).factory());
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (Class<?> service : ServiceCatalog.SERVICES) {
                starts.add(pool.submit(() -> ready.accept(startService(service, properties, portOffset))));
            }
            starts.add(pool.submit(() -> {
                ReadyService edge = startService(ServiceCatalog.EDGE, properties, portOffset, settings.edgeArguments());
                edgePort = edge.port();
                ready.accept(edge);
            }));
            for (Future<?> start : starts) {
                await(start);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private ReadyService startService(Class<?> service, Map<String, Object> properties, int portOffset) {
        return startService(service, properties, portOffset, new String[0]);
    }

    private ReadyService startService(
            Class<?> service, Map<String, Object> properties, int portOffset, String... args) {
        long started = System.nanoTime();
        EvzoneService descriptor = ServiceCatalog.describe(service);
        // Each service's Tomcat works in the data directory rather than in a shared /tmp that cleaners may empty.
        Path tomcatDir =
                Path.of((String) properties.get(DATA_DIR)).resolve("tomcat").resolve(descriptor.name());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(service)
                .properties(properties)
                .properties(Map.of(
                        "server.tomcat.basedir", tomcatDir.toAbsolutePath().toString()))
                .registerShutdownHook(false)
                .listeners(new SerialLoggingInitialization())
                .run(args);
        contexts.add(context);
        int port = Integer.parseInt(context.getEnvironment()
                .getProperty("local.server.port", String.valueOf(descriptor.port() + portOffset)));
        return new ReadyService(descriptor.name(), port, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Tomcat keeps its home directory in the JVM-wide {@code catalina.home} property: the first service's
     * Tomcat sets it, and every later one (in parallel) makes it again with File.mkdirs when it does not
     * exist, which fails for all but one of them. It pointed into the data directory of an earlier
     * platform in the same JVM, deleted since ("Unable to create the directory ... to use as the home
     * directory" in LauncherIT after another test's platform). Set here to a directory that exists.
     */
    private static void shareTomcatHome(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + home, e);
        }
        System.setProperty("catalina.home", home.toAbsolutePath().toString());
    }

    private static void await(Future<?> start) {
        try {
            start.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting services", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(
                    "A service failed to start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** A bean of a running service, such as the gateway's, if one of them has it. */
    public <T> Optional<T> bean(Class<T> type) {
        synchronized (contexts) {
            return contexts.stream()
                    .map(context -> context.getBeanProvider(type).getIfAvailable())
                    .filter(java.util.Objects::nonNull)
                    .findFirst();
        }
    }

    /** The port of the edge, the single origin clients use. */
    public int edgePort() {
        return edgePort;
    }

    public Map<String, String> infrastructureEnvironment() {
        return infrastructure.environment();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        infrastructure.close();
    }

    /** Stops the services; runs before the servers stop, also when the JVM is asked to exit (Ctrl-C). */
    private void closeServices() {
        onStopping.run();
        List<ConfigurableApplicationContext> toClose = new ArrayList<>(contexts);
        Collections.reverse(toClose);
        toClose.parallelStream().forEach(ConfigurableApplicationContext::close);
        contexts.clear();
    }

    /** Runs {@code action} when the platform starts stopping (for the launcher's console message). */
    void onStopping(Runnable action) {
        this.onStopping = action;
    }

    /** A service that finished starting. */
    public record ReadyService(String name, int port, long startMillis) {}

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
