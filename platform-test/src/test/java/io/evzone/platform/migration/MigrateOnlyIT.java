package io.evzone.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.EvzoneApplication;
import io.evzone.platform.test.TestInfrastructure;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

class MigrateOnlyIT {

    @Test
    void migrateAppliesTheServiceMigrationsInItsOwnSchemaAndServesNothing() {
        Map<String, String> env = TestInfrastructure.environment();
        Map<String, Object> infrastructure = Map.of(
                "DATABASE_URL", env.get("DATABASE_URL"),
                "DATABASE_USERNAME", env.get("DATABASE_USERNAME"),
                "DATABASE_PASSWORD", env.get("DATABASE_PASSWORD"),
                "KAFKA_BROKERS", env.get("KAFKA_BROKERS"),
                "REDIS_HOST", env.get("REDIS_HOST"),
                "REDIS_PORT", env.get("REDIS_PORT"));

        try (var context = EvzoneApplication.migrate(MigrationProbeApplication.class, infrastructure)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);

            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(jdbc.sql("SELECT count(*) FROM migration_probe.probe")
                            .query(Integer.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM migration_probe.outbox")
                            .query(Integer.class)
                            .single())
                    .as("platform tables come with every service")
                    .isZero();
        }
    }
}
