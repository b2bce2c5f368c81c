package io.evzone.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedSettingsTest {

    @Test
    void embedsEveryServerOnTheDefaultPortsInTheDefaultDirectoryWhenNothingIsSet() {
        EmbeddedSettings settings = EmbeddedSettings.fromEnvironment(Map.<String, String>of()::get);

        assertThat(settings)
                .isEqualTo(new EmbeddedSettings(Path.of("./data"), true, 54329, true, 59092, 59093, true, 56379));
    }

    @Test
    void doesNotEmbedPostgresWhenADatabaseUrlIsGiven() {
        EmbeddedSettings settings =
                EmbeddedSettings.fromEnvironment(Map.of("DATABASE_URL", "jdbc:postgresql://db:5432/evzone")::get);

        assertThat(settings.postgres()).isFalse();
        assertThat(settings.kafka()).isTrue();
        assertThat(settings.redis()).isTrue();
    }

    @Test
    void doesNotEmbedKafkaOrRedisWhenTheirExternalAddressesAreGiven() {
        EmbeddedSettings settings =
                EmbeddedSettings.fromEnvironment(Map.of("KAFKA_BROKERS", "kafka:9092", "REDIS_HOST", "redis")::get);

        assertThat(settings.postgres()).isTrue();
        assertThat(settings.kafka()).isFalse();
        assertThat(settings.redis()).isFalse();
        assertThat(settings.anyEnabled()).isTrue();
    }

    @Test
    void treatsBlankExternalAddressesAsUnset() {
        EmbeddedSettings settings = EmbeddedSettings.fromEnvironment(
                Map.of("DATABASE_URL", " ", "KAFKA_BROKERS", "", "REDIS_HOST", "\t")::get);

        assertThat(settings.postgres()).isTrue();
        assertThat(settings.kafka()).isTrue();
        assertThat(settings.redis()).isTrue();
    }

    @Test
    void readsTheDataDirectoryAndEveryPortFromTheEnvironment() {
        Map<String, String> env = Map.of(
                "EVZONE_DATA_DIR", "/var/lib/evzone",
                "EVZONE_PG_PORT", "15432",
                "EVZONE_KAFKA_PORT", "19092",
                "EVZONE_KAFKA_CONTROLLER_PORT", " 19093 ",
                "EVZONE_REDIS_PORT", "0");

        EmbeddedSettings settings = EmbeddedSettings.fromEnvironment(env::get);

        assertThat(settings)
                .isEqualTo(new EmbeddedSettings(Path.of("/var/lib/evzone"), true, 15432, true, 19092, 19093, true, 0));
    }

    @Test
    void rejectsAPortThatIsNotANumberNamingTheVariable() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EmbeddedSettings.fromEnvironment(Map.of("EVZONE_PG_PORT", "postgres")::get))
                .withMessageContaining("EVZONE_PG_PORT")
                .withMessageContaining("'postgres'");
    }

    @Test
    void rejectsAPortOutsideTheValidRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EmbeddedSettings.fromEnvironment(Map.of("EVZONE_REDIS_PORT", "65536")::get))
                .withMessageContaining("EVZONE_REDIS_PORT");
    }

    @Test
    void embedsEverythingOnFreePortsForTests() {
        Path dataDir = Path.of("target/test-data");

        assertThat(EmbeddedSettings.forTests(dataDir))
                .isEqualTo(new EmbeddedSettings(dataDir, true, 0, true, 0, 0, true, 0, PostgresDurability.RELAXED));
    }

    @Test
    void postgresIsDurableUnlessRelaxedExplicitly() {
        assertThat(EmbeddedSettings.fromEnvironment(Map.<String, String>of()::get)
                        .postgresDurability())
                .isEqualTo(PostgresDurability.DURABLE);
        assertThat(EmbeddedSettings.fromEnvironment(Map.of("EVZONE_PG_DURABILITY", "relaxed")::get)
                        .postgresDurability())
                .isEqualTo(PostgresDurability.RELAXED);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EmbeddedSettings.fromEnvironment(Map.of("EVZONE_PG_DURABILITY", "fast")::get))
                .withMessageContaining("EVZONE_PG_DURABILITY");
    }
}
