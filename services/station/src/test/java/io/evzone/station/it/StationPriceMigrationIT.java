package io.evzone.station.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V29 turns the free-text station prices of earlier versions into minor units where they read as
 * one amount, and keeps every other text aside. Runs the station migrations into a schema of its own.
 */
@StationIntegrationTest
class StationPriceMigrationIT {

    private static final String SCHEMA = "station_price_probe";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    @Autowired
    StationPriceMigrationIT(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void textPricesBecomeMinorUnitsWhereTheyReadAsAnAmountAndTheRestIsKeptAside() {
        jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
        migrate(MigrationVersion.fromVersion("25"));
        Map<String, UUID> stations = Map.of(
                "UGX 1,200 / kWh", station("UGX 1,200 / kWh", "UGX"),
                "0.35 USD per kWh", station("0.35 USD per kWh", "USD"),
                "1500", station("1500", "UGX"),
                "12.50", station("12.50", "USD"),
                "0.5", station("0.5", "UGX"),
                "1,5", station("1,5", "USD"),
                "EUR 3", station("EUR 3", "USD"),
                "Free on Sundays", station("Free on Sundays", "UGX"));

        migrate(MigrationVersion.LATEST);

        assertThat(priceOf(stations.get("UGX 1,200 / kWh"))).isEqualTo(1200L);
        assertThat(priceOf(stations.get("0.35 USD per kWh"))).isEqualTo(35L);
        assertThat(priceOf(stations.get("1500"))).isEqualTo(1500L);
        assertThat(priceOf(stations.get("12.50"))).isEqualTo(1250L);
        for (String text : new String[] {"0.5", "1,5", "EUR 3", "Free on Sundays"}) {
            assertThat(priceOf(stations.get(text))).as(text).isNull();
            assertThat(jdbc.sql("SELECT price FROM " + SCHEMA + ".station_price_unconverted WHERE station_id = :id")
                            .param("id", stations.get(text))
                            .query(String.class)
                            .single())
                    .isEqualTo(text);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM " + SCHEMA + ".station_price_unconverted")
                        .query(Long.class)
                        .single())
                .isEqualTo(4L);
        jdbc.sql("DROP SCHEMA " + SCHEMA + " CASCADE").update();
    }

    private void migrate(MigrationVersion target) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/platform", "classpath:db/migration/station")
                .target(target)
                .load()
                .migrate();
    }

    private UUID station(String price, String currency) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO " + SCHEMA + ".station (id, organization_id, code, name, latitude, longitude, status,"
                        + " type, price, currency, created_at, updated_at) VALUES (:id, 'org-m', :code, 'Probe', 0.3,"
                        + " 32.5, 'ACTIVE', 'CHARGING', :price, :currency, now(), now())")
                .param("id", id)
                .param("code", id.toString().substring(0, 8))
                .param("price", price)
                .param("currency", currency)
                .update();
        return id;
    }

    private Long priceOf(UUID station) {
        return jdbc.sql("SELECT price_minor FROM " + SCHEMA + ".station WHERE id = :id")
                .param("id", station)
                .query(Long.class)
                .list()
                .getFirst();
    }
}
