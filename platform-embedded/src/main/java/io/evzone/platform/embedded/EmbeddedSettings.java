package io.evzone.platform.embedded;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which embedded servers to start, where their data lives and on which ports they listen.
 *
 * <p>Each server keeps its data in its own subdirectory of {@code dataDir} ({@code postgres}, {@code kafka},
 * {@code redis}). A port of {@code 0} means "pick a free port when starting".
 *
 * @param dataDir directory holding the data of every server; created when missing
 * @param postgres whether to start PostgreSQL
 * @param postgresPort PostgreSQL port, or 0 for a free one
 * @param kafka whether to start Kafka
 * @param kafkaPort Kafka client (broker) port, or 0 for a free one
 * @param kafkaControllerPort Kafka KRaft controller port, or 0 for a free one
 * @param redis whether to start Redis
 * @param redisPort Redis port, or 0 for a free one
 * @param postgresDurability whether PostgreSQL flushes every commit to disk ({@link PostgresDurability#DURABLE})
 */
public record EmbeddedSettings(
        Path dataDir,
        boolean postgres,
        int postgresPort,
        boolean kafka,
        int kafkaPort,
        int kafkaControllerPort,
        boolean redis,
        int redisPort,
        PostgresDurability postgresDurability) {

    /** Directory holding the data of every embedded server. */
    public static final String DATA_DIR_VARIABLE = "EVZONE_DATA_DIR";
    /** Port of the embedded PostgreSQL. */
    public static final String POSTGRES_PORT_VARIABLE = "EVZONE_PG_PORT";
    /** Client port of the embedded Kafka broker. */
    public static final String KAFKA_PORT_VARIABLE = "EVZONE_KAFKA_PORT";
    /** KRaft controller port of the embedded Kafka. */
    public static final String KAFKA_CONTROLLER_PORT_VARIABLE = "EVZONE_KAFKA_CONTROLLER_PORT";
    /** Port of the embedded Redis. */
    public static final String REDIS_PORT_VARIABLE = "EVZONE_REDIS_PORT";
    /** When set, an external PostgreSQL is used and none is embedded. */
    public static final String EXTERNAL_DATABASE_VARIABLE = "DATABASE_URL";
    /** When set, an external Kafka is used and none is embedded. */
    public static final String EXTERNAL_KAFKA_VARIABLE = "KAFKA_BROKERS";
    /** When set, an external Redis is used and none is embedded. */
    public static final String EXTERNAL_REDIS_VARIABLE = "REDIS_HOST";

    static final String DEFAULT_DATA_DIR = "./data";
    static final int DEFAULT_POSTGRES_PORT = 54329;
    static final int DEFAULT_KAFKA_PORT = 59092;
    static final int DEFAULT_KAFKA_CONTROLLER_PORT = 59093;
    static final int DEFAULT_REDIS_PORT = 56379;

    private static final int PICK_FREE_PORT = 0;
    private static final int HIGHEST_PORT = 65_535;

    public EmbeddedSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        requirePort(postgresPort, POSTGRES_PORT_VARIABLE);
        requirePort(kafkaPort, KAFKA_PORT_VARIABLE);
        requirePort(kafkaControllerPort, KAFKA_CONTROLLER_PORT_VARIABLE);
        requirePort(redisPort, REDIS_PORT_VARIABLE);
        Objects.requireNonNull(postgresDurability, "postgresDurability");
    }

    /** Settings with a durable PostgreSQL. */
    public EmbeddedSettings(
            Path dataDir,
            boolean postgres,
            int postgresPort,
            boolean kafka,
            int kafkaPort,
            int kafkaControllerPort,
            boolean redis,
            int redisPort) {
        this(
                dataDir,
                postgres,
                postgresPort,
                kafka,
                kafkaPort,
                kafkaControllerPort,
                redis,
                redisPort,
                PostgresDurability.DURABLE);
    }

    /**
     * Reads the settings from environment variables.
     *
     * <p>{@value #DATA_DIR_VARIABLE} (default {@code ./data}), {@value #POSTGRES_PORT_VARIABLE} (54329),
     * {@value #KAFKA_PORT_VARIABLE} (59092), {@value #KAFKA_CONTROLLER_PORT_VARIABLE} (59093) and
     * {@value #REDIS_PORT_VARIABLE} (56379); {@value PostgresDurability#VARIABLE} ({@code durable}, or
     * {@code relaxed} for benchmarks that accept losing recent commits in a crash). A server is embedded only when its external setting is unset or blank:
     * PostgreSQL when {@value #EXTERNAL_DATABASE_VARIABLE}, Kafka when {@value #EXTERNAL_KAFKA_VARIABLE}, Redis when
     * {@value #EXTERNAL_REDIS_VARIABLE}.
     *
     * @param env looks up one variable, returning {@code null} when it is unset (for example {@code System::getenv})
     * @throws IllegalArgumentException when a port variable is not a number between 0 and 65535
     */
    public static EmbeddedSettings fromEnvironment(Function<String, String> env) {
        return new EmbeddedSettings(
                Path.of(valueOr(env, DATA_DIR_VARIABLE, DEFAULT_DATA_DIR)),
                isBlank(env.apply(EXTERNAL_DATABASE_VARIABLE)),
                port(env, POSTGRES_PORT_VARIABLE, DEFAULT_POSTGRES_PORT),
                isBlank(env.apply(EXTERNAL_KAFKA_VARIABLE)),
                port(env, KAFKA_PORT_VARIABLE, DEFAULT_KAFKA_PORT),
                port(env, KAFKA_CONTROLLER_PORT_VARIABLE, DEFAULT_KAFKA_CONTROLLER_PORT),
                isBlank(env.apply(EXTERNAL_REDIS_VARIABLE)),
                port(env, REDIS_PORT_VARIABLE, DEFAULT_REDIS_PORT),
                PostgresDurability.parse(env.apply(PostgresDurability.VARIABLE)));
    }

    /**
     * Every server embedded, with its data in {@code dataDir}, on free ports: what tests use. PostgreSQL runs
     * {@link PostgresDurability#RELAXED}: a test's data is thrown away with its JVM, so flushing it buys nothing.
     */
    public static EmbeddedSettings forTests(Path dataDir) {
        return new EmbeddedSettings(
                dataDir,
                true,
                PICK_FREE_PORT,
                true,
                PICK_FREE_PORT,
                PICK_FREE_PORT,
                true,
                PICK_FREE_PORT,
                PostgresDurability.RELAXED);
    }

    /** Whether at least one server is to be started. */
    public boolean anyEnabled() {
        return postgres || kafka || redis;
    }

    private static int port(Function<String, String> env, String variable, int defaultPort) {
        String value = valueOr(env, variable, Integer.toString(defaultPort)).strip();
        try {
            return requirePort(Integer.parseInt(value), variable);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    variable + " must be a port number between 0 and " + HIGHEST_PORT + ", was '" + value + "'", e);
        }
    }

    private static int requirePort(int port, String variable) {
        if (port < PICK_FREE_PORT || port > HIGHEST_PORT) {
            throw new IllegalArgumentException(
                    variable + " must be a port number between 0 and " + HIGHEST_PORT + ", was " + port);
        }
        return port;
    }

    private static String valueOr(Function<String, String> env, String variable, String defaultValue) {
        String value = env.apply(variable);
        return isBlank(value) ? defaultValue : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
